/**
 * For arbitrary text the compiler terminates, and everything it emits keeps the dataset's
 * promises: valid dates inside the range, quotes that are slices of their source, URL-safe
 * unique ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoPartial, isUrlSafeId } from '../dataset/checks';
import { compileArticles } from './compile';
import { normalizeArticleText } from './normalize';

// Text made of the pieces Vietnamese news is made of, shuffled: dates, codes, titles, names.
const pieces = fc.constantFrom(
  'Ngày 16/8, ',
  'Sáng 8/1',
  'ngày 31/2',
  'ngày 7/8/2023',
  'Quý I/2019',
  'tháng 3/2021',
  'năm 2021',
  'nhiệm kỳ 2020 - 2025',
  'Chỉ thị số 24-CT/TU',
  'Kế hoạch 171-KH/TU',
  '30/2020/NĐ-CP',
  'hội nghị',
  'ban hành',
  'được bầu giữ chức',
  'Bí thư Thành ủy Hà Nội',
  'Đinh Tiến Dũng',
  'ông Dũng',
  ', ',
  '. ',
  '\n',
  '\n\n',
  '“',
  '”',
  '(',
  ')',
  'Tin cùng chuyên mục',
  'đình chỉ công tác',
  '649 điểm cầu',
  'với',
);
const articleText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(' ')),
);

describe('the compiler on arbitrary text (property)', () => {
  it('terminates and keeps every promise of the dataset', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 4 }), (texts) => {
        const articles = texts.map((text, i) => ({ file: `a${i}.txt`, text }));
        const { dataset } = compileArticles(articles);
        const ids = dataset.events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of dataset.events) {
          expect(isUrlSafeId(e.id)).toBe(true);
          expect(isIsoPartial(e.date)).toBe(true);
          expect(e.date >= '2019' && e.date <= '2023-12-31').toBe(true);
          for (const ref of e.sources) {
            const i = Number(dataset.sources.find((s) => s.id === ref.source)!.file.slice(1, -4));
            expect(normalizeArticleText(texts[i]!)).toContain(ref.quote);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
