/**
 * The whole article, cut into pieces for the review screen, with what the compiler took from it
 * marked: the quoted sentence, and in it the words that carry the fact (date, code, name); the
 * event's people and documents wherever the article names them. Pure: the screen renders the
 * pieces as text, never as markup.
 */
import type { SourceRef } from '../dataset/types';

/** `fact`: a highlight of the quote (the date, the code); `name`, `code`: anywhere in the text. */
export type MarkKind = 'fact' | 'name' | 'code';

export interface Piece {
  text: string;
  /** Inside a sentence the compiler quoted. */
  quote: boolean;
  kind: MarkKind | null;
  /** The start of a quote: the screen scrolls the first one into view. */
  quoteStart?: true;
}

interface Range {
  from: number;
  to: number;
  kind: MarkKind | 'quote';
}

const PRIORITY: MarkKind[] = ['fact', 'code', 'name'];

/** Offset where 1-based `line` starts (the text's end when it has fewer lines). */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

function allOf(text: string, needle: string, kind: MarkKind, out: Range[]) {
  if (!needle) return;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
    out.push({ from: at, to: at + needle.length, kind });
}

export function articlePieces(
  text: string,
  refs: readonly SourceRef[],
  names: readonly string[],
  codes: readonly string[],
): Piece[] {
  const ranges: Range[] = [];
  for (const ref of refs) {
    // The quote is on its line; before that line only if the line is wrong (an older file).
    let from = text.indexOf(ref.quote, lineStart(text, ref.line ?? 1));
    if (from < 0) from = text.indexOf(ref.quote);
    if (from < 0) continue;
    const to = from + ref.quote.length;
    ranges.push({ from, to, kind: 'quote' });
    for (const h of ref.highlights ?? []) {
      const at = text.indexOf(h, from);
      if (at >= 0 && at + h.length <= to)
        ranges.push({ from: at, to: at + h.length, kind: 'fact' });
    }
  }
  for (const name of names) allOf(text, name, 'name', ranges);
  for (const code of codes) allOf(text, code, 'code', ranges);

  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.from, r.to])])].sort(
    (a, b) => a - b,
  );
  const quoteStarts = new Set(ranges.filter((r) => r.kind === 'quote').map((r) => r.from));
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const over = ranges.filter((r) => r.from <= from && r.to >= to);
    const quote = over.some((r) => r.kind === 'quote');
    const kind = PRIORITY.find((k) => over.some((r) => r.kind === k)) ?? null;
    const last = pieces.at(-1);
    if (last && last.quote === quote && last.kind === kind && !quoteStarts.has(from))
      last.text += text.slice(from, to);
    else
      pieces.push({
        text: text.slice(from, to),
        quote,
        kind,
        ...(quoteStarts.has(from) ? { quoteStart: true as const } : {}),
      });
  }
  return pieces;
}
