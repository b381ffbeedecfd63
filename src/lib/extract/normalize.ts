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
// folded), so each UTF-16 unit is mapped through a table built once, instead of NFD + regex.
let FOLD_TABLE: Map<number, string> | null = null;
function foldTable(): Map<number, string> {
  const table = new Map<number, string>();
  for (let code = 0xc0; code <= 0x24f; code++) addFold(table, code);
  for (let code = 0x1e00; code <= 0x1eff; code++) addFold(table, code);
  table.set(0x110, 'd').set(0x111, 'd');
  return table;
}
function addFold(table: Map<number, string>, code: number): void {
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base !== ch) table.set(code, base);
}

/**
 * Lower-case, diacritic-free form for comparisons inside the compiler (`Đ` → `d`). One output
 * unit per input unit for precomposed Latin text, so offsets into the folded string are offsets
 * into the original (callers rely on it). Combining marks left over (NFD input) are dropped.
 */
export function foldForMatch(text: string): string {
  FOLD_TABLE ??= foldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (code >= 0x300 && code <= 0x36f) continue;
    else out += FOLD_TABLE.get(code) ?? text[i]!.toLowerCase();
  }
  return out;
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
