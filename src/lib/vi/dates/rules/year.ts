/** Years: `năm 2021`. (`năm 2030` after `đến` is a target: `target.ts`.) */
import { L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

export const year: DateRule = {
  name: 'year',
  guard: (_, lower) => lower.includes('năm'),
  pattern: new RegExp(`${L}năm\\s+(\\d{4})${R}`, 'giu'),
  read: (m) => {
    const y = Number(m[1]);
    return plausibleYear(y) ? { kind: 'point', precision: 'year', year: y } : null;
  },
  examples: [
    ['trọng tâm của năm 2021', { precision: 'year', year: 2021 }],
    ['năm 20211', null],
  ],
};
