/**
 * Dates written for people, in the UI language, saying no more than the data knows: a month is
 * "tháng 8/2023", a window across years "khoảng 2019–2021".
 */
import type { TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';
import type { TickLevel } from '../timeline/ticks';
import type { EnglishDates } from './date-en';

let english: EnglishDates | null = null;

/**
 * Loads the English formats (dayjs): the app loads them with the English strings, before it
 * switches to English. Until then an English date is written as its ISO date, which no reader
 * can misread.
 */
export async function loadEnglishDates(): Promise<void> {
  english ??= (await import('./date-en')).englishDates;
}

const parts = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return { y, m, d };
};

/** A known day, e.g. `16 tháng 8, 2023` / `16 August 2023`. */
export function formatDay(iso: string, lang: Lang): string {
  // Vietnamese dates are all numbers: dayjs's Vietnamese locale (names of months and weekdays)
  // would add to the first download without changing a character.
  if (lang === 'vi') {
    const { y, m, d } = parts(iso);
    return `${d} tháng ${m}, ${y}`;
  }
  return english?.day(iso) ?? iso;
}

/** Compact form for names and tooltips: `16/8/2023` / `16 Aug 2023`. */
export function formatShortDay(iso: string, lang: Lang): string {
  const { y, m, d } = parts(iso);
  return lang === 'vi' ? `${d}/${m}/${y}` : (english?.shortDay(iso) ?? iso);
}

/** The date of an event at its precision, or the window it is known to lie in. */
export function formatEventDate(
  event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>,
  lang: Lang,
  short = false,
): string {
  const { y, m } = parts(event.date);
  if (event.endDate && event.precision !== 'quarter') {
    const end = parts(event.endDate);
    if (end.y !== y) return lang === 'vi' ? `khoảng ${y}–${end.y}` : `between ${y} and ${end.y}`;
    const a = formatShortDay(event.date, lang);
    const b = formatShortDay(event.endDate, lang);
    return lang === 'vi' ? `khoảng ${a} – ${b}` : `between ${a} and ${b}`;
  }
  switch (event.precision) {
    case 'year':
      return lang === 'vi' ? `năm ${y}` : String(y);
    case 'quarter':
      return lang === 'vi' ? `quý ${Math.ceil(m / 3)}/${y}` : `Q${Math.ceil(m / 3)} ${y}`;
    case 'month':
      return lang === 'vi' ? `tháng ${m}/${y}` : (english?.month(event.date) ?? event.date);
    default:
      return short ? formatShortDay(event.date, lang) : formatDay(event.date, lang);
  }
}

/** Axis labels: `2021`, `Q2 2021` / `Quý 2/2021`, `Th4 2021` / `Apr 2021`, `16/8` / `16 Aug`. */
export function formatTick(ms: number, level: TickLevel, months: readonly string[]): string {
  const date = new Date(ms);
  const y = date.getFullYear();
  const m = date.getMonth();
  switch (level) {
    case 'year':
      return String(y);
    case 'quarter':
      return `Q${Math.floor(m / 3) + 1} ${y}`;
    case 'month':
      return `${months[m]} ${y}`;
    default:
      return months[0] === 'Th1' ? `${date.getDate()}/${m + 1}` : `${date.getDate()} ${months[m]}`;
  }
}
