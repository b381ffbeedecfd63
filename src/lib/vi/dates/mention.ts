/**
 * What a date rule finds: a mention of a point in time (a day, a span of days, a month, a quarter,
 * a year), a term (`nhiệm kỳ 2020 - 2025`) or a target (`đến năm 2030`), with its offsets in the
 * sentence, so that a quote or a highlight is always a verbatim slice.
 */
import type { Precision } from '../../dataset/types';

export type DateMentionKind = 'point' | 'term' | 'target';

export interface DateMention {
  kind: DateMentionKind;
  /** Offsets into the sentence: `sentence.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  precision: Precision;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  /** `từ ngày 11 đến 13/10`, `19 và 20/9`: the last day of a span (same year unless `endYear`). */
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  /** `sáng nay`, `hôm nay` (the publication day) and `hôm qua` (the day before). */
  relative?: 'today' | 'yesterday';
  /** `Sáng nay (22/4)`: the explicit date is also the day of writing. */
  isToday?: boolean;
  /** Set when the numbers cannot be a calendar date (`31/2`). */
  invalid?: string;
  /** For terms and periods: first and last year. */
  years?: [number, number];
}

/** What a rule read at a match, before its place in the sentence is added. */
export type Reading = Pick<DateMention, 'kind' | 'precision'> &
  Partial<Omit<DateMention, 'start' | 'end' | 'text' | 'kind' | 'precision'>>;

/**
 * The mention `text` at `start` makes: every field present and in one order, whatever was read.
 * Mentions of one shape keep the many functions that read them fast; mentions of a dozen shapes
 * (a field here, another there) made those reads generic, and sent the functions back to the JIT
 * each time a new shape turned up.
 */
export function mentionAt(start: number, text: string, r: Reading): DateMention {
  return {
    kind: r.kind,
    start,
    end: start + text.length,
    text,
    precision: r.precision,
    year: r.year,
    month: r.month,
    day: r.day,
    quarter: r.quarter,
    endDay: r.endDay,
    endMonth: r.endMonth,
    endYear: r.endYear,
    relative: r.relative,
    isToday: r.isToday,
    invalid: r.invalid,
    years: r.years,
  };
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

/** Why `day/month[/year]` is no calendar day, or undefined when it is one. */
export function checkDay(day: number, month: number, year: number | undefined): string | undefined {
  if (month < 1 || month > 12) return `tháng ${month} không tồn tại`;
  if (day < 1 || day > daysInMonth(year, month))
    return `ngày ${day}/${month}${year ? `/${year}` : ''} không tồn tại`;
  return undefined;
}

// Boundaries of a number or word: nothing alphanumeric glued to it.
export const L = '(?<![\\p{L}\\p{N}])';
export const R = '(?![\\p{L}\\p{N}])';

// Words after which a bare `d/m` is a day: time of day, "ngày", "hôm", prepositions of time.
export const DAY_CONTEXT =
  /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|nay|từ|đến|tới|vào|trước|sau|đầu|cuối|mùng|mồng|chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[,(]?\s*$/iu;
