/**
 * Office titles in Vietnamese political news: finding them next to a name and spelling them one
 * way. A title is a head (`Bí thư`, `Phó Chủ tịch`, `Ủy viên`, `Trưởng đoàn`…) followed by the
 * body it belongs to (`Thành ủy Hà Nội`, `UBND thành phố`, `Bộ Chính trị`), and people carry
 * chains of them: `Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội TP`.
 */
import { foldForMatch } from '../vi/fold';

// Heads of titles, folded. `pho`/`tong` prefixes are handled by the pattern.
const HEADS = [
  'thuong truc ban bi thu',
  'bi thu',
  'chu tich',
  'uy vien',
  'truong ban',
  'truong doan',
  'truong phong',
  'giam doc',
  'thu tuong',
  'bo truong',
  'thu truong',
  'chu nhiem',
  'chanh van phong',
  'chanh an',
  'chanh thanh tra',
  'vien truong',
  'dai su',
  'tong giam doc',
  'dai bieu quoc hoi',
  'tu lenh',
  'chinh uy',
  'hieu truong',
  'tong thu ky',
  'truong',
  'chu tich nuoc',
];
const HEAD_RE = new RegExp(
  `(?:^|[\\s,;(–-])((?:pho\\s+)?(?:tong\\s+)?(?:${HEADS.join('|').replace(/ /g, '\\s+')}))(?=\\s|$|,)`,
  'gu',
);
// The same heads, for a title that must start at the beginning of a part.
const HEAD_AT_START = new RegExp(HEAD_RE.source, 'u');

// Lower-case phrases that may continue a title after its head (folded). Phrases, not single
// words: `nhân dân` continues a title, `nhấn mạnh` ("stressed") does not.
const TITLE_PHRASES = new Set(
  [
    'thuong truc',
    'thanh uy',
    'thanh pho',
    'ban chap hanh',
    'trung uong',
    'dang bo',
    'dang',
    'bo chinh tri',
    'quoc hoi',
    'doan dai bieu',
    'dai bieu',
    'nhan dan',
    'uy ban',
    'hoi dong',
    'mat tran',
    'to quoc',
    'ban',
    'to chuc',
    'tuyen giao',
    'dan van',
    'noi chinh',
    'kiem tra',
    'van phong',
    'quan uy',
    'huyen uy',
    'dang uy',
    'phuong',
    'quan',
    'huyen',
    'xa',
    'thi xa',
    'thi tran',
    'tinh',
    'so',
    'khoa',
    'chi dao',
    'cong an',
    'co quan',
    'thuong vu',
    'chinh phu',
    'nuoc',
    'thu ky',
    'vien kiem sat',
    'toa an',
    'tu phap',
    'lien doan lao dong',
    'doan thanh nien',
    'hoi phu nu',
    'hoi nong dan',
    'hoi cuu chien binh',
    'bi thu',
    'ubnd',
    'hdnd',
    'ubmttq',
    'mttq',
    'tp',
    'tp.',
    'dieu hanh',
    'tong bien tap',
    'bao',
    'cap',
    'cac cap',
    'thanh vien',
    'chu nhiem',
    'uy ban kiem tra',
    'ban to chuc',
    'ban tuyen giao',
    'ban dan van',
    'ban noi chinh',
    'dieu hanh',
    'thu do',
    'truc thuoc',
    'va',
    'moi truong',
    'tai nguyen',
    'giao duc',
    'dao tao',
    'y te',
    'van hoa',
    'the thao',
    'du lich',
    'noi vu',
    'tai chinh',
    'ke hoach',
    'dau tu',
  ].map((p) => p.split(' ')),
);
const MAX_PHRASE = 4;

/** How many words at `words[i]` continue a title (a capitalised word, a code, or a phrase). */
// The phrases joined, for one lookup per candidate length instead of a scan of the list.
const PHRASE_SET = new Set([...TITLE_PHRASES].map((words) => words.join(' ')));

/** How many words at `words[i]` continue a title: a known phrase, a capitalised word, a code. */
function titleWordsAt(words: string[], folded: string[], i: number): number {
  for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--)
    if (PHRASE_SET.has(folded.slice(i, i + n).join(' '))) return n;
  const w = words[i]!;
  return /^[\p{Lu}\d]/u.test(w) || /^[xvil]+$/iu.test(w) ? 1 : 0;
}

const fold = (s: string) => foldForMatch(s);

/**
 * The title that ends exactly where `text` ends (the words right before a name), or null.
 * `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội ` → `Bí thư Thành ủy Hà Nội` (the chain before the
 * comma is read by `titleChainBefore`).
 */
export function titleEndingAt(text: string): { title: string; start: number } | null {
  const folded = fold(text);
  let best: { title: string; start: number } | null = null;
  for (const m of folded.matchAll(HEAD_RE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const tail = text.slice(start + m[1]!.length);
    if (isTitleTail(tail)) {
      best = { title: text.slice(start).trim(), start };
      break; // the earliest head whose tail is all title words gives the whole title
    }
  }
  return best;
}

/** True when every word of `tail` may continue a title: title phrases, capitalised words, codes. */
function isTitleTail(tail: string): boolean {
  const trimmed = tail.trim();
  if (!trimmed) return true;
  if (/[,.;:!?“”"]/.test(trimmed.replace(/\([^)]*\)/g, ''))) return false;
  const words = trimmed.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const folded = words.map(fold);
  for (let i = 0; i < words.length;) {
    const n = titleWordsAt(words, folded, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/**
 * Titles in the chain ending right before a name: `A, B, C ` → [A, B, C], stopping at the first
 * comma-separated part that is not a title.
 */
export function titleChainBefore(text: string): string[] {
  const titles: string[] = [];
  let rest = text.replace(/\s*\([^()]{0,60}\)\s*$/u, ' '); // `… phường Minh Khai (quận Hai Bà Trưng) `
  for (;;) {
    const clauseStart = Math.max(
      rest.lastIndexOf(','),
      rest.lastIndexOf(';'),
      rest.lastIndexOf(':'),
      rest.lastIndexOf('('),
      rest.lastIndexOf('.'),
    );
    const clause = rest.slice(clauseStart + 1);
    const found = titleEndingAt(clause);
    if (!found || clause.slice(0, found.start).trim() !== '') {
      if (found && titles.length === 0) titles.unshift(found.title);
      break;
    }
    titles.unshift(found.title);
    if (clauseStart < 0 || rest[clauseStart] !== ',') break;
    rest = rest.slice(0, clauseStart);
  }
  return titles;
}

/**
 * Titles right after a name: `, A, B;` or ` (A)` or ` - A`. Stops at the first part that is not a
 * title (`, cho biết`).
 */
export function titleChainAfter(text: string): string[] {
  const titles: string[] = [];
  const paren = /^\s*\(([^()]{3,200})\)/u.exec(text);
  if (paren) {
    for (const part of paren[1]!.split(',')) {
      const t = titleAtStart(part);
      if (t) titles.push(t.title);
    }
    return titles;
  }
  const m = /^\s*(?:,|[-–—])\s*/u.exec(text);
  if (!m) return titles;
  let rest = text.slice(m[0].length);
  for (;;) {
    const end = rest.search(/[,;.:!?“”"]|\s[-–—]\s/u);
    const part = end < 0 ? rest : rest.slice(0, end);
    const t = titleAtStart(part);
    if (!t) break;
    titles.push(t.title);
    if (!t.whole || end < 0 || rest[end] !== ',') break;
    rest = rest.slice(end + 1);
  }
  return titles;
}

/**
 * The title that `part` starts with: a head, then title words (`Bí thư Thành ủy Hà Nội đã chủ trì`
 * → `Bí thư Thành ủy Hà Nội`). `whole` is true when nothing follows the title.
 */
function titleAtStart(part: string): { title: string; whole: boolean } | null {
  const trimmed = part.trim();
  const head = HEAD_AT_START.exec(fold(trimmed));
  if (!head || head.index !== 0 || head[0] !== head[1]) return null;
  const words = trimmed.slice(head[1]!.length).split(/\s+/).filter(Boolean);
  const folded = words.map(fold);
  let taken = 0;
  for (let n = titleWordsAt(words, folded, 0); n > 0;) {
    taken += n;
    n = taken < words.length ? titleWordsAt(words, folded, taken) : 0;
  }
  const title = [trimmed.slice(0, head[1]!.length), ...words.slice(0, taken)].join(' ');
  return { title, whole: taken === words.length };
}

// Canonical spellings of title words, keyed by their folded form. One spelling per title:
// `Thành uỷ`/`Thành ủy`, `Phó bí thư`/`Phó Bí thư`, `UBND`/`Ủy ban nhân dân` are the same office.
const CANONICAL_PHRASES: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'UBND'],
  [/\bhoi dong nhan dan\b/g, 'HĐND'],
  [/\bmat tran to quoc viet nam\b/g, 'MTTQ Việt Nam'],
  [/\bthanh pho\b|\btp\.?(?=\s|$)/g, 'thành phố'],
  [/\bpho bi thu thuong truc\b/g, 'Phó Bí thư Thường trực'],
  [/\bpho chu tich thuong truc\b/g, 'Phó Chủ tịch Thường trực'],
  [/\btong bi thu\b/g, 'Tổng Bí thư'],
  [/\bpho bi thu\b/g, 'Phó Bí thư'],
  [/\bbi thu\b/g, 'Bí thư'],
  [/\bpho chu tich\b/g, 'Phó Chủ tịch'],
  [/\bchu tich\b/g, 'Chủ tịch'],
  [/\buy vien\b/g, 'Ủy viên'],
  [/\bthanh uy\b/g, 'Thành ủy'],
  [/\bquan uy\b/g, 'Quận ủy'],
  [/\bhuyen uy\b/g, 'Huyện ủy'],
  [/\bdang uy\b/g, 'Đảng ủy'],
  [/\bbo chinh tri\b/g, 'Bộ Chính trị'],
  [/\bban thuong vu\b/g, 'Ban Thường vụ'],
  [/\btrung uong dang\b/g, 'Trung ương Đảng'],
  [/\bquoc hoi\b/g, 'Quốc hội'],
  [/\bthu tuong chinh phu\b/g, 'Thủ tướng Chính phủ'],
  [/\bthu tuong\b/g, 'Thủ tướng'],
  [/\btruong doan dai bieu\b/g, 'Trưởng đoàn đại biểu'],
];

/** Cities whose party committee is a `Thành ủy` and whose bare name stands for it. */
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];

/**
 * One spelling for a title, qualified with the article's city where the title leaves it implicit:
 * `Bí thư Thành uỷ` in a Hanoi story is `Bí thư Thành ủy Hà Nội`, and so is the headline
 * shorthand `Bí thư Hà Nội`.
 */
const canonicalCache = new Map<string, string>();

export function canonicalTitle(raw: string, homeCity: string | null): string {
  // The same few titles recur in every article: remember their spelling.
  const key = `${homeCity ?? ''}\u0000${raw}`;
  let title = canonicalCache.get(key);
  if (title === undefined) {
    title = spellTitle(raw, homeCity);
    if (canonicalCache.size > 50_000) canonicalCache.clear();
    canonicalCache.set(key, title);
  }
  return title;
}

function spellTitle(raw: string, homeCity: string | null): string {
  let title = raw
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Re-spell known phrases: match on the folded text, replace on the original by position.
  const folded = fold(title);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [re, text] of CANONICAL_PHRASES) {
    for (const m of folded.matchAll(re)) {
      if (edits.some((e) => m.index < e.end && e.start < m.index + m[0].length)) continue;
      edits.push({ start: m.index, end: m.index + m[0].length, text });
    }
  }
  for (const e of edits.sort((a, b) => b.start - a.start))
    title = title.slice(0, e.start) + e.text + title.slice(e.end);
  title = title.charAt(0).toUpperCase() + title.slice(1);

  if (homeCity) {
    // `Bí thư Hà Nội` → `Bí thư Thành ủy Hà Nội`.
    title = title.replace(
      new RegExp(`^((?:Phó )?Bí thư) (${CITIES.join('|')})$`, 'u'),
      '$1 Thành ủy $2',
    );
    // A city body named without its city takes the article's.
    if (
      /(Thành ủy|UBND thành phố|HĐND thành phố|Quốc hội thành phố|UBND|HĐND)$/u.test(title) &&
      !title.includes(homeCity)
    )
      title = `${title.replace(/ (UBND|HĐND)$/u, ' $1 thành phố')} ${homeCity}`;
    title = title.replace(/thành phố thành phố/u, 'thành phố');
  }
  return title;
}

/** How often `word` occurs in `text` (counted without splitting the text into pieces). */
function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** The city a story is about: the most mentioned of the centrally governed cities. */
export function homeCityOf(text: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const city of CITIES) {
    const count = occurrences(text, city);
    if (count > bestCount) [best, bestCount] = [city, count];
  }
  return best;
}

/**
 * Offices held by one person at a time: a head of a body (`Bí thư Thành ủy`, `Chủ tịch UBND`,
 * `Phó Bí thư Thường trực`) as opposed to shared ranks (`Phó Bí thư`, `Ủy viên`). Only these have
 * "changes of holder" to infer.
 */
export function isSingleHolderOffice(title: string): boolean {
  if (/^(Ủy viên|Đại biểu)/u.test(title)) return false;
  if (/^Phó /u.test(title) && !/Thường trực/u.test(title)) return false;
  if (/chỉ đạo$/iu.test(title)) return false;
  return (
    /(Thành ủy|UBND|HĐND|Quốc hội|Chính phủ|Tổng Bí thư|MTTQ)/u.test(title) ||
    /^(Thủ tướng|Tổng Bí thư)/u.test(title)
  );
}
