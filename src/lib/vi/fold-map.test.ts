import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';
import { foldWords } from './fold';
import { foldForSearch, foldWithMap, normalizeText, toDisplayRange } from './fold-map';
import { normalizeTonePlacement } from './tone';

// Vowel → [base letter, shape mark]: ă (breve), â ê ô (circumflex), ơ ư (horn).
const VOWELS: [string, string, string][] = [
  ['a', 'a', ''],
  ['ă', 'a', '\u0306'],
  ['â', 'a', '\u0302'],
  ['e', 'e', ''],
  ['ê', 'e', '\u0302'],
  ['i', 'i', ''],
  ['o', 'o', ''],
  ['ô', 'o', '\u0302'],
  ['ơ', 'o', '\u031b'],
  ['u', 'u', ''],
  ['ư', 'u', '\u031b'],
  ['y', 'y', ''],
];
const TONES: [string, string][] = [
  ['ngang (none)', ''],
  ['huyền', '\u0300'],
  ['sắc', '\u0301'],
  ['hỏi', '\u0309'],
  ['ngã', '\u0303'],
  ['nặng', '\u0323'],
];
const FORMS = ['NFC', 'NFD'] as const;
const CASES = ['lower', 'upper'] as const;

const vowelTable = VOWELS.flatMap(([vowel, base, shape]) =>
  TONES.flatMap(([tone, mark]) =>
    FORMS.flatMap((form) =>
      CASES.map((letterCase) => {
        const nfc = (base + shape + mark).normalize('NFC');
        const cased = letterCase === 'upper' ? nfc.toUpperCase() : nfc;
        return { vowel, tone, form, letterCase, input: cased.normalize(form), base, nfc: cased };
      }),
    ),
  ),
);

describe('foldForSearch', () => {
  it('sets letters and digits apart and drops punctuation, which the compiler fold keeps', () => {
    expect(foldForSearch('Chỉ thị 24-CT/TU')).toBe('chi thi 24 ct tu');
    expect(foldWords('Chỉ thị 24-CT/TU')).toBe('chi thi 24-ct/tu');
  });

  it.each(vowelTable)(
    'folds $vowel with tone $tone ($form, $letterCase) to $base',
    ({ input, base }) => {
      expect(foldForSearch(input)).toBe(base);
    },
  );

  it.each(vowelTable)(
    'normalizes $vowel with tone $tone ($form, $letterCase) to one NFC character',
    ({ input, nfc }) => {
      expect(normalizeText(input)).toBe(nfc);
      expect(normalizeText(input)).toHaveLength(1);
    },
  );

  it.each([
    ['Đinh Tiến Dũng', 'dinh tien dung'],
    ['ĐINH TIẾN DŨNG', 'dinh tien dung'],
    ['  Thành   ủy\tHà Nội  ', 'thanh uy ha noi'],
    ['Chỉ thị số 24-CT/TU, ngày 7/8/2023.', 'chi thi so 24 ct tu ngay 7 8 2023'],
    ['“Kỷ cương, trách nhiệm”', 'ky cuong trach nhiem'],
    ['Covid-19', 'covid 19'],
    ['23.041 đại biểu', '23 041 dai bieu'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it.each([
    '24-CT/TU',
    '24 ct tu',
    '24-ct/tu',
    '24ct/tu',
    '24 CT TU',
    '24CTTU'.slice(0, 2) + ' cttu',
  ])('keeps the document code searchable: %j', (query) => {
    const code = foldForSearch('24-CT/TU');
    const folded = foldForSearch(query);
    // Every spelling except the one that glues CT and TU together folds to the code exactly.
    if (folded === '24 cttu') expect(code.replaceAll(' ', '')).toBe(folded.replaceAll(' ', ''));
    else expect(folded).toBe(code);
  });

  it('folds both tone-mark placements to the same twin', () => {
    expect(foldForSearch('thành uỷ')).toBe(foldForSearch('thanh uy'));
    expect(foldForSearch('Thành uỷ')).toBe(foldForSearch('Thành ủy'));
  });
});

describe('normalizeTonePlacement', () => {
  it.each([
    ['uỷ', 'ủy'],
    ['Thành uỷ', 'Thành ủy'],
    ['UỶ BAN', 'ỦY BAN'],
    ['hoà', 'hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['hoá', 'hóa'],
    ['khoá XVII', 'khóa XVII'],
    ['oà', 'òa'],
    ['oá', 'óa'],
    ['oả', 'ỏa'],
    ['oã', 'õa'],
    ['oạ', 'ọa'],
    ['oè', 'òe'],
    ['oé', 'óe'],
    ['oẻ', 'ỏe'],
    ['oẽ', 'õe'],
    ['oẹ', 'ọe'],
    ['uỳ', 'ùy'],
    ['uý', 'úy'],
    ['uỹ', 'ũy'],
    ['uỵ', 'ụy'],
    ['tuỳ', 'tùy'],
    ['luỹ', 'lũy'],
  ])('moves the tone: %j → %j', (oldStyle, modern) => {
    expect(normalizeTonePlacement(oldStyle)).toBe(modern);
    expect(normalizeTonePlacement(oldStyle.normalize('NFD'))).toBe(modern);
  });

  it.each([
    ['quý', 'u belongs to the onset qu'],
    ['Quý I/2019', 'u belongs to the onset qu'],
    ['quả', 'u belongs to the onset qu'],
    ['quỳ', 'u belongs to the onset qu'],
    ['qui', 'u belongs to the onset qu'],
    ['gia', 'i belongs to the onset gi'],
    ['giữ', 'i belongs to the onset gi'],
    ['gìn', 'i is the vowel before a coda'],
    ['hoàng', 'a final consonant fixes the tone on the second vowel'],
    ['khoét', 'a final consonant fixes the tone on the second vowel'],
    ['thuyền', 'uyê is another nucleus'],
    ['khuya', 'uya is another nucleus'],
    ['hòa', 'already in the chosen placement'],
    ['ủy', 'already in the chosen placement'],
    ['hoai', 'oai is another nucleus'],
    ['Hoa', 'no tone at all'],
  ])('leaves %j untouched (%s)', (word) => {
    expect(normalizeTonePlacement(word)).toBe(word.normalize('NFC'));
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Th&agrave;nh ủy', 'Thành ủy'],
    ['&Ocirc;ng', 'Ông'],
    ['&#7911;y', 'ủy'],
    ['&#x1EE7;y', 'ủy'],
    ['A &amp; B', 'A & B'],
    ['&lt;script&gt;', '<script>'],
    ['&quot;Kỷ cương&quot;', '"Kỷ cương"'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&dstrok;&Dstrok;', 'đĐ'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; &#xD800; &#99999999;', '&#0; &#xD800; &#99999999;'],
    ['no entity', 'no entity'],
  ])('decodes %j as %j', (input, decoded) => {
    expect(decodeEntities(input)).toBe(decoded);
  });

  it('is part of normalisation, and the folded twin matches the plain spelling', () => {
    expect(normalizeText('Th&agrave;nh u&#7927;')).toBe('Thành ủy');
    expect(foldForSearch('Th&agrave;nh u&#7927;')).toBe('thanh uy');
  });
});

describe('foldWithMap', () => {
  it.each([
    ['Đinh Tiến Dũng', 'tien', 'Tiến'],
    ['Chỉ thị 24-CT/TU', 'ct tu', 'CT/TU'],
    ['Chỉ thị 24-CT/TU', '24', '24'],
    ['  Kỷ   luật', 'ky luat', 'Kỷ   luật'],
  ])(
    'maps a match in the folded twin of %j back to the original (%j → %j)',
    (text, needle, shown) => {
      const map = foldWithMap(text);
      const at = map.folded.indexOf(needle);
      const [start, end] = toDisplayRange(map, at, at + needle.length);
      expect(text.slice(start, end)).toBe(shown);
    },
  );

  it('maps through decomposed text onto whole characters', () => {
    const text = 'Dũng'.normalize('NFD');
    const map = foldWithMap(text);
    const [start, end] = toDisplayRange(map, 0, map.folded.length);
    expect([start, end]).toEqual([0, text.length]);
  });
});
