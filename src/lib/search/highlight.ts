/**
 * Highlight ranges in display text for the words a query matched, and snippets of long fields.
 *
 * Only the words that make the match are marked, each whole: where a query of several words
 * matched as a phrase (phrase.ts, the rule scoring uses), the words of that phrase, not every
 * word elsewhere that happens to match one query word: `dinh tien dung` marks `Đinh Tiến Dũng`,
 * not the `dựng` of `xây dựng`, `tiếp` or `triển` in the same title.
 */
import { foldWithMap, toDisplayRange } from '../vi/fold-map';
import type { Plan } from './plan';
import type { SearchField } from './records';
import { PHRASE_SLACK, scanField } from './phrase';
import type { Highlighted } from './types';
import { QUALITY_SLIP, QUALITY_TYPO } from './vocabulary';

/** Characters of a long field shown around its first match. */
export const SNIPPET_CHARS = 140;

/**
 * Per word of a field, the query words it matches (bit t for word t). A typo match counts only
 * for query words with no exact or prefix match in this field: `cong` should mark `công`, not
 * also `cường` one edit away. A short word's slip counts only inside a phrase (below).
 */
function matchedBits(f: SearchField, p: Plan): number[] {
  const n = p.words.length;
  let exact = 0;
  for (const id of f.ids)
    for (let t = 0; id >= 0 && t < n; t++)
      if (p.quality[id * n + t]! > QUALITY_TYPO) exact |= 1 << t;
  return Array.from(f.ids, (id) => {
    let bits = 0;
    for (let t = 0; id >= 0 && t < n; t++) {
      const q = p.quality[id * n + t]!;
      if (q > QUALITY_SLIP && (q > QUALITY_TYPO || !(exact & (1 << t)))) bits |= 1 << t;
    }
    return bits;
  });
}

/** The words of every phrase the field holds. */
function phraseWords(f: SearchField, p: Plan): boolean[] {
  const marked = Array.from(f.ids, () => false);
  scanField(f.ids, p, (positions) => {
    for (let t = 0; t < p.words.length; t++) marked[positions[t]!] = true;
  });
  return marked;
}

/**
 * Which words of a record's field `i` to mark, worked out only for the fields shown (a hit shows
 * one or two of its five). A record found through a phrase marks its phrases. One found with its
 * words spread over short key fields (`dung 24`: a person and a code) marks each query word in
 * the one key field it matches best (the shortest of equals), so `dung` marks `Đinh Tiến Dũng` in
 * the people, not `xây dựng` in the title.
 */
export function wordMarker(fields: readonly SearchField[], p: Plan): (i: number) => boolean[] {
  const n = p.words.length;
  if (n === 1) return (i) => matchedBits(fields[i]!, p).map((b) => b !== 0);
  const phrased = fields.some((f) => scanField(f.ids, p).span <= n + PHRASE_SLACK);
  if (phrased) return (i) => phraseWords(fields[i]!, p);
  const bits = fields.map((f) => matchedBits(f, p));
  const marked = bits.map((list) => list.map(() => false));
  for (let t = 0; t < n; t++) {
    let best = -1;
    let bestQuality = 0;
    fields.forEach((f, i) => {
      if (!f.spec.key) return;
      let q = 0;
      f.ids.forEach((id, pos) => {
        if (bits[i]![pos]! & (1 << t)) q = Math.max(q, p.quality[id * n + t]!);
      });
      const better =
        q > bestQuality || (q > 0 && q === bestQuality && f.ids.length < fields[best]!.ids.length);
      if (better) [best, bestQuality] = [i, q];
    });
    if (best >= 0) bits[best]!.forEach((b, pos) => b & (1 << t) && (marked[best]![pos] = true));
  }
  return (i) => marked[i]!;
}

/** The display ranges of a field's marked words; a run of marked words is one range. */
export function highlight(f: SearchField, marked: readonly boolean[]): Highlighted {
  const map = foldWithMap(f.text);
  const words = map.folded.split(' ');
  const ranges: [number, number][] = [];
  let offset = 0;
  // A run of marked words is one mark (`Nguyễn Văn Phong`, `24-CT/TU`), punctuation included.
  let previous = false;
  words.forEach((word, i) => {
    const mark = marked[i] === true && word.length > 0;
    if (mark) {
      const range = toDisplayRange(map, offset, offset + word.length);
      if (previous) ranges[ranges.length - 1]![1] = range[1];
      else ranges.push(range);
    }
    previous = mark;
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
