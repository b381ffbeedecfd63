import { beforeAll, describe, expect, it } from 'vitest';
import { formatEventDate, formatShortDay, formatTick, loadEnglishDates } from './date';
import { splitHighlights } from './highlight';
import { vi } from '../i18n/vi';
import { en } from '../i18n/en';
import { parseIsoLocal } from '../timeline/time';

describe('English dates', () => {
  // Runs first: English is not loaded yet in this file.
  it('are written as ISO dates until their formats have loaded, then in words', async () => {
    expect(formatShortDay('2023-08-16', 'en')).toBe('2023-08-16');
    expect(formatShortDay('2023-08-16', 'vi')).toBe('16/8/2023');
    await loadEnglishDates();
    expect(formatShortDay('2023-08-16', 'en')).toBe('16 Aug 2023');
  });
});

describe('formatEventDate says no more than the data knows', () => {
  beforeAll(loadEnglishDates);
  it.each([
    [{ date: '2023-08-16', precision: 'day' }, 'vi', '16 tháng 8, 2023'],
    [{ date: '2023-08-16', precision: 'day' }, 'en', '16 August 2023'],
    [{ date: '2023-08', precision: 'month' }, 'vi', 'tháng 8/2023'],
    [{ date: '2023-08', precision: 'month' }, 'en', 'August 2023'],
    [{ date: '2023-07', endDate: '2023-09-30', precision: 'quarter' }, 'vi', 'quý 3/2023'],
    [{ date: '2021', precision: 'year' }, 'vi', 'năm 2021'],
    [{ date: '2019-04-11', endDate: '2021-04-22', precision: 'day' }, 'vi', 'khoảng 2019–2021'],
    [
      { date: '2019-04-11', endDate: '2021-04-22', precision: 'day' },
      'en',
      'between 2019 and 2021',
    ],
    [
      { date: '2023-08-07', endDate: '2023-08-14', precision: 'day' },
      'vi',
      'khoảng 7/8/2023 – 14/8/2023',
    ],
  ] as const)('%j in %s → %s', (event, lang, expected) => {
    expect(formatEventDate(event, lang)).toBe(expected);
  });
});

describe('formatTick', () => {
  it.each([
    ['2021-04-01', 'month', vi.months, 'Th4 2021'],
    ['2021-04-01', 'month', en.months, 'Apr 2021'],
    ['2021-01-01', 'year', vi.months, '2021'],
    ['2021-07-01', 'quarter', en.months, 'Q3 2021'],
    ['2021-08-16', 'day', vi.months, '16/8'],
    ['2021-08-16', 'day', en.months, '16 Aug'],
  ] as const)('%s at %s → %s', (iso, level, months, expected) => {
    expect(formatTick(parseIsoLocal(iso), level, months)).toBe(expected);
  });
});

describe('splitHighlights', () => {
  it.each([
    ['no highlights', 'abc', [], [['abc', false]]],
    [
      'one in the middle',
      'với 649 điểm cầu',
      ['649 điểm cầu'],
      [
        ['với ', false],
        ['649 điểm cầu', true],
      ],
    ],
    [
      'overlapping ones merge',
      'abcdef',
      ['bcd', 'cde'],
      [
        ['a', false],
        ['bcd', true],
        ['e', true],
        ['f', false],
      ],
    ],
    [
      'markup stays text',
      '<b>x</b>',
      ['x'],
      [
        ['<b>', false],
        ['x', true],
        ['</b>', false],
      ],
    ],
  ] as const)('%s', (_, text, needles, expected) => {
    expect(splitHighlights(text, needles).map((p) => [p.text, p.hit])).toEqual(expected);
  });
});
