/**
 * Terms and periods: `nhiệm kỳ 2020 - 2025`, `giai đoạn 2016-2020`, `khóa 2021–2026`, or two years
 * joined by a dash. Not a happening's date; a bound on when the text was written.
 */
import { L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

export const term: DateRule = {
  name: 'term',
  guard: (sentence) => /\d{4}\s*[-–—]\s*\d{4}/.test(sentence),
  pattern: new RegExp(
    `${L}(?:(?:nhiệm kỳ|giai đoạn|thời kỳ|khóa|khoá)\\s+)?(\\d{4})\\s*[-–—]\\s*(\\d{4})${R}`,
    'giu',
  ),
  read: (m) => {
    const years: [number, number] = [Number(m[1]), Number(m[2])];
    return plausibleYear(years[0]) && years[1] >= years[0]
      ? { kind: 'term', precision: 'year', years }
      : null;
  },
  examples: [
    ['Đại hội Đảng bộ nhiệm kỳ 2020 - 2025', { kind: 'term', years: [2020, 2025] }],
    ['giai đoạn 2016-2020', { kind: 'term', years: [2016, 2020] }],
    ['nhiệm kỳ 2021-1026', null],
  ],
};
