import { beforeAll, describe, expect, it } from 'vitest';
import type { Precision } from '../dataset/types';
import { eventDateText, formatShortDay, formatTick, loadEnglishDates } from './date-text';
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

describe('eventDateText in the UI style says no more than the data knows', () => {
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
    expect(eventDateText({ dateInferred: true, ...event }, lang)).toBe(expected);
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

describe('eventDateText in the citation style writes a date with exactly its precision', () => {
  it.each([
    [{ date: '2023-08-16', precision: 'day' }, 'ngày 16/8/2023', '16 August 2023'],
    [{ date: '2023-08', precision: 'month' }, 'tháng 8/2023', 'August 2023'],
    [{ date: '2019-01', endDate: '2019-03-31', precision: 'quarter' }, 'quý I/2019', 'Q1 2019'],
    [{ date: '2020-10', endDate: '2020-12-31', precision: 'quarter' }, 'quý IV/2020', 'Q4 2020'],
    [{ date: '2021', precision: 'year' }, 'năm 2021', '2021'],
    [
      { date: '2019-04-11', endDate: '2021-04-22', precision: 'day' },
      'khoảng 11/4/2019 – 22/4/2021',
      'between 11 April 2019 and 22 April 2021',
    ],
    [
      { date: '2020-03', endDate: '2020-05', precision: 'month' },
      'khoảng 3/2020 – 5/2020',
      'between March 2020 and May 2020',
    ],
  ] as const)('%o → %s / %s', (event, vi, en) => {
    expect(eventDateText({ dateInferred: true, ...event }, 'vi', 'citation')).toBe(vi);
    expect(eventDateText({ dateInferred: true, ...event }, 'en', 'citation')).toBe(en);
  });
});

describe('an event known to run over several days is a span, not a window', () => {
  beforeAll(loadEnglishDates);
  const span = (date: string, endDate: string, precision: Precision = 'day') => ({
    date,
    endDate,
    precision,
    dateInferred: false,
  });
  it.each([
    [span('2020-10-11', '2020-10-13'), '11–13/10/2020', '11–13 October 2020'],
    [span('2020-09-30', '2020-10-02'), '30/9 – 2/10/2020', '30 September – 2 October 2020'],
    [
      span('2019-12-30', '2020-01-02'),
      '30/12/2019 – 2/1/2020',
      '30 December 2019 – 2 January 2020',
    ],
    [span('2020-09', '2020-11', 'month'), 'tháng 9–11/2020', 'September–November 2020'],
    [span('2019', '2021', 'year'), 'năm 2019–2021', '2019–2021'],
  ])('%j → %s / %s', (event, vi, en) => {
    for (const style of ['ui', 'ui-short', 'citation'] as const) {
      expect(eventDateText(event, 'vi', style)).toBe(vi);
      expect(eventDateText(event, 'en', style)).toBe(en);
    }
  });

  it('while an inferred window keeps its “khoảng”, and a quarter stays a quarter', () => {
    const window = { ...span('2020-10-11', '2020-10-13'), dateInferred: true };
    expect(eventDateText(window, 'vi')).toBe('khoảng 11/10/2020 – 13/10/2020');
    expect(eventDateText(window, 'en')).toBe('between 11 Oct 2020 and 13 Oct 2020');
    expect(eventDateText(window, 'vi', 'citation')).toBe('khoảng 11/10/2020 – 13/10/2020');
    expect(eventDateText(window, 'en', 'citation')).toBe(
      'between 11 October 2020 and 13 October 2020',
    );
    const quarter = span('2020-10', '2020-12-31', 'quarter');
    expect(eventDateText(quarter, 'vi')).toBe('quý 4/2020');
    expect(eventDateText(quarter, 'vi', 'citation')).toBe('quý IV/2020');
    expect(eventDateText(quarter, 'en')).toBe('Q4 2020');
  });
});
