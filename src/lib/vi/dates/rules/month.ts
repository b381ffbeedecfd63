/** Months: `tháng 3/2021`, `tháng 3 năm 2021`, `tháng 3` (year from context). */
import { L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

export const month: DateRule = {
  name: 'month',
  guard: (_, lower) => lower.includes('tháng'),
  pattern: new RegExp(`${L}tháng\\s+(\\d{1,2})(?:\\s*(?:[/-]|năm)\\s*(\\d{4}))?${R}`, 'giu'),
  read: (m) => {
    const month = Number(m[1]);
    const year = m[2] ? Number(m[2]) : undefined;
    if (month < 1 || month > 12 || (year !== undefined && !plausibleYear(year))) return null;
    return { kind: 'point', precision: 'month', month, year };
  },
  examples: [
    ['trong tháng 3 năm 2021', { precision: 'month', month: 3, year: 2021 }],
    ['cuối tháng 12/2022', { precision: 'month', month: 12, year: 2022 }],
    ['tháng 13', null],
  ],
};
