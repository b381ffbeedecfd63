/** Quarters: `Quý I/2019`, `quý 2 năm 2020`, `quý III`. */
import { L, plausibleYear, R } from '../mention';
import type { DateRule } from '../rule';

const ROMAN_QUARTER: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

export const quarter: DateRule = {
  name: 'quarter',
  guard: (_, lower) => lower.includes('quý'),
  pattern: new RegExp(`${L}quý\\s+(IV|I{1,3}|[1-4])(?:\\s*(?:[/-]|năm)\\s*(\\d{4}))?${R}`, 'giu'),
  read: (m) => {
    const q = ROMAN_QUARTER[m[1]!.toLowerCase()]!;
    const year = m[2] ? Number(m[2]) : undefined;
    if (year !== undefined && !plausibleYear(year)) return null;
    return { kind: 'point', precision: 'quarter', quarter: q, month: q * 3 - 2, year };
  },
  examples: [
    ['những nhiệm vụ trong Quý I/2019', { precision: 'quarter', quarter: 1, year: 2019 }],
    ['quý 2 năm 2020', { precision: 'quarter', quarter: 2, year: 2020 }],
    ['quý V', null],
  ],
};
