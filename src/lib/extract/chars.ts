/**
 * Character classes for the hand-written scanners. They are the Unicode properties the patterns
 * use (`\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`, `\s`), asked of the regex engine once per character
 * and remembered, so that a scanner looks a character up instead of running a Unicode regex at
 * every position of every sentence.
 */

export const UPPER = 1;
export const LOWER = 2;
export const LETTER = 4;
export const NUMBER = 8;
const KNOWN = 16;

const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (IS_UPPER.test(ch) ? UPPER : 0) |
    (IS_LOWER.test(ch) ? LOWER : 0) |
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_NUMBER.test(ch) ? NUMBER : 0)
  );
}

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** `UPPER | LOWER | LETTER | NUMBER` bits of a code point (a lone surrogate has none). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP[cp]!;
    if (known) return known;
    // Lone surrogates are not letters; the regex engine sees them the same way.
    return (BMP[cp] = cp >= 0xd800 && cp <= 0xdfff ? KNOWN : classify(cp));
  }
  let known = ASTRAL.get(cp);
  if (known === undefined) ASTRAL.set(cp, (known = classify(cp)));
  return known;
}

/** JavaScript's `\s`: the units `String.prototype.trim` and `/\s+/` treat as white space. */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
