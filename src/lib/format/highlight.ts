/**
 * Splits a quote into plain and highlighted pieces, so the card can wrap matched words in <mark>
 * without ever rendering the text as markup. Overlapping highlights merge; the longest match wins.
 */
export interface Piece {
  text: string;
  hit: boolean;
}

export function splitHighlights(text: string, needles: readonly string[] = []): Piece[] {
  const hits: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
      hits.push([i, i + needle.length]);
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of hits) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: text.slice(at, from), hit: false });
    pieces.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
