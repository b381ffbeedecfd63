/**
 * Offices in Vietnamese political news. A title is a head (`Bí thư`, `Phó Chủ tịch`, `Ủy viên`)
 * followed by the body it belongs to (`Thành ủy Hà Nội`, `UBND tỉnh Khánh Hòa`, `Bộ Chính trị`),
 * and people carry chains of them: `Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại biểu
 * Quốc hội TP`. Every pattern about offices is built from the tables here: `HEADS` (what a title
 * starts with), `BODY_PHRASES` (the lower-case words that may continue one) and `ABBREVIATIONS`
 * (`UV BCT`). A linguist adds a head or a body in one row, with an example in `offices.test.ts`.
 */
import { foldForMatch } from './fold';
import { findPlaces, placeInTitle, type Place } from './places';

/** Heads of titles, as printed; a `Phó` or `Tổng` before one is read by the pattern. */
export const HEADS = [
  'Thường trực Ban Bí thư',
  'Bí thư',
  'Chủ tịch nước',
  'Chủ tịch',
  'Thành ủy viên',
  'Tỉnh ủy viên',
  'Quận ủy viên',
  'Huyện ủy viên',
  'Thị ủy viên',
  'Đảng ủy viên',
  'Ủy viên',
  'Trưởng ban',
  'Ban',
  'Trưởng đoàn',
  'Trưởng phòng',
  'Giám đốc',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chủ nhiệm',
  'Chánh Văn phòng',
  'Chánh án',
  'Chánh Thanh tra',
  'Viện trưởng',
  'Đại sứ',
  'Đại biểu Quốc hội',
  'Tư lệnh',
  'Chính ủy',
  'Hiệu trưởng',
  'Thư ký',
  'Kiểm toán Nhà nước',
  'Thanh tra Chính phủ',
  'Biên tập',
  'Trưởng',
  'Chuyên viên',
] as const;

/** Heads only a prefix makes: `Ban` is a body, `Phó ban` a deputy head; `Kiểm toán` needs `Tổng`. */
const NEEDS_PREFIX = new Set([
  'ban',
  'kiem toan nha nuoc',
  'thanh tra chinh phu',
  'bien tap',
  'thu ky',
]);

/** Short forms newsrooms print for whole titles. */
export const ABBREVIATIONS: readonly [string, string][] = [
  ['UV BCT', 'Ủy viên Bộ Chính trị'],
  ['UVBCT', 'Ủy viên Bộ Chính trị'],
  ['UV TƯ', 'Ủy viên Trung ương Đảng'],
  ['UVTƯ', 'Ủy viên Trung ương Đảng'],
  ['UV BTV', 'Ủy viên Ban Thường vụ'],
];

/**
 * Lower-case phrases that may continue a title after its head (folded). Phrases, not single
 * words: `nhân dân` continues a title, `nhấn mạnh` ("stressed") does not. Capitalised words and
 * codes continue a title too (`Thành ủy Hà Nội`, `Bộ KH&CN`), unless they start another person's
 * name (see `titleChainAfter`).
 */
export const BODY_PHRASES: readonly string[] = [
  'thuong truc',
  'thanh uy',
  'tinh uy',
  'thi uy',
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
  'ubkt',
  'bch',
  'tp',
  'tp.',
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
  'ban can su',
  'ban can su dang',
  'can su',
  'du khuyet',
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
  'kinh te',
  'nha nuoc',
  'kiem toan',
  'lien hiep',
  'thanh nien',
  'xay dung',
  'giao thong',
  'van tai',
  'cong thuong',
  'ngoai giao',
  'khoa hoc',
  'cong nghe',
  'nong nghiep',
  'phat trien nong thon',
  'lao dong',
  'thuong binh',
  'xa hoi',
  'thong tin',
  'truyen thong',
  'quoc phong',
  'an ninh',
];

const fold = (s: string) => foldForMatch(s);
const foldedHeads = HEADS.map((h) => fold(h));

// A head at a word start, with its `Phó`/`Tổng` prefixes: `(?:pho )?(?:tong )?(?:bi thu|…)`.
const HEAD_SOURCE = `((?:pho\\s+)?(?:tong\\s+)?(?:${foldedHeads.map((h) => h.replace(/ /g, '\\s+')).join('|')}))(?=\\s|$|,)`;
const HEAD_RE = new RegExp(`(?:^|[\\s,;(–-])${HEAD_SOURCE}`, 'gu');
const HEAD_AT_START = new RegExp(`^${HEAD_SOURCE}`, 'u');

/**
 * `text` with the dashes inside place names (`Bà Rịa - Vũng Tàu`) replaced by a character of the
 * same length that ends nothing, so that the dash is not read as the end of a title.
 */
function withPlaceDashesJoined(text: string): string {
  if (!/\s[-–—]\s/u.test(text)) return text;
  let out = text;
  for (const m of findPlaces(text)) {
    const inner = text.slice(m.start, m.end).replace(/[-–—]/gu, '\u2011');
    out = out.slice(0, m.start) + inner + out.slice(m.end);
  }
  return out;
}

/** A head found in folded text is a title's start unless it needs a prefix it lacks. */
function isHead(foldedHead: string): boolean {
  const bare = foldedHead.replace(/^(?:pho\s+)?(?:tong\s+)?/u, '').replace(/\s+/g, ' ');
  return !NEEDS_PREFIX.has(bare) || bare !== foldedHead.replace(/\s+/g, ' ');
}

const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ABBREVIATIONS.map(([a]) => a.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const EXPANSION = new Map(ABBREVIATIONS.map(([a, b]) => [a.replace(/\s+/g, ' '), b]));

/** `UV BCT, Bí thư Thành ủy` → `Ủy viên Bộ Chính trị, Bí thư Thành ủy`; offsets are not kept. */
export function expandAbbreviations(text: string): string {
  if (!/UV/u.test(text)) return text;
  return text.replace(ABBREVIATION_RE, (m) => EXPANSION.get(m.replace(/\s+/g, ' ')) ?? m);
}

const PHRASES = new Set(BODY_PHRASES);
const MAX_PHRASE = Math.max(...BODY_PHRASES.map((p) => p.split(' ').length));

/** How many words at `words[i]` continue a title: a known phrase, a capitalised word, a code. */
function titleWordsAt(words: string[], folded: string[], i: number): number {
  for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--)
    if (PHRASES.has(folded.slice(i, i + n).join(' '))) return n;
  const w = words[i]!;
  // `Bà Rịa - Vũng Tàu`: a dash between two capitalised words joins a place's name.
  if (/^[-–—]$/u.test(w)) return i > 0 && /^\p{Lu}/u.test(words[i + 1] ?? '') ? 1 : 0;
  return /^[\p{Lu}\d]/u.test(w) || /^[xvil]+$/iu.test(w) || /^T\.Ư$/u.test(w) ? 1 : 0;
}

/** True when every word of `tail` may continue a title. */
function isTitleTail(tail: string): boolean {
  const trimmed = tail.trim();
  if (!trimmed) return true;
  if (/[,.;:!?“”"]/.test(trimmed.replace(/\([^)]*\)/g, '').replace(/T\.Ư/gu, 'TƯ'))) return false;
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
 * The title that ends exactly where `text` ends (the words right before a name), or null.
 * `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội ` → `Bí thư Thành ủy Hà Nội` (the chain before the
 * comma is read by `titleChainBefore`).
 */
export function titleEndingAt(text: string): { title: string; start: number } | null {
  const folded = fold(text);
  for (const m of folded.matchAll(HEAD_RE)) {
    if (!isHead(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (isTitleTail(text.slice(start + m[1]!.length)))
      // The earliest head whose tail is all title words gives the whole title.
      return { title: text.slice(start).trim(), start };
  }
  return null;
}

/**
 * Titles in the chain ending right before a name: `A, B, C ` → [A, B, C], stopping at the first
 * comma-separated part that is not a title. `text` must not reach back into another name (the
 * caller cuts it after the previous one).
 */
export function titleChainBefore(text: string): string[] {
  const titles: string[] = [];
  // `… phường Minh Khai (quận Hai Bà Trưng) `; `Ủy viên T.Ư Đảng, `: the abbreviation's dot ends no part.
  // `Chủ tịch HĐND TP.HCM `: the city's dot ends no part either.
  let rest = expandAbbreviations(
    text
      .replace(/\s*\([^()]{0,60}\)\s*$/u, ' ')
      .replace(/T\.Ư/gu, 'TƯ')
      .replace(/(?<!\p{L})(TP|Tp)\.\s?(?=\p{Lu})/gu, '$1 '),
  );
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
 * title (`, cho biết`). `text` must end where another name starts (the caller cuts it there), so
 * that `…, Chủ tịch UBND TP Chu Ngọc Anh` never becomes a title of the name before.
 */
export function titleChainAfter(text: string, endsAtName = false): string[] {
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
  // `Ủy viên T.Ư Đảng`: the abbreviation's dot ends no part; `UV BCT` is read in full.
  let rest = expandAbbreviations(text.slice(m[0].length).replace(/T\.Ư/gu, 'TƯ'));
  for (;;) {
    const end = withPlaceDashesJoined(rest).search(/[,;.:!?“”"]|\s[-–—]\s/u);
    const part = end < 0 ? rest : rest.slice(0, end);
    const t = titleAtStart(part);
    if (!t) break;
    // A title running up to the next name is that name's (`…, Chủ tịch HĐND TP Nguyễn Ngọc Tuấn`).
    if (end < 0 && endsAtName && t.whole) break;
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
export function titleAtStart(part: string): { title: string; whole: boolean } | null {
  // A title ends at punctuation (`T.Ư` and places like `Bà Rịa - Vũng Tàu` aside).
  const stop = withPlaceDashesJoined(part.replace(/T\.Ư/gu, 'T_Ư')).search(
    /[,;:!?“”"()]|\.(?!\p{Lu})|\s[-–—]\s/u,
  );
  const trimmed = (stop < 0 ? part : part.slice(0, stop)).trim();
  const head = HEAD_AT_START.exec(fold(trimmed));
  if (!head || !isHead(head[1]!)) return null;
  const words = trimmed.slice(head[1]!.length).split(/\s+/).filter(Boolean);
  const folded = words.map(fold);
  let taken = 0;
  for (let n = titleWordsAt(words, folded, 0); n > 0;) {
    taken += n;
    n = taken < words.length ? titleWordsAt(words, folded, taken) : 0;
  }
  // A chain that ran on into `và` ends before it: `Bộ trưởng Bộ Kế hoạch và Đầu tư` keeps it.
  while (taken > 0 && /^(?:va|cung|voi)$/u.test(folded[taken - 1]!)) taken--;
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
  [/\bpho truong ban thuong truc\b/g, 'Phó Trưởng ban Thường trực'],
  [/\btong bi thu\b/g, 'Tổng Bí thư'],
  [/\bpho bi thu\b/g, 'Phó Bí thư'],
  [/\bbi thu\b/g, 'Bí thư'],
  [/\bpho chu tich\b/g, 'Phó Chủ tịch'],
  [/\bchu tich\b/g, 'Chủ tịch'],
  [/\bpho chu nhiem\b/g, 'Phó Chủ nhiệm'],
  [/\bchu nhiem\b/g, 'Chủ nhiệm'],
  [/\bpho truong ban\b/g, 'Phó Trưởng ban'],
  [/\btruong ban\b/g, 'Trưởng ban'],
  [/\bthanh uy vien\b/g, 'Thành ủy viên'],
  [/\btinh uy vien\b/g, 'Tỉnh ủy viên'],
  [/\bquan uy vien\b/g, 'Quận ủy viên'],
  [/\bhuyen uy vien\b/g, 'Huyện ủy viên'],
  [/\bthi uy vien\b/g, 'Thị ủy viên'],
  [/\bdang uy vien\b/g, 'Đảng ủy viên'],
  [/\buy vien\b/g, 'Ủy viên'],
  [/\bthanh uy\b/g, 'Thành ủy'],
  [/\btinh uy\b/g, 'Tỉnh ủy'],
  [/\bquan uy\b/g, 'Quận ủy'],
  [/\bhuyen uy\b/g, 'Huyện ủy'],
  [/\bthi uy\b/g, 'Thị ủy'],
  [/\bdang uy\b/g, 'Đảng ủy'],
  [/\bbo chinh tri\b/g, 'Bộ Chính trị'],
  [/\bban thuong vu\b/g, 'Ban Thường vụ'],
  [/\bban can su dang\b/g, 'Ban Cán sự đảng'],
  [/\bban chap hanh\b/g, 'Ban Chấp hành'],
  [/\btrung uong dang\b/g, 'Trung ương Đảng'],
  [/\bt\.u\b|\btu(?= dang\b)/g, 'Trung ương'],
  [/\buy ban kiem tra\b/g, 'Ủy ban Kiểm tra'],
  [/\bquoc hoi\b/g, 'Quốc hội'],
  [/\bthu tuong chinh phu\b/g, 'Thủ tướng Chính phủ'],
  [/\bthu tuong\b/g, 'Thủ tướng'],
  [/\btruong doan dai bieu\b/g, 'Trưởng đoàn đại biểu'],
];

// Terms and sessions are not part of an office: `Bí thư Tỉnh ủy khóa XX` is the same office as
// `Bí thư Tỉnh ủy`, in every term.
const TERM =
  /\s+(?:khóa|khoá)\s+(?:[XVIL]+(?![\p{L}\p{N}])|mới).*$|\s+(?:nhiệm kỳ|giai đoạn)(?!\p{L}).*$/iu;

// A body that names no place is the place the story is about. Which bodies belong to which kind of
// place: a city's party committee is a `Thành ủy`, a province's a `Tỉnh ủy`; councils and people's
// committees are `… thành phố` or `… tỉnh`.
const CITY_BODY =
  /(?:Thành ủy|Đảng bộ thành phố|UBND thành phố|HĐND thành phố|MTTQ Việt Nam thành phố)$/u;
const PROVINCE_BODY = /(?:Tỉnh ủy|Đảng bộ tỉnh|UBND tỉnh|HĐND tỉnh|MTTQ Việt Nam tỉnh)$/u;
const BARE_BODY = /(?:^|\s)(UBND|HĐND)$/u;

const canonicalCache = new Map<string, string>();
// Stands for a place while the words around it are re-spelled: no title holds it.
const PLACE_MARK = '\u0001';

/**
 * One spelling for a title, qualified with the story's place where the title leaves it implicit:
 * `Bí thư Thành uỷ` in a Hanoi story is `Bí thư Thành ủy Hà Nội`, `Chủ tịch UBND tỉnh` in a Khánh
 * Hòa story is `Chủ tịch UBND tỉnh Khánh Hòa`, and the headline shorthand `Bí thư Hà Nội` is
 * `Bí thư Thành ủy Hà Nội`. Places are spelled one way (`TP.HCM` → `TP Hồ Chí Minh`).
 */
export function canonicalTitle(raw: string, home: Place | null): string {
  // The same few titles recur in every article: remember their spelling.
  const key = `${home?.name ?? ''}\u0000${raw}`;
  let title = canonicalCache.get(key);
  if (title === undefined) {
    title = spellTitle(raw, home);
    if (canonicalCache.size > 50_000) canonicalCache.clear();
    canonicalCache.set(key, title);
  }
  return title;
}

function spellTitle(raw: string, home: Place | null): string {
  let title = expandAbbreviations(raw)
    .replace(/T\.Ư/gu, 'TƯ')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TERM, '');
  // Places first, masked, so that `TP.HCM` is one place and not `thành phố` + `HCM`.
  const places = findPlaces(title).map((m) => m.place);
  let masked = '';
  let at = 0;
  for (const m of findPlaces(title)) {
    masked += `${title.slice(at, m.start)}${PLACE_MARK}`;
    at = m.end;
  }
  title = masked + title.slice(at);
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
  // The places back, each spelled one way.
  let next = 0;
  title = title
    .split(PLACE_MARK)
    .reduce((out, part, i) => (i === 0 ? part : `${out}${placeInTitle(places[next++]!)}${part}`));
  title = title.charAt(0).toUpperCase() + title.slice(1);

  const named = places[0] ?? null;
  const place = named ?? home;
  if (place) {
    const committee = place.kind === 'city' ? 'Thành ủy' : 'Tỉnh ủy';
    // `Bí thư Hà Nội` → `Bí thư Thành ủy Hà Nội`.
    const shorthand = new RegExp(
      `^((?:Phó )?Bí thư(?: Thường trực)?) (${placeInTitle(place)})$`,
      'u',
    );
    title = title.replace(shorthand, `$1 ${committee} $2`);
  }
  if (!named && home) {
    // A bare `UBND`/`HĐND` is the home place's; a body of the home place's kind takes its name.
    if (BARE_BODY.test(title)) title += home.kind === 'city' ? ' thành phố' : ' tỉnh';
    const fits = home.kind === 'city' ? CITY_BODY.test(title) : PROVINCE_BODY.test(title);
    if (fits) title = `${title} ${placeInTitle(home)}`;
  }
  // `thành phố TP Hồ Chí Minh` names the city twice.
  return title
    .replace(/thành phố TP /u, 'TP ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A body and the head who runs it: who `phụ trách, điều hành` a body does its head's work.
const HEAD_OF_BODY: readonly [RegExp, string][] = [
  [/^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)(?!\p{L})/u, 'Chủ tịch'],
  [/^(?:Thành|Tỉnh|Quận|Huyện|Thị|Đảng) [uủ][ỷy](?!\p{L})/u, 'Bí thư'],
  [/^Sở(?!\p{L})/u, 'Giám đốc'],
  [/^Bộ (?!Chính trị)/u, 'Bộ trưởng'],
];

/**
 * The office of whoever runs the body `text` starts with: `UBND TP thay ông X` → `Chủ tịch UBND
 * TP` (`được giao phụ trách, điều hành hoạt động của UBND TP`). Null when `text` opens with no
 * body that has one head.
 */
export function headOfBody(text: string): string | null {
  const body = text.replace(/^\s+/u, '');
  const head = HEAD_OF_BODY.find(([re]) => re.test(body));
  if (!head) return null;
  return titleAtStart(`${head[1]} ${body}`)?.title ?? null;
}

/**
 * The body a head's office is the head of, by the same table: `Chủ tịch UBND TP Hồ Chí Minh` →
 * `UBND TP Hồ Chí Minh`. Null for an office that heads no such body.
 */
export function bodyOf(office: string): string | null {
  for (const [re, head] of HEAD_OF_BODY) {
    if (!office.startsWith(`${head} `)) continue;
    const body = office.slice(head.length + 1);
    if (re.test(body)) return body;
  }
  return null;
}

// Heads held by one person at a time; deputies share their rank, except the standing one.
const SINGLE_HEAD =
  /^(?:Bí thư|Chủ tịch|Phó Bí thư Thường trực|Phó Chủ tịch Thường trực|Tổng Bí thư|Thủ tướng|Chủ nhiệm|Trưởng ban|Trưởng đoàn|Giám đốc|Bộ trưởng)(?!\p{L})/u;

/**
 * Offices held by one person at a time, and named well enough to tell them apart across articles:
 * a head of a body of a named place or of the nation (`Bí thư Thành ủy Hà Nội`, `Chủ tịch UBND
 * tỉnh Khánh Hòa`, `Thủ tướng`), as opposed to shared ranks (`Phó Bí thư`, `Ủy viên`) and offices
 * whose place the text leaves unnamed (`Bí thư Quận ủy`: which district?). Only these have
 * "changes of holder" to infer.
 */
export function isSingleHolderOffice(title: string): boolean {
  if (/^(?:Thủ tướng|Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội)(?: Chính phủ)?$/u.test(title))
    return true;
  if (!SINGLE_HEAD.test(title) || /chỉ đạo/iu.test(title)) return false;
  // A secretary of the Central Committee is one of several.
  if (/^Bí thư Trung ương/u.test(title)) return false;
  if (/(?:Quận ủy|Huyện ủy|Thị ủy|Đảng ủy|quận|huyện|phường|xã|thị xã)$/u.test(title)) return false;
  // A body of a named place, or a national one.
  return (
    findPlaces(title).length > 0 ||
    /(?:Quốc hội|Chính phủ|Trung ương(?: Đảng)?|Bộ \p{Lu}.*)$/u.test(title)
  );
}

// Longest first: `Phó Chủ tịch Thường trực` before `Phó Chủ tịch` before `Chủ tịch`.
const SHORT_HEADS: [RegExp, string][] = [
  [/^Phó Bí thư Thường trực\s*/u, 'PBT TT '],
  [/^Phó Chủ tịch Thường trực\s*/u, 'PCT TT '],
  [/^Tổng Bí thư\s*/u, 'Tổng Bí thư '],
  [/^Phó Bí thư\s*/u, 'PBT '],
  [/^Bí thư\s*/u, 'BT '],
  [/^Phó Chủ tịch\s*/u, 'PCT '],
  [/^Chủ tịch\s*/u, 'CT '],
];
const SHORT_BODIES: [RegExp, string][] = [
  [/UBND/u, 'UBND'],
  [/HĐND/u, 'HĐND'],
  [/Thành ủy/u, 'Thành ủy'],
  [/Tỉnh ủy/u, 'Tỉnh ủy'],
  [/Quận ủy/u, 'Quận ủy'],
  [/Huyện ủy/u, 'Huyện ủy'],
  [/Quốc hội/u, 'Quốc hội'],
];

/** `Chủ tịch UBND thành phố Hồ Chí Minh` → `CT UBND`; an office it does not know stays whole. */
export function shortOffice(office: string): string {
  for (const [head, short] of SHORT_HEADS) {
    if (!head.test(office)) continue;
    const rest = office.replace(head, '');
    const body = SHORT_BODIES.find(([re]) => re.test(rest));
    return body ? `${short}${body[1]}` : `${short}${rest}`.trim();
  }
  return office;
}
