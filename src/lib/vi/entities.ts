/**
 * HTML entity decoding for article text that reached us half-escaped (`Th&agrave;nh ủy`,
 * `&#7911;`). Pure string work: no DOM parser, so it runs in Node, a worker and the build alike.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
  middot: '·',
  dstrok: 'đ',
  Dstrok: 'Đ',
};

// Latin-1 accented vowels as HTML names them (`agrave`, `Ocirc`): the ones older Vietnamese CMSs
// emit. Built from letter × mark instead of listed, so no entry can be mistyped.
const MARKS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
};
for (const letter of 'aeiouyAEIOUY') {
  for (const [name, mark] of Object.entries(MARKS)) {
    const composed = (letter + mark).normalize('NFC');
    if (composed.length === 1) NAMED[letter + name] = composed;
  }
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number, original: string): string {
  // Surrogates, NUL and out-of-range values would produce broken strings: keep the text as is.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return original;
  return String.fromCodePoint(code);
}

/** Decodes named (common ones) and numeric HTML entities; unknown names are left untouched. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10), whole);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), whole);
    return (name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? whole;
  });
}
