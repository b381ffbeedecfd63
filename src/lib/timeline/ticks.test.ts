import { describe, expect, it } from 'vitest';
import { chooseTickLevel, ticksFor } from './ticks';
import { DAY, parseIsoLocal } from './time';

describe('chooseTickLevel picks the finest level whose periods get enough pixels', () => {
  it.each([
    ['five years on a laptop', 5 * 365 * DAY, 1200, 'year'],
    ['two years on a laptop', 2 * 365 * DAY, 1200, 'quarter'],
    ['one year on a laptop', 365 * DAY, 1200, 'month'],
    ['three months on a laptop', 90 * DAY, 1200, 'week'],
    ['ten days on a laptop', 10 * DAY, 1200, 'day'],
    ['one year on a phone', 365 * DAY, 340, 'quarter'],
    ['five years on a phone', 5 * 365 * DAY, 340, 'year'],
  ] as const)('%s → %s', (_, span, width, level) => {
    expect(chooseTickLevel(span, width)).toBe(level);
  });
});

describe('ticksFor', () => {
  it('puts year ticks on 1 January of each year inside the domain', () => {
    const ticks = ticksFor([parseIsoLocal('2019-01-01'), parseIsoLocal('2023-12-31')], 1200);
    expect(ticks.map((t) => new Date(t.at).getFullYear())).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(ticks.every((t) => t.level === 'year')).toBe(true);
  });
  it('puts month ticks on the first of each month', () => {
    const ticks = ticksFor([parseIsoLocal('2021-01-15'), parseIsoLocal('2021-04-15')], 300);
    expect(ticks.map((t) => new Date(t.at).getDate())).toEqual(ticks.map(() => 1));
  });
});
