/**
 * Hostile and broken articles (issue: hardening). The build must terminate on each, in time
 * linear in its size (a catastrophic regular expression would hang here and the test would time
 * out), keep every promise of the dataset, and treat markup as text.
 */
import { placeNamed } from '../vi/places';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIsoPartial, isUrlSafeId } from '../dataset/checks';
import { findAttendance } from './triggers';
import { compileArticles } from './compile';
import { findDateMentions } from '../vi/dates';
import { decodeArticle, InvalidEncodingError } from './decode';
import { findDocumentMentions } from './documents';
import { normalizeArticleText } from './normalize';
import { findGivenNameMentions, findNameMentions } from './people';
import { splitSentences } from './sentences';
import { parseArticle } from './article';

const seed = readFileSync(
  fileURLToPath(new URL('../../../seeds/001_d31d4afc0476f609.txt', import.meta.url)),
  'utf8',
);

function expectSound(text: string) {
  const { dataset } = compileArticles([{ file: 'hostile.txt', text }]);
  const clean = normalizeArticleText(text);
  const ids = new Set<string>();
  for (const e of dataset.events) {
    expect(isUrlSafeId(e.id)).toBe(true);
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(isIsoPartial(e.date)).toBe(true);
    for (const ref of e.sources) expect(clean.includes(ref.quote)).toBe(true);
  }
  return dataset;
}

describe('hostile articles', () => {
  it('a 20 MB article compiles', { timeout: 600_000 }, () => {
    const body = seed.split('\n').slice(5).join('\n');
    const text = `Bài rất dài\n\n${body.repeat(Math.ceil(20e6 / body.length))}`;
    expect(text.length).toBeGreaterThan(20e6);
    const dataset = expectSound(text);
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('one line with no punctuation compiles', { timeout: 60_000 }, () => {
    const words = [
      'Nguyễn',
      'Văn',
      'An',
      'Bí',
      'thư',
      'Thành',
      'ủy',
      'ngày',
      '5/3',
      'hội',
      'nghị',
      'Hà',
      'Nội',
    ];
    expectSound(Array.from({ length: 60_000 }, (_, i) => words[i % words.length]).join(' '));
  });

  it('zero-width and bidirectional controls change nothing', () => {
    const sneaky = seed
      .replace(/ /g, ' \u200B')
      .replace(/Đinh/g, '\u202EĐinh\u202C')
      .replace(/\n/g, '\u2066\n');
    expect(JSON.stringify(compileArticles([{ file: 'a.txt', text: sneaky }]).dataset)).toBe(
      JSON.stringify(compileArticles([{ file: 'a.txt', text: seed }]).dataset),
    );
  });

  it('markup inside sentences stays text, quoted as written', () => {
    const text = `Tiêu đề <img src=x onerror=alert(1)>\n\nNgày 5/3/2021, <script>alert(1)</script> Thành ủy Hà Nội tổ chức hội nghị <b onmouseover="x()">tổng kết</b>.\n\njavascript:alert(1)`;
    const dataset = expectSound(text);
    expect(dataset.events[0]!.sources[0]!.quote).toContain('<script>alert(1)</script>');
    expect(dataset.sources[0]!.author).toBeNull();
  });

  it.each([
    ['deeply repeated dates', 'Ngày 16/8, '.repeat(60_000) + 'Thành ủy tổ chức hội nghị.'],
    [
      '500 document codes in one paragraph',
      `Ngày 2/3/2022, ban hành ${Array.from({ length: 500 }, (_, i) => `Chỉ thị số ${i + 1}-CT/TU ngày 1/2/2022`).join(', ')}.`,
    ],
    [
      'a 200-character name',
      `Ông ${'Nguyễn'.repeat(34)} Văn An, Bí thư Thành ủy, dự hội nghị ngày 5/3/2021.`,
    ],
    [
      'a chain of 5,000 titles',
      `${'Ủy viên Bộ Chính trị, '.repeat(5000)}Đinh Tiến Dũng dự hội nghị ngày 5/3/2021.`,
    ],
    [
      'unbalanced parentheses and quotes',
      `${'('.repeat(20_000)}Đinh Tiến Dũng${'“'.repeat(20_000)} về ${')'.repeat(100)}`,
    ],
    ['a byline of 5,000 names', `\n\n${'Nguyễn Văn - '.repeat(5000)}`],
  ])('%s compiles', { timeout: 60_000 }, (_, text) => {
    expectSound(text);
  });

  it('Windows-1258 text is refused with its byte offset, not misread', () => {
    // "Hà Nội" in Windows-1258: à = 0xE0, ộ = ô (0xF4) + combining dot below (0xF2).
    const bytes = new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);
    expect(() => decodeArticle('cp1258.txt', bytes)).toThrow(InvalidEncodingError);
    expect(() => decodeArticle('cp1258.txt', bytes)).toThrow(
      'cp1258.txt: not valid UTF-8 at byte 1',
    );
  });

  it.each([
    ['truncated sequence', [0x41, 0xe1, 0xbb], 1],
    ['overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['stray continuation', [0x80], 0],
  ])('invalid UTF-8 (%s) is reported at byte %#', (_, bytes, offset) => {
    expect(() => decodeArticle('x.txt', new Uint8Array(bytes))).toThrow(`at byte ${offset}`);
  });
});

// Each pattern family against strings built to make a backtracking engine explode. These finish
// in milliseconds when the patterns are linear; an exponential one would hang the suite.
const adversarial = [
  '1/'.repeat(50_000),
  '1-'.repeat(50_000),
  ' '.repeat(100_000) + 'x',
  '('.repeat(50_000),
  'Aa '.repeat(40_000),
  'ngày '.repeat(30_000),
  'quý I '.repeat(20_000),
  'tháng 1 '.repeat(20_000),
  '1.000 '.repeat(30_000) + 'đại biểu',
  'Chỉ thị số '.repeat(20_000),
  'ông Bà '.repeat(20_000),
  '“'.repeat(50_000) + 'về',
  'Bí thư Thành ủy '.repeat(10_000),
  '24-CT/'.repeat(20_000),
];

describe('every pattern on adversarial input', () => {
  it.each(adversarial.map((s) => [s.slice(0, 12), s] as const))(
    '%j… finishes',
    { timeout: 30_000 },
    (_, s) => {
      findDateMentions(s);
      findDocumentMentions(s, placeNamed('Hà Nội')!);
      findNameMentions(s, placeNamed('Hà Nội')!);
      findGivenNameMentions(s);
      findAttendance(s);
      splitSentences(s, 1);
      parseArticle(s);
    },
  );
});
