/**
 * Text clean-up applied to every article before extraction, so that a BOM, CRLF line ends, NFD
 * text, non-breaking spaces or invisible control characters compile exactly like their clean
 * twins. Line count is preserved: warnings and quotes point at the original line.
 */

// Zero-width characters and bidirectional controls: invisible, but they split words and can
// reorder what a reader sees (a classic way to smuggle text past a reviewer).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;
// Every horizontal space Unicode knows, including the NBSP that Vietnamese CMSs scatter around.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than line feed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function normalizeArticleText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(SPACES, ' ');
}

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

// TextDecoder reads UTF-16 in little-endian byte order; elsewhere the buffer is read unit by unit.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// `ignoreBOM` keeps a leading U+FEFF, which the decoder would otherwise swallow.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
let buffer = new Uint16Array(1024);
function bufferToString(length: number): string {
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
  if (buffer.length < n) buffer = new Uint16Array(n + 1024);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const folded = foldedUnit(text.charCodeAt(i));
    if (folded >= 0) buffer[k++] = folded;
    else if (folded === COMPLEX) return foldSlowly(text);
  }
  return bufferToString(k);
}

/** JavaScript's `\s`: the units `String.prototype.trim` and `/\s+/` treat as white space. */
function isSpace(code: number): boolean {
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

/**
 * `foldForMatch(text).replace(/\s+/g, ' ').trim()` in one pass: words folded, one space between
 * them. Every line of every article goes through it.
 */
export function foldWords(text: string): string {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n + 1024);
  let k = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const folded = foldedUnit(text.charCodeAt(i));
    if (folded === DROP) continue;
    if (folded === COMPLEX) return foldSlowly(text).replace(/\s+/g, ' ').trim();
    if (isSpace(folded)) space = k > 0;
    else {
      if (space) buffer[k++] = 0x20;
      space = false;
      buffer[k++] = folded;
    }
  }
  return bufferToString(k);
}

/** URL-safe slug: folded words joined by `-`, at most `maxLength` characters, cut at a word. */
export function slugify(text: string, maxLength = 60): string {
  const words = foldForMatch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? 'x').slice(0, maxLength);
}

/** Appends `value` to the list under `key` (in place: copying lists would make grouping quadratic). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
