/** Goals: `đến năm 2030`, `tầm nhìn 2045`, `trước năm 2025`: years aimed at, not happenings. */
import { L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

const WORDS = 'đến|tới|tầm nhìn(?: đến)?|trước';

export const target: DateRule = {
  name: 'target',
  guard: (_, lower) => new RegExp(WORDS).test(lower),
  pattern: new RegExp(`${L}(?:${WORDS})\\s+(?:năm\\s+)?(\\d{4})${R}`, 'giu'),
  read: (m) => {
    const y = Number(m[1]);
    return plausibleYear(y) ? { kind: 'target', precision: 'year', year: y } : null;
  },
  examples: [
    ['mục tiêu đến năm 2030', { kind: 'target', year: 2030 }],
    ['tầm nhìn 2045', { kind: 'target', year: 2045 }],
  ],
};
