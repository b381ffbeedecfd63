/**
 * A point mention → a calendar date. A day written without a year takes the publication year (a
 * day far after publication is last year's: January reports on `28/12` mean the December just
 * past), or, in an article with no publication date, a year the text itself supports
 * (`year-evidence.ts`): the year is then marked inferred.
 */
import type { Precision } from '../../dataset/types';
import { checkDay, daysInMonth, type DateMention } from './mention';

export interface ResolvedDate {
  date: string;
  endDate?: string;
  precision: Precision;
  /** The year came from inference, not from the article's text or publication date. */
  yearInferred: boolean;
}

export interface YearContext {
  /** Publication date `YYYY-MM-DD` when the article prints one. */
  published?: string | null;
  /**
   * For an article with no publication date: the year a day-month written without one takes, by
   * what the text's dated things support (null: nothing supports any year).
   */
  yearFor?: (mention: DateMention) => number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Days between two ISO days (b − a). */
export function dayDiff(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Turns a point mention into a calendar date, taking a missing year from the publication date or
 * the year the text supports. Returns a string reason when the mention cannot be dated.
 */
export function resolveMention(m: DateMention, ctx: YearContext): ResolvedDate | string {
  if (m.kind !== 'point') return 'không phải một mốc thời gian';
  if (m.invalid) return m.invalid;
  const published = ctx.published ?? null;
  if (m.relative) {
    if (!published) return `"${m.text}" nhưng bài không có ngày đăng`;
    return {
      date: m.relative === 'today' ? published : addDays(published, -1),
      precision: 'day',
      yearInferred: false,
    };
  }
  let year = m.year;
  let yearInferred = false;
  if (year === undefined) {
    const supported = published ? null : (ctx.yearFor?.(m) ?? null);
    if (published) year = Number(published.slice(0, 4));
    else if (supported !== null) [year, yearInferred] = [supported, true];
    else return `không xác định được năm của "${m.text}"`;
  }
  switch (m.precision) {
    case 'day': {
      const problem = checkDay(m.day!, m.month!, year);
      if (problem) return problem;
      let date = isoDay(year, m.month!, m.day!);
      let shift = 0;
      if (m.year === undefined && published && dayDiff(published, date) > 60) {
        const previous = checkDay(m.day!, m.month!, year - 1);
        if (previous) return previous;
        date = isoDay(year - 1, m.month!, m.day!);
        shift = -1;
      }
      if (m.endDay === undefined || m.endMonth === undefined)
        return { date, precision: 'day', yearInferred };
      // A span ends in the same year, or the next when it runs over New Year (`30/12 đến 2/1`).
      let endYear = m.endYear ?? year + shift;
      if (m.endYear === undefined && m.endMonth < m.month!) endYear++;
      const endProblem = checkDay(m.endDay, m.endMonth, endYear);
      if (endProblem) return endProblem;
      const endDate = isoDay(endYear, m.endMonth, m.endDay);
      return endDate > date
        ? { date, endDate, precision: 'day', yearInferred }
        : { date, precision: 'day', yearInferred };
    }
    case 'month':
      return { date: `${year}-${pad(m.month!)}`, precision: 'month', yearInferred };
    case 'quarter': {
      const lastMonth = m.quarter! * 3;
      return {
        date: `${year}-${pad(lastMonth - 2)}`,
        endDate: isoDay(year, lastMonth, daysInMonth(year, lastMonth)),
        precision: 'quarter',
        yearInferred,
      };
    }
    case 'year':
      return { date: String(year), precision: 'year', yearInferred };
  }
}
