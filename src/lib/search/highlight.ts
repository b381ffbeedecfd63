/** Highlight ranges in display text for the words a query matched, and snippets of long fields. */
import { foldWithMap, toDisplayRange } from './fold';
import type { Plan } from './plan';
import type { SearchField } from './records';
import type { Highlighted } from './types';
import { QUALITY_TYPO, type Vocabulary } from './vocabulary';

/** Characters of a long field shown around its first match. */
export const SNIPPET_CHARS = 140;

export function highlight(f: SearchField, p: Plan, vocabulary: Vocabulary): Highlighted {
  const map = foldWithMap(f.text);
  const words = map.folded.split(' ');
  const n = p.words.length;
  const ids = words.map((w) => vocabulary.id(w) ?? -1);
  // A typo match is marked only for query words with no exact or prefix match in this field:
  // `cong` should mark `công`, not also `cường` one edit away.
  let exact = 0;
  for (const id of ids)
    for (let t = 0; id >= 0 && t < n; t++)
      if (p.quality[id * n + t]! > QUALITY_TYPO) exact |= 1 << t;
  const ranges: [number, number][] = [];
  let offset = 0;
  // A run of fully matched words is one mark (`Nguyễn Văn Phong`, `24-CT/TU`), punctuation included.
  let previousWhole = false;
  words.forEach((word, i) => {
    const id = ids[i]!;
    let length = 0;
    for (let t = 0; id >= 0 && t < n; t++) {
      const q = p.quality[id * n + t]!;
      if (q === 0 || (q <= QUALITY_TYPO && exact & (1 << t))) continue;
      length = Math.max(length, p.matches[t]!.highlightLength.get(id) ?? 0);
    }
    length = Math.min(length, word.length);
    if (length > 0) {
      const range = toDisplayRange(map, offset, offset + length);
      const previous = ranges[ranges.length - 1];
      if (previous && previousWhole) previous[1] = range[1];
      else ranges.push(range);
    }
    previousWhole = length > 0 && length === word.length;
    offset += word.length + 1;
  });
  return { text: f.text, ranges };
}

/** A window of a long highlighted text around its first match, with `…` where it was cut. */
export function snippet(h: Highlighted): Highlighted {
  if (h.text.length <= SNIPPET_CHARS) return h;
  const first = h.ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(SNIPPET_CHARS / 3));
  const space = h.text.lastIndexOf(' ', start);
  start = start > 0 && space >= 0 && start - space < 20 ? space + 1 : start;
  const end = Math.min(h.text.length, start + SNIPPET_CHARS);
  const head = start > 0 ? '…' : '';
  const tail = end < h.text.length ? '…' : '';
  const ranges = h.ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): [number, number] => [a - start + head.length, b - start + head.length]);
  return { text: head + h.text.slice(start, end) + tail, ranges };
}
