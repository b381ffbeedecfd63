/** Cuts a highlighted string into text pieces, so matches become <mark> text nodes, never HTML. */
import type { Highlighted } from '../../lib/search/types';

export interface Piece {
  text: string;
  mark: boolean;
}

export function pieces({ text, ranges }: Highlighted): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    // Ranges come from another thread or module: clamp them rather than trust them.
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (end === start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
