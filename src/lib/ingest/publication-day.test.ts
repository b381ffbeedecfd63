import { describe, expect, it } from 'vitest';
import { isRealDay, publicationDay } from './publication-day';

describe('publicationDay', () => {
  it.each([
    ['2021-04-22', '2021-04-22'],
    ['22/04/2021', '2021-04-22'],
    ['2/9/2020', '2020-09-02'],
    ['2021-04-22T09:15:00+07:00', '2021-04-22'],
    ['2021-04-22T23:30:00+07:00', '2021-04-22'],
    // Published in the evening in UTC: the next morning in Hanoi.
    ['2021-04-21T18:30:00Z', '2021-04-22'],
    ['2021-04-21T18:30:00.000+0000', '2021-04-22'],
    ['2021-04-22T01:00:00-05:00', '2021-04-22'],
    ['2021-04-22 09:15', '2021-04-22'],
    ['2021-04-22T02:15:00', '2021-04-22'],
  ])('reads %s as %s', (text, day) => expect(publicationDay(text)).toBe(day));

  it.each(['2021-02-30', '31/04/2021', '2021-13-01', 'hôm qua', '', '2021-04-22T25:00:00Z'])(
    'refuses %j, which is no real day',
    (text) => expect(publicationDay(text)).toBeNull(),
  );

  it('knows leap years', () => {
    expect(isRealDay(2020, 2, 29)).toBe(true);
    expect(isRealDay(2021, 2, 29)).toBe(false);
  });
});
