/**
 * Text clean-up applied to every article before extraction, so that a BOM, CRLF line ends, NFD
 * text, non-breaking spaces or invisible control characters compile exactly like their clean
 * twins. Line count is preserved: warnings and quotes point at the original line.
 */

import { foldForMatch } from '../vi/fold';

// Zero-width characters and bidirectional controls: invisible, but they split words and can
// reorder what a reader sees (a classic way to smuggle text past a reviewer).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;
// Every horizontal space Unicode knows, including the NBSP that Vietnamese CMSs scatter around.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than line feed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Any of the three above: most articles hold none, and one scan is cheaper than three.
const ANY_TO_CLEAN = new RegExp(`${INVISIBLE.source}|${SPACES.source}|${CONTROLS.source}`);

// Text made only of these is already clean and in NFC: line feeds, printable ASCII, Latin-1 and
// Latin Extended letters (soft hyphen aside), Vietnamese precomposed letters (U+1E00–U+1EFF) and
// punctuation other than spaces and invisible marks. None of them decomposes differently under
// NFC, combines with its neighbour (combining marks start at U+0300) or is cleaned above, so NFC
// and clean-up would return such text as it is. Most articles are such text: one plain scan for
// anything else saves the NFC check and the clean-up scan, a third of a second per 10,000.
const OUTSIDE_CLEAN_NFC =
  /[^\n\x20-\x7e\u00a1-\u00ac\u00ae-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]/;

export function normalizeArticleText(raw: string): string {
  if (!OUTSIDE_CLEAN_NFC.test(raw)) return raw;
  const text = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).normalize('NFC');
  if (!ANY_TO_CLEAN.test(text)) return text;
  return text.replace(INVISIBLE, '').replace(CONTROLS, '').replace(SPACES, ' ');
}

// A letter or digit other than a-z and 0-9.
const OTHER_LETTER = /(?![a-z0-9])[\p{L}\p{N}]/u;
const LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/u;

/**
 * The words of a folded text, each reduced to a-z and 0-9. When every letter and digit in it is
 * already one of those (most titles once folded), they are simply its runs of a-z and 0-9: one
 * plain split instead of a Unicode split and a clean-up of every word. Ids for every source,
 * event, person and document are made of these.
 */
function slugWords(folded: string): string[] {
  if (!OTHER_LETTER.test(folded)) return folded.split(/[^a-z0-9]+/).filter(Boolean);
  return folded
    .split(LETTERS_OR_DIGITS)
    .filter(Boolean)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** URL-safe slug: folded words joined by `-`, at most `maxLength` characters, cut at a word. */
export function slugify(text: string, maxLength = 60): string {
  const words = slugWords(foldForMatch(text));
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
