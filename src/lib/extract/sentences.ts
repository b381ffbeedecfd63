/**
 * Splitting paragraphs into sentences, keeping offsets so a quote is always a verbatim slice.
 */

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
 * Sentence boundaries: `.`, `!`, `?` or `…` (possibly followed by closing quotes) then a space and
 * an upper-case letter, an opening quote or a digit. Numbers like `23.041` never split (no space),
 * nor do abbreviations like `TP.` (listed above).
 */
export function splitSentences(paragraph: string, line: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /([.!?…]+)(["”’»)]*)(\s+)(?=[\p{Lu}"“‘«(\d])/gu;
  for (const m of paragraph.matchAll(boundary)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const before = paragraph.slice(start, m.index);
    // Only the last few characters matter; an anchored regex over the whole prefix is quadratic.
    const lastWord = /([\p{L}.]+)$/u.exec(before.slice(-12))?.[1]?.toLowerCase() ?? '';
    if (m[1] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    const text = paragraph.slice(start, end).trim();
    if (text) out.push({ text, line });
    start = end + m[3]!.length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push({ text: rest, line });
  return out;
}
