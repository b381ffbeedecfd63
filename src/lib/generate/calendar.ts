/** Day arithmetic on plain day numbers (days since 1970-01-01, UTC): no time zones, no clock. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function ymd(dayNum: number): Ymd {
  const d = new Date(dayNum * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDay(dayNum: number): string {
  return new Date(dayNum * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(dayNum: number): number {
  return new Date(dayNum * MS_PER_DAY).getUTCDay();
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The years every generator spreads its dates over. */
export const FIRST_DAY = dayNumber('2019-01-01');
export const LAST_DAY = dayNumber('2023-12-31');
