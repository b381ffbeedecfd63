import { describe, expect, it } from 'vitest';
import type { Precision } from '../dataset/types';
import { eventSpan, parseIsoLocal } from './time';

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('eventSpan', () => {
  // The spans are memoised per day; they must be what the calendar says, whatever was asked first.
  it('spans each day, month, quarter and year from its local midnight to the next period', () => {
    const cases: [Precision, (y: number, m: number, d: number) => [number, number]][] = [
      ['day', (y, m, d) => [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()]],
      ['month', (y, m) => [new Date(y, m - 1, 1).getTime(), new Date(y, m, 1).getTime()]],
      ['quarter', (y, m) => [new Date(y, m - 1, 1).getTime(), new Date(y, m + 2, 1).getTime()]],
      ['year', (y) => [new Date(y, 0, 1).getTime(), new Date(y + 1, 0, 1).getTime()]],
    ];
    for (const [precision, expected] of cases)
      for (const y of [2019, 2020, 2023])
        for (let m = 1; m <= 12; m++)
          for (const d of [1, 15, 28, new Date(y, m, 0).getDate()]) {
            const date =
              precision === 'year'
                ? `${y}`
                : precision === 'day'
                  ? iso(y, m, d)
                  : iso(y, m, 1).slice(0, 7);
            const [start, end] = expected(y, m, d);
            expect(eventSpan({ date, precision }), `${date} ${precision}`).toEqual({ start, end });
          }
  });

  it('ends a window the day after its last day', () => {
    const span = eventSpan({ date: '2019-04-11', endDate: '2021-04-22', precision: 'day' });
    expect(span).toEqual({
      start: parseIsoLocal('2019-04-11'),
      end: new Date(2021, 3, 23).getTime(),
    });
  });
});
