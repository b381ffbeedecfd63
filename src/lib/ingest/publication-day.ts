/**
 * A publication date as inputs write it → `YYYY-MM-DD`, or null when it is no real day.
 *
 * Front matter writes `2021-04-22` (or `22/04/2021`, as Vietnamese papers print it); page
 * metadata writes ISO timestamps (`2021-04-22T09:15:00+07:00`, `2021-04-22T02:15:00Z`). A
 * timestamp with a zone is read in Vietnam's time (UTC+7, no daylight saving): the timeline is
 * of Vietnamese events, and a page that says `2021-04-21T18:30:00Z` was published on the 22nd
 * there. A timestamp without a zone keeps the day it writes.
 */

const VIETNAM_OFFSET_MINUTES = 7 * 60;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/iu;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether year-month-day names a day of the calendar (no 31 April, no 29 February 2021). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function publicationDay(value: string): string | null {
  const text = value.trim();
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    return isRealDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDay(year, month, day)) return null;
  const zone = m[7];
  if (m[4] === undefined || zone === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) return null;
  const zoneMinutes =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(year, month - 1, day, hour, minute) - zoneMinutes * 60_000;
  const local = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}
