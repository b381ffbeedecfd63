/**
 * Spans of days, as congresses and sessions are reported: `từ ngày 11 đến 13/10`, `từ ngày
 * 11/10/2020 đến ngày 13/10/2020`, `11-13/10`, `trong hai ngày 19 và 20/9`, `ba ngày 11, 12,
 * 13/10`. One mention: the first day, with the last as `endDay`/`endMonth`/`endYear`.
 */
import { checkDay, L, plausibleYear, R, type Reading } from '../mention';
import type { DateRule } from '../rule';

const D = '(\\d{1,2})';
const DM = `${D}(?:[/.-](\\d{1,2}))?(?:[/.-](\\d{4}))?`;

function read(m: RegExpExecArray): Reading | null {
  // Groups: first day, month, year; last day, month, year (the `và`/list form puts the month last).
  const g = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  const [d1, m1, y1, d2, m2, y2] = [g(1), g(2), g(3), g(4), g(5), g(6)];
  if (d1 === undefined || d2 === undefined || m2 === undefined) return null;
  const month = m1 ?? m2;
  const year = y1 ?? y2;
  const endYear = y2 ?? y1;
  if (
    (year !== undefined && !plausibleYear(year)) ||
    (endYear !== undefined && !plausibleYear(endYear))
  )
    return null;
  // The span must run forward within a few weeks: `11-13/10`, not a score or a fraction.
  const first = Date.UTC(year ?? 2000, month - 1, d1);
  const last = Date.UTC(endYear ?? year ?? 2000, m2 - 1, d2);
  if (!(last > first) || last - first > 31 * 86_400_000) return null;
  return {
    kind: 'point',
    precision: 'day',
    day: d1,
    month,
    year,
    endDay: d2,
    endMonth: m2,
    endYear,
    invalid: checkDay(d1, month, year) ?? checkDay(d2, m2, endYear),
  };
}

export const daySpan: DateRule = {
  name: 'day-span',
  guard: (sentence, lower) => /\d[/.-]\d/.test(sentence) && /ngày|\d\s*[-–]\s*\d/u.test(lower),
  pattern: new RegExp(
    // `từ (ngày) 11(/10(/2020)) đến (ngày) 13/10(/2020)`
    `${L}(?:(?:từ\\s+)?ngày\\s+|từ\\s+)${DM}\\s+(?:đến|tới)\\s+(?:ngày\\s+)?${D}[/.-](\\d{1,2})(?:[/.-](\\d{4}))?${R}` +
      // `(hai|ba) ngày 19 và 20/9`, `ngày 11, 12, 13/10`: days listed, the month after the last.
      `|${L}ngày\\s+(\\d{1,2})(?:\\s*,\\s*\\d{1,2})*\\s*(?:,|và)\\s*(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?${R}` +
      // `11-13/10`, but not the minutes of a time before a date (`14:10 - 25/06/2021`).
      `|${L}(?<!\\d\\s*[:h]\\s*)(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?${R}`,
    'giu',
  ),
  read: (m) => {
    if (m[1] !== undefined) return read(m);
    // Re-index the other two alternatives onto the first's groups.
    const list = m[7] !== undefined;
    const [d1, d2, mo, y] = list ? [m[7], m[8], m[9], m[10]] : [m[11], m[12], m[13], m[14]];
    const shaped = [m[0], d1, undefined, undefined, d2, mo, y] as unknown as RegExpExecArray;
    shaped.index = m.index;
    return read(shaped);
  },
  examples: [
    [
      'diễn ra từ ngày 11/10/2020 đến ngày 13/10/2020',
      { day: 11, month: 10, year: 2020, endDay: 13, endMonth: 10 },
    ],
    ['từ ngày 11 đến 13/10', { day: 11, month: 10, endDay: 13, endMonth: 10 }],
    ['Trong hai ngày 19 và 20/9, tại Hà Nội', { day: 19, month: 9, endDay: 20, endMonth: 9 }],
    ['diễn ra trong ba ngày 11, 12, 13/10', { day: 11, month: 10, endDay: 13, endMonth: 10 }],
    ['Đại hội diễn ra 11-13/10/2020', { day: 11, month: 10, year: 2020, endDay: 13, endMonth: 10 }],
    ['từ ngày 30/9 đến ngày 2/10', { day: 30, month: 9, endDay: 2, endMonth: 10 }],
    ['tỷ số 3-2/1', null],
    ['Cập nhật: 14:10 - 25/06/2021', null],
    ['lúc 9h30 - 12/6', null],
    ['từ ngày 13 đến 11/10', null],
  ],
};
