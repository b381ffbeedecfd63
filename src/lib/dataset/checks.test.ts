import { describe, expect, it } from 'vitest';
import { isIsoDay, isIsoPartial, isUrlSafeId } from './checks';

describe('isIsoDay', () => {
  it.each([
    ['2021-04-22', true],
    ['2020-02-29', true], // a leap year
    ['2000-02-29', true], // divisible by 400
    ['2021-12-31', true],
    ['2021-02-29', false],
    ['1900-02-29', false], // divisible by 100, not 400
    ['2021-04-31', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['2021-1-01x', false],
    ['2021/01/01', false],
    ['2021-01', false],
    ['2021', false],
    ['２０２１-01-01', false], // full-width digits are not ASCII digits
    ['2021-01-0a', false],
    [' 2021-01-1', false],
    ['', false],
    [20210101, false],
    [null, false],
  ])('%j → %s', (value, expected) => expect(isIsoDay(value)).toBe(expected));
});

describe('isIsoPartial', () => {
  it.each([
    ['2021', true],
    ['2021-07', true],
    ['2021-07-31', true],
    ['2021-7', false],
    ['2021-13', false],
    ['2021-00', false],
    ['2021-06-31', false],
    ['202', false],
    ['20211', false],
    ['2021-07-', false],
    ['2021_07', false],
  ])('%j → %s', (value, expected) => expect(isIsoPartial(value)).toBe(expected));

  it('agrees with the calendar on every day of a leap and a common year, and their neighbours', () => {
    for (const year of [2019, 2020]) {
      for (let month = 1; month <= 12; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const real = day >= 1 && date.getUTCMonth() === month - 1;
          expect(isIsoPartial(text), text).toBe(real);
        }
    }
  });
});

describe('isUrlSafeId', () => {
  it.each([
    ['2021-04-22-hoi-nghi', true],
    ['a', true],
    ['-leading-dash', false],
    ['Upper', false],
    ['có-dấu', false],
    ['a'.repeat(200), true],
    ['a'.repeat(201), false],
  ])('%j → %s', (value, expected) => expect(isUrlSafeId(value)).toBe(expected));
});
