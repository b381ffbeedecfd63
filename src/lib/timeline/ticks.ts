/**
 * Axis ticks that adapt to the zoom: years over the whole range, then quarters, months, weeks and
 * days. The interval is picked from how many pixels one period gets, so labels never crowd.
 */
import { timeDay, timeMonday, timeMonth, timeYear, type TimeInterval } from 'd3-time';
import { DAY } from './time';
import type { Domain } from './domain';

export type TickLevel = 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface Tick {
  at: number;
  level: TickLevel;
}

const LEVELS: { level: TickLevel; approx: number; interval: () => TimeInterval | null }[] = [
  { level: 'day', approx: DAY, interval: () => timeDay },
  { level: 'week', approx: 7 * DAY, interval: () => timeMonday },
  { level: 'month', approx: 30.4 * DAY, interval: () => timeMonth },
  { level: 'quarter', approx: 91.3 * DAY, interval: () => timeMonth.every(3) },
  { level: 'year', approx: 365.25 * DAY, interval: () => timeYear },
];

/** Pixels a period needs: one figure for every level, or each level's own (its label's width). */
export type MinPeriod = number | ((level: TickLevel) => number);

/** The finest level whose periods are at least `minPx` wide; years when nothing finer fits. */
export function chooseTickLevel(span: number, width: number, minPx: MinPeriod = 64): TickLevel {
  const pxPerMs = width / span;
  const need = typeof minPx === 'number' ? () => minPx : minPx;
  for (const { level, approx } of LEVELS) if (approx * pxPerMs >= need(level)) return level;
  return 'year';
}

export function ticksFor(domain: Domain, width: number, minPx: MinPeriod = 64): Tick[] {
  const level = chooseTickLevel(domain[1] - domain[0], width, minPx);
  const interval = LEVELS.find((l) => l.level === level)!.interval()!;
  return interval
    .range(new Date(domain[0]), new Date(domain[1] + 1))
    .map((d) => ({ at: d.getTime(), level }));
}
