/** Dates in words: `ngày 3 tháng 2 năm 2020`, `mùng 2 tháng 9`, `ngày 3 tháng 2, 2020`. */
import { checkDay, L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

export const spelled: DateRule = {
  name: 'spelled',
  guard: (_, lower) => lower.includes('tháng'),
  pattern: new RegExp(
    `${L}(?:ngày|mùng|mồng)\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?${R}`,
    'giu',
  ),
  read: (m) => {
    const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
    if (year !== undefined && !plausibleYear(year)) return null;
    return {
      kind: 'point',
      precision: 'day',
      day,
      month,
      year,
      invalid: checkDay(day, month, year),
    };
  },
  examples: [
    ['ngày 3 tháng 2 năm 2020, Đảng tròn 90 tuổi', { day: 3, month: 2, year: 2020 }],
    ['Mùng 2 tháng 9', { day: 2, month: 9 }],
    ['ngày 30 tháng 2', { day: 30, month: 2, invalid: 'ngày 30/2 không tồn tại' }],
    ['tháng 2 năm 2020', null],
  ],
};
