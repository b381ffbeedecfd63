/**
 * Splitting paragraphs into sentences, keeping offsets so a quote is always a verbatim slice.
 */
import { classOf, LETTER } from './chars';
import { allMatches } from './matches';

export interface Sentence {
  text: string;
  /** 1-based line of the paragraph the sentence is in. */
  line: number;
}

// Abbreviations that end with a period inside a Vietnamese sentence ("TP. Hà Nội", "PGS.TS.").
const ABBREVIATIONS = new Set([
  'tp',
  'ths',
  'ts',
  'pgs',
  'gs',
  'bs',
  'ks',
  'q',
  'p',
  'tt',
  'st',
  'ctv',
  'v.v',
  'tr',
]);

/**
 * `/([\p{L}.]+)$/u.exec(text.slice(from, to))?.[1]?.toLowerCase() ?? ''`, read backwards from
 * `to`: the letters and dots that end the slice, lower-cased.
 */
function lastWord(text: string, from: number, to: number): string {
  let start = to;
  while (start > from) {
    const unit = text.charCodeAt(start - 1);
    // A surrogate pair is one code point (a lone surrogate, or half a pair cut off by `from`, is
    // no letter).
    const lead = start - 2 >= from ? text.charCodeAt(start - 2) : 0;
    const pair = unit >= 0xdc00 && unit <= 0xdfff && lead >= 0xd800 && lead <= 0xdbff;
    const cp = pair ? (lead - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000 : unit;
    if (cp !== 0x2e && !(classOf(cp) & LETTER)) break;
    start -= pair ? 2 : 1;
  }
  return text.slice(start, to).toLowerCase();
}

const BOUNDARY = /([.!?…]+)(["”’»)]*)(\s+)(?=[\p{Lu}"“‘«(\d])/gu;

/**
 * Sentence boundaries: `.`, `!`, `?` or `…` (possibly followed by closing quotes) then a space and
 * an upper-case letter, an opening quote or a digit. Numbers like `23.041` never split (no space),
 * nor do abbreviations like `TP.` (listed above).
 */
export function splitSentences(paragraph: string, line: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of allMatches(BOUNDARY, paragraph)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    // Only the last few characters matter; an anchored regex over the whole prefix is quadratic.
    if (
      m[1] === '.' &&
      ABBREVIATIONS.has(lastWord(paragraph, Math.max(start, m.index - 12), m.index))
    )
      continue;
    const text = paragraph.slice(start, end).trim();
    if (text) out.push({ text, line });
    start = end + m[3]!.length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push({ text: rest, line });
  return out;
}
