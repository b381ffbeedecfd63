/**
 * Folding Vietnamese text for comparison: lower case, no diacritics, `đ` → `d`. The compiler
 * compares every line, sentence and title folded, and relies on one output unit per input unit
 * for precomposed text, so that an offset into the folded text is an offset into the original.
 *
 * Search folds differently, in `./fold-map.ts`: it drops punctuation and puts letters and digits
 * apart (`24-CT/TU` → `24 ct tu`, where `foldWords` gives `24-ct/tu`), and keeps an offset map
 * instead. The two are kept apart because this one is Node-tuned (a 64K-entry table, Buffer) and
 * never runs in the browser, while the search fold is part of the app.
 */
import { isSpace } from '../extract/chars';

// Folding is the compiler's hottest operation (every line, sentence and title is compared
// folded), so each UTF-16 unit is mapped through a typed table filled on first sight, instead of
// NFD + regex, and long results are decoded from a buffer in one call (a string built unit by unit
// is a rope that every later regex has to flatten first).
const UNSEEN = -1;
/** A combining mark (NFD input): dropped. */
const DROP = -2;
/** A surrogate, or a unit whose lower case is not one unit: handled by the plain loop. */
const COMPLEX = -3;
const FOLDED_UNIT = new Int32Array(0x10000).fill(UNSEEN);

/** What one UTF-16 unit folds to: the definition of folding. */
function foldOne(code: number): string {
  if (code >= 0x300 && code <= 0x36f) return '';
  const ch = String.fromCharCode(code);
  // Latin letters with diacritics fold to their base letter; `Đ`/`đ` have no decomposition.
  if (code === 0x110 || code === 0x111) return 'd';
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (base !== ch) return base;
  }
  return ch.toLowerCase();
}
function foldUnit(code: number): number {
  // A lone surrogate would not survive the decoder: surrogates take the plain loop.
  if (code >= 0xd800 && code <= 0xdfff) return COMPLEX;
  const folded = foldOne(code);
  return folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? DROP : COMPLEX;
}
function foldedUnit(code: number): number {
  const known = FOLDED_UNIT[code]!;
  return known !== UNSEEN ? known : (FOLDED_UNIT[code] = foldUnit(code));
}

// Folded text is built a unit at a time in a reused buffer, then made a string at once.
// TextDecoder reads UTF-16 in little-endian byte order; elsewhere the buffer is read unit by unit.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// `ignoreBOM` keeps a leading U+FEFF, which the decoder would otherwise swallow.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
// Where there is one (the build runs in Node), Node's Buffer makes the string three to four times
// faster than TextDecoder, and makes a one-byte string of units below 256. Folded Vietnamese is
// nearly all ASCII, and the regex engine reads one-byte strings faster. The browser has no
// Buffer and keeps TextDecoder.
interface BytesAsText {
  toString(encoding: 'latin1' | 'utf16le', start: number, end: number): string;
}
const NodeBuffer = (globalThis as { Buffer?: { from(bytes: ArrayBuffer): BytesAsText } }).Buffer;
let buffer = new Uint16Array(1024);
let narrow = new Uint8Array(1024);
let wideText = NodeBuffer?.from(buffer.buffer);
let narrowText = NodeBuffer?.from(narrow.buffer);
function reserve(length: number): Uint16Array {
  if (buffer.length < length) {
    buffer = new Uint16Array(length + 1024);
    narrow = new Uint8Array(length + 1024);
    wideText = NodeBuffer?.from(buffer.buffer);
    narrowText = NodeBuffer?.from(narrow.buffer);
  }
  return buffer;
}
/** The first `length` units of the buffer as a string; `units` is every unit OR'ed together. */
function bufferToString(length: number, units: number): string {
  if (narrowText && units < 0x100) {
    for (let i = 0; i < length; i++) narrow[i] = buffer[i]!;
    return narrowText.toString('latin1', 0, length);
  }
  if (wideText && LITTLE_ENDIAN) return wideText.toString('utf16le', 0, 2 * length);
  if (LITTLE_ENDIAN) return UTF16.decode(buffer.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 4096)
    out += String.fromCharCode(...buffer.subarray(i, Math.min(length, i + 4096)));
  return out;
}
// Below this length, concatenation is cheaper than a decoder call (and V8 copies short results).
const SHORT = 24;

/** Folding unit by unit into a string: the fallback for text the fast paths do not cover. */
function foldSlowly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldOne(text.charCodeAt(i));
  return out;
}

/**
 * Lower-case, diacritic-free form for comparisons inside the compiler (`Đ` → `d`). One output
 * unit per input unit for precomposed Latin text, so offsets into the folded string are offsets
 * into the original (callers rely on it). Combining marks left over (NFD input) are dropped.
 */
export function foldForMatch(text: string): string {
  const n = text.length;
  if (n < SHORT) {
    let out = '';
    for (let i = 0; i < n; i++) {
      const folded = foldedUnit(text.charCodeAt(i));
      if (folded >= 0) out += String.fromCharCode(folded);
      else if (folded === COMPLEX) return foldSlowly(text);
    }
    return out;
  }
  const out = reserve(n);
  let k = 0;
  let units = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // ASCII (most of a Vietnamese text) is folded inline: only A-Z change.
    if (code < 0x80) out[k++] = code >= 65 && code <= 90 ? code + 32 : code;
    else {
      const folded = foldedUnit(code);
      if (folded >= 0) {
        out[k++] = folded;
        units |= folded;
      } else if (folded === COMPLEX) return foldSlowly(text);
    }
  }
  return bufferToString(k, units);
}

export interface SpacedFold {
  /** `foldForMatch(text).replace(/\s+/g, ' ').trim()`: words folded, one space between them. */
  words: string;
  /** True when `words` is also `foldForMatch(text)`, unit for unit (nothing was collapsed). */
  aligned: boolean;
}

/**
 * Folds a line in one pass: its words, and whether they line up with the text (single spaces,
 * no combining marks), in which case any slice of the text folds to the same slice of `words`.
 * Every line of every article goes through it.
 */
export function foldSpaced(text: string): SpacedFold {
  const n = text.length;
  const out = reserve(n);
  let k = 0;
  let units = 0;
  let space = false;
  let aligned = true;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        // Anything but one space between two words is collapsed or trimmed away.
        if (code !== 0x20 || space || k === 0) aligned = false;
        space = k > 0;
        continue;
      }
      if (code >= 65 && code <= 90) code += 32;
    } else {
      code = foldedUnit(code);
      if (code === DROP) {
        aligned = false;
        continue;
      }
      if (code === COMPLEX)
        return { words: foldSlowly(text).replace(/\s+/g, ' ').trim(), aligned: false };
      if (isSpace(code)) {
        aligned = false;
        space = k > 0;
        continue;
      }
      units |= code;
    }
    if (space) {
      out[k++] = 0x20;
      space = false;
    }
    out[k++] = code;
  }
  return { words: bufferToString(k, units), aligned: aligned && !space };
}

/** `foldForMatch(text).replace(/\s+/g, ' ').trim()`, in one pass. */
export function foldWords(text: string): string {
  return foldSpaced(text).words;
}
