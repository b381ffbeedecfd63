/**
 * Dates in figures: `7/8/2023`, `2-10-2020`, `06.10.2020`, a bare `16/8` or `11-4` after a time
 * word (`ngày`, `sáng`, `chiều`) or in parentheses after one (`Sáng nay (22/4)`), and `3/2021`
 * after `tháng`. A part glued to a letter (`24-CT/TU`) or followed by more parts
 * (`30/2020/NĐ-CP`) is a code; two years joined by a dash are a term (see `term.ts`).
 */
import { checkDay, DAY_CONTEXT, L, plausibleYear, type Reading } from '../mention';
import type { DateRule } from '../rule';

function read(m: RegExpExecArray, sentence: string): Reading | null {
  const [a, sep, b, c] = [m[1]!, m[2]!, m[3]!, m[4]];
  const start = m.index;
  const end = start + m[0].length;
  if (c !== undefined) {
    if (a.length > 2 || b.length > 2 || c.length !== 4) return null;
    const [day, month, year] = [Number(a), Number(b), Number(c)];
    if (!plausibleYear(year)) return null;
    return {
      kind: 'point',
      precision: 'day',
      day,
      month,
      year,
      invalid: checkDay(day, month, year),
    };
  }
  if (a.length === 4 && b.length === 4) return null;
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (a.length <= 2 && b.length === 4 && sep !== '.' && /tháng\s*$/iu.test(before)) {
    const month = Number(a);
    if (month < 1 || month > 12) return null;
    return { kind: 'point', precision: 'month', month, year: Number(b) };
  }
  if (a.length > 2 || b.length > 2) return null;
  // A bare d/m is a date only after a time word, or in parentheses right after one.
  const parenthesised = /\(\s*$/.test(before) && sentence[end] === ')';
  if (!DAY_CONTEXT.test(before) && !parenthesised) return null;
  if (sep === '-' && /tháng\s*$/iu.test(before)) return null;
  const [day, month] = [Number(a), Number(b)];
  if (month < 1 || month > 12 || day < 1) return null;
  return { kind: 'point', precision: 'day', day, month, invalid: checkDay(day, month, undefined) };
}

export const numeric: DateRule = {
  name: 'numeric',
  guard: (sentence) => /\d[/.-]\d/.test(sentence),
  pattern: new RegExp(
    `${L}(?<![/.-])(\\d{1,4})([/.-])(\\d{1,4})(?:\\2(\\d{1,4}))?(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}]|\\.\\d)`,
    'gu',
  ),
  read,
  examples: [
    ['Ngày 16/8, đồng chí Dũng chủ trì hội nghị', { precision: 'day', day: 16, month: 8 }],
    ['Ngày 11-4, Ban Chỉ đạo đã họp', { precision: 'day', day: 11, month: 4 }],
    ['ngày 2-10-2020, Đại hội khai mạc', { precision: 'day', day: 2, month: 10, year: 2020 }],
    ['Chỉ thị số 24-CT/TU ngày 7/8/2023', { precision: 'day', day: 7, month: 8, year: 2023 }],
    ['Ngày 25.9, tiếp tục chương trình Đại hội', { precision: 'day', day: 25, month: 9 }],
    ['06.10.2020', { precision: 'day', day: 6, month: 10, year: 2020 }],
    ['Sáng nay (22/4), Ban Thường vụ họp', { precision: 'day', day: 22, month: 4 }],
    ['trong tháng 3/2021', { precision: 'month', month: 3, year: 2021 }],
    ['ngày 31/2', { precision: 'day', day: 31, month: 2, invalid: 'ngày 31/2 không tồn tại' }],
    ['theo Nghị định 30/2020/NĐ-CP', null],
    ['Chỉ thị 24-CT/TU', null],
    ['với 23.041 đại biểu', null],
    ['tăng 3.39 lần', null],
    ['tỷ lệ 3/4 số phiếu', null],
    ['1.000.000 đồng', null],
  ],
};
