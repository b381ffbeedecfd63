/**
 * English date formats, by dayjs: loaded with the English strings (see `loadEnglishDates`), so
 * dayjs is never part of the first download. Vietnamese dates are all numbers and need none of it.
 */
import dayjs from 'dayjs';

export const englishDates = {
  /** `16 August 2023` */
  day: (iso: string) => dayjs(iso).locale('en').format('D MMMM YYYY'),
  /** `16 Aug 2023` */
  shortDay: (iso: string) => dayjs(iso).locale('en').format('D MMM YYYY'),
  /** `August 2023` */
  month: (iso: string) => dayjs(iso).locale('en').format('MMMM YYYY'),
};

export type EnglishDates = typeof englishDates;
