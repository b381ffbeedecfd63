/**
 * One tone-mark placement for Vietnamese. Articles mix two conventions for the open nuclei
 * `oa`, `oe` and `uy`: `hoà`/`hòa`, `khoẻ`/`khỏe`, `Thành uỷ`/`Thành ủy`. We settle on the
 * placement most of our sources print (tone on the first vowel: `hòa`, `khỏe`, `ủy`).
 *
 * The rule, from the orthography rather than a word list: split the syllable into onset, vowel
 * cluster and coda. Only when the cluster is exactly `oa`, `oe` or `uy` AND no final consonant
 * follows does the placement vary, so only then is the tone moved to the first vowel. The onset is
 * taken first, which is what keeps `quý`, `quả`, `qui` (u belongs to `qu`) and `gìa`/`gia` (i
 * belongs to `gi`) untouched; a coda keeps `hoàng`, `thuyền`, `khoét` untouched too.
 */

/** The five tone marks as combining characters (huyền, sắc, hỏi, ngã, nặng). */
const TONES = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Longest first, so `ngh` wins over `ng` and `n`. */
const ONSETS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'th',
  'tr',
  'ch',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'q',
  'r',
  's',
  't',
  'v',
  'x',
];
const VARYING_NUCLEI = new Set(['oa', 'oe', 'uy']);

interface Unit {
  base: string;
  marks: string[];
}

function units(syllable: string): Unit[] {
  const out: Unit[] = [];
  for (const ch of syllable) {
    const last = out[out.length - 1];
    // Vietnamese marks are all in the Combining Diacritical Marks block (U+0300–U+036F).
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f && last) last.marks.push(ch);
    else out.push({ base: ch, marks: [] });
  }
  return out;
}

function onsetLength(bases: string): number {
  for (const onset of ONSETS) {
    if (!bases.startsWith(onset)) continue;
    // `gi` is an onset only before another vowel (`gia`, `giữ`); in `gì`, `gìn` the i is the vowel.
    if (onset === 'gi' && !VOWELS.has(bases[2] ?? '')) return 1;
    return onset.length;
  }
  return 0;
}

/** Moves the tone of one NFD syllable when its nucleus is `oa`/`oe`/`uy` without a coda. */
function placeInSyllable(syllable: string): string {
  const list = units(syllable);
  const bases = list.map((u) => u.base.toLowerCase()).join('');
  const start = onsetLength(bases);
  const nucleus = list.slice(start);
  if (nucleus.length !== 2) return syllable;
  const [first, second] = nucleus as [Unit, Unit];
  // A shape mark (ă, â, ơ, ư…) makes it a different nucleus, which has a fixed placement.
  const shaped = nucleus.some((u) => u.marks.some((m) => !TONES.has(m)));
  if (shaped || !VARYING_NUCLEI.has(first.base.toLowerCase() + second.base.toLowerCase()))
    return syllable;
  const tone = second.marks.find((m) => TONES.has(m));
  if (tone === undefined) return syllable;
  second.marks = second.marks.filter((m) => m !== tone);
  first.marks.push(tone);
  return list.map((u) => u.base + u.marks.join('')).join('');
}

/**
 * Only a word ending in `o`/`u` + toned `a`/`e`/`y` (NFC) can need the tone moved: with a coda the
 * placement is fixed. Those endings are found first and only their words are analysed, which
 * keeps indexing 10,000 summaries fast.
 */
const OPEN_PAIR_AT_WORD_END = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![\p{L}\p{M}])/gu;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Rewrites `uỷ`, `hoà`, `khoẻ`, `thuỷ` … as `ủy`, `hòa`, `khỏe`, `thủy`; returns NFC. */
export function normalizeTonePlacement(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let copied = 0;
  for (const match of nfc.matchAll(OPEN_PAIR_AT_WORD_END)) {
    const end = match.index + 2;
    let start = match.index;
    while (start > copied && LETTER_OR_MARK.test(nfc[start - 1]!)) start--;
    const word = nfc.slice(start, end);
    out += nfc.slice(copied, start) + placeInSyllable(word.normalize('NFD')).normalize('NFC');
    copied = end;
  }
  return copied === 0 ? nfc : out + nfc.slice(copied);
}
