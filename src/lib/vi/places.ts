/**
 * The 63 provinces and centrally-run cities of 2019–2023 (before the 2025 mergers), with the short
 * forms news writes them in (`TP.HCM`, `TP HCM`, `BR-VT`, `Khánh Hoà`). A title's body is
 * qualified with its place (`Chủ tịch UBND tỉnh Khánh Hòa`), a bare body (`Chủ tịch UBND tỉnh`)
 * takes the place the article is about, and a place is never a person.
 */
import { foldForMatch } from './fold';

export type PlaceKind = 'city' | 'province';

export interface Place {
  /** The official name, as titles spell it. */
  name: string;
  kind: PlaceKind;
  /** Other spellings and short forms, matched as written (case and accents folded). */
  forms: readonly string[];
  /** False when the bare name is also something else (`Hồ Chí Minh`, the man): forms only. */
  bare?: false;
}

const city = (name: string, ...forms: string[]): Place => ({ name, kind: 'city', forms });
const province = (name: string, ...forms: string[]): Place => ({ name, kind: 'province', forms });

export const PLACES: readonly Place[] = [
  city('Hà Nội', 'Thủ đô Hà Nội'),
  {
    ...city(
      'Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'TP Hồ Chí Minh',
      'TP.HCM',
      'TP HCM',
      'TPHCM',
      'HCM',
      'Sài Gòn',
    ),
    bare: false,
  },
  city('Hải Phòng'),
  city('Đà Nẵng'),
  city('Cần Thơ'),
  province('An Giang'),
  province('Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'BR-VT', 'BRVT'),
  province('Bắc Giang'),
  province('Bắc Kạn', 'Bắc Cạn'),
  province('Bạc Liêu'),
  province('Bắc Ninh'),
  province('Bến Tre'),
  province('Bình Định'),
  province('Bình Dương'),
  province('Bình Phước'),
  province('Bình Thuận'),
  province('Cà Mau'),
  province('Cao Bằng'),
  province('Đắk Lắk', 'Đắc Lắc', 'Đăk Lăk', 'Dak Lak'),
  province('Đắk Nông', 'Đăk Nông'),
  province('Điện Biên'),
  province('Đồng Nai'),
  province('Đồng Tháp'),
  province('Gia Lai'),
  province('Hà Giang'),
  province('Hà Nam'),
  province('Hà Tĩnh'),
  province('Hải Dương'),
  province('Hậu Giang'),
  province('Hòa Bình', 'Hoà Bình'),
  province('Hưng Yên'),
  province('Khánh Hòa', 'Khánh Hoà'),
  province('Kiên Giang'),
  province('Kon Tum'),
  province('Lai Châu'),
  province('Lâm Đồng'),
  province('Lạng Sơn'),
  province('Lào Cai'),
  province('Long An'),
  province('Nam Định'),
  province('Nghệ An'),
  province('Ninh Bình'),
  province('Ninh Thuận'),
  province('Phú Thọ'),
  province('Phú Yên'),
  province('Quảng Bình'),
  province('Quảng Nam'),
  province('Quảng Ngãi'),
  province('Quảng Ninh'),
  province('Quảng Trị'),
  province('Sóc Trăng'),
  province('Sơn La'),
  province('Tây Ninh'),
  province('Thái Bình'),
  province('Thái Nguyên'),
  province('Thanh Hóa', 'Thanh Hoá'),
  province('Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế'),
  province('Tiền Giang'),
  province('Trà Vinh'),
  province('Tuyên Quang'),
  province('Vĩnh Long'),
  province('Vĩnh Phúc'),
  province('Yên Bái'),
];

/** A form as it is matched: folded, dots and dashes as spaces, one space between words. */
export function placeFormKey(text: string): string {
  return foldForMatch(text)
    .replace(/[.\-–—]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const BY_FORM = new Map<string, Place>();
for (const p of PLACES)
  for (const f of p.bare === false ? p.forms : [p.name, ...p.forms])
    BY_FORM.set(placeFormKey(f), p);
// Longest forms first, so that `Bà Rịa - Vũng Tàu` wins over a place inside it.
const FORM_KEYS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);

/** The place a name or short form stands for (`TP.HCM` → Hồ Chí Minh), or undefined. */
export function placeNamed(text: string): Place | undefined {
  return BY_FORM.get(placeFormKey(text));
}

// Forms by their first word, longest first: most words of a text start no place's name, and
// those are passed over with one lookup.
const FORMS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const key of FORM_KEYS) {
  const words = key.split(' ');
  const list = FORMS_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  FORMS_BY_FIRST_WORD.set(words[0]!, list);
}

// The same few thousand words recur in every article: fold each once.
const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let key = foldedWords.get(word);
  if (key === undefined) {
    if (foldedWords.size > 50_000) foldedWords.clear();
    foldedWords.set(word, (key = foldForMatch(word)));
  }
  return key;
}

/** The letters, digits and places' punctuation of `text`, as words with their offsets. */
function wordsOf(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ key: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
}

// Titles and short phrases are looked up again and again (every sighting of an office).
const shortTextPlaces = new Map<string, PlaceMention[]>();
const SHORT_TEXT = 200;

/** Every mention of a province or city in `text`, longest reading first, in order. */
export function findPlaces(text: string): PlaceMention[] {
  if (text.length > SHORT_TEXT) return placesIn(text);
  let found = shortTextPlaces.get(text);
  if (!found) {
    if (shortTextPlaces.size > 20_000) shortTextPlaces.clear();
    shortTextPlaces.set(text, (found = placesIn(text)));
  }
  return found;
}

function placesIn(text: string): PlaceMention[] {
  const words = wordsOf(text);
  const found: PlaceMention[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (const form of FORMS_BY_FIRST_WORD.get(words[i]!.key) ?? []) {
      if (i + form.length > words.length) continue;
      let j = 1;
      while (j < form.length && words[i + j]!.key === form[j]) j++;
      if (j < form.length) continue;
      const [start, end] = [words[i]!.start, words[i + form.length - 1]!.end];
      // Names are capitalised as written (`Hà Nội`, `thành phố Hồ Chí Minh`): `hà nội` is no name.
      if (!/\p{Lu}/u.test(text.slice(start, end))) continue;
      found.push({ place: BY_FORM.get(form.join(' '))!, start, end });
      matched = form.length;
      break;
    }
    i += matched || 1;
  }
  return found;
}

/** Whether the letter at `at` is a capital (`H`, `Đ`, `Ắ`), cheaply for ASCII. */
function capitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = text[at]!;
  return ch !== ch.toLowerCase();
}

const isSpaceCode = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;

/**
 * Calls `visit` with each run of capitalised words (`Bà Rịa - Vũng Tàu`, `TP.HCM`, `Tp. Hồ Chí
 * Minh`), `thành phố` before them included (`Hồ Chí Minh` alone is the man), and where it starts.
 * A place's name is capitalised, so only these are looked up: each is short, and the same runs
 * recur across articles. A plain scan: every article's whole text goes through it.
 */
function forEachCapitalisedRun(text: string, visit: (run: string, at: number) => void): void {
  const n = text.length;
  let start = -1;
  let end = -1;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const last = text.charCodeAt(i - 1);
    const length = i - from;
    const joins =
      capitalAt(text, from) ||
      (start >= 0 &&
        ((length === 1 && (last === 0x2d || last === 0x2013)) || text.startsWith('phố', from))) ||
      ((text.startsWith('thành', from) || text.startsWith('Thành', from)) &&
        text.startsWith(' phố ', from + 5));
    if (!joins) {
      if (start >= 0) visit(text.slice(start, end), start);
      start = -1;
      continue;
    }
    if (start < 0) start = from;
    end = i;
    // A sentence or clause ends the run; an abbreviation's dot (`Tp.`, `TP.`) does not.
    const ends =
      last === 0x2c ||
      last === 0x3b ||
      last === 0x3a ||
      last === 0x21 ||
      last === 0x3f ||
      last === 0x29 ||
      last === 0x201d ||
      last === 0x22 ||
      (last === 0x2e && length > 3);
    if (ends) {
      visit(text.slice(start, end), start);
      start = -1;
    }
  }
  if (start >= 0) visit(text.slice(start, end), start);
}

/**
 * The place a story is about: the province or city it names most often (the headline counts
 * twice, being what the story is about), or null when it names none.
 */
export function homePlaceOf(text: string, headline: string | null = null): Place | null {
  const counts = new Map<Place, { count: number; first: number }>();
  const add = (m: PlaceMention, weight: number, offset: number) => {
    const c = counts.get(m.place) ?? { count: 0, first: offset + m.start };
    c.count += weight;
    counts.set(m.place, c);
  };
  if (headline) for (const m of findPlaces(headline)) add(m, 2, -1);
  // A place's name is capitalised (`thành phố Hồ Chí Minh` holds the form `Hồ Chí Minh`): only
  // runs of capitalised words are looked up, each short and seen in many articles.
  forEachCapitalisedRun(text, (run, at) => {
    for (const m of findPlaces(run)) add(m, 1, at);
  });
  let best: Place | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const [place, { count, first }] of counts)
    if (count > bestCount || (count === bestCount && first < bestFirst))
      [best, bestCount, bestFirst] = [place, count, first];
  return best;
}

/** `UBND tỉnh Khánh Hòa`, `Thành ủy Hà Nội`: how a title names its place after its body. */
export function placeInTitle(place: Place): string {
  // `Thành ủy Hồ Chí Minh` would read as the man: the city keeps its `TP`.
  return place.name === 'Hồ Chí Minh' ? 'TP Hồ Chí Minh' : place.name;
}

/** Examples: text → the home place found. */
export const HOME_PLACE_EXAMPLES: readonly [string, string | null][] = [
  ['Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội nghị tại Hà Nội.', 'Hà Nội'],
  [
    'Ông Phan Văn Mãi làm Chủ tịch TP HCM; ông Trần Lưu Quang về Hải Phòng. TP.HCM …',
    'Hồ Chí Minh',
  ],
  ['HĐND tỉnh Khánh Hòa bầu Chủ tịch UBND tỉnh Khánh Hoà.', 'Khánh Hòa'],
  ['Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu nhiệm kỳ 2021 - 2026.', 'Bà Rịa - Vũng Tàu'],
  ['Ban Chấp hành Trung ương họp về công tác cán bộ.', null],
  ['Tư tưởng Hồ Chí Minh soi đường.', null],
  ['Kỳ họp HĐND thành phố Hồ Chí Minh khóa X.', 'Hồ Chí Minh'],
];
