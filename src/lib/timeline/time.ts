/**
 * Event dates as numbers. Dates are calendar days without a time of day, so they are read as local
 * midnight: d3's local-time ticks and dayjs's local formatting then agree on every boundary.
 */
import type { TimelineEvent } from '../dataset/types';

export const DAY = 86_400_000;

// Memoised by the date as written: every event's span is worked out before the first draw, a
// local `Date` costs microseconds (the time zone's rules), and 10,000 events fall on a few
// thousand days.
const starts = new Map<string, number>();
const ends: Record<TimelineEvent['precision'], Map<string, number>> = {
  day: new Map(),
  month: new Map(),
  quarter: new Map(),
  year: new Map(),
};

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as local midnight of its first day, in ms. */
export function parseIsoLocal(iso: string): number {
  let ms = starts.get(iso);
  if (ms === undefined) {
    const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
    ms = new Date(y, m - 1, d).getTime();
    starts.set(iso, ms);
  }
  return ms;
}

/** The first day after the period that `iso` names at `precision`. */
function periodEnd(iso: string, precision: TimelineEvent['precision']): number {
  const known = ends[precision].get(iso);
  if (known !== undefined) return known;
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  const ms =
    precision === 'year'
      ? new Date(y + 1, 0, 1).getTime()
      : precision === 'month'
        ? new Date(y, m, 1).getTime()
        : precision === 'quarter'
          ? new Date(y, m + 2, 1).getTime()
          : new Date(y, m - 1, d + 1).getTime();
  ends[precision].set(iso, ms);
  return ms;
}

export interface EventSpan {
  /** Inclusive start, ms. */
  start: number;
  /** Exclusive end, ms: one day after the last day the event may lie on. */
  end: number;
}

/** The stretch of time an event may occupy: its day, month, quarter or year, or its window. */
export function eventSpan(event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>): EventSpan {
  const start = parseIsoLocal(event.date);
  const end = event.endDate
    ? parseIsoLocal(event.endDate) + DAY
    : periodEnd(event.date, event.precision);
  return { start, end: Math.max(end, start + DAY) };
}

/** True when the event is a window or a coarse date rather than one known day. */
export function isUncertain(span: EventSpan): boolean {
  return span.end - span.start > DAY * 1.5;
}

/** Local calendar day of `ms` as `YYYY-MM-DD`. */
export function toIsoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
