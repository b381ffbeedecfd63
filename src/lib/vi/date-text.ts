/**
 * Dates written for people, saying no more than the data knows, in two styles:
 * - `ui` / `ui-short` (the app, in the UI language): `16 tháng 8, 2023` / `16/8/2023`,
 *   `tháng 8/2023`, `quý 3/2023`, a window across years `khoảng 2019–2021`;
 * - `citation` (citations, previews, exports): `ngày 16/8/2023`, `tháng 8/2023`, `quý I/2019`
 *   (Vietnamese newsrooms write quarters in Roman numerals), `khoảng 11/4/2019 – 22/4/2021`.
 *
 * In both, an event known to run over several days (an `endDate` that was not inferred: a
 * congress from 11 to 13/10/2020) is a span, `11–13/10/2020` / `11–13 October 2020`; only an
 * inferred window is `khoảng … – …` / `between … and …`.
 */
import type { TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';
import type { TickLevel } from '../timeline/ticks';
import type { EnglishDates } from './date-en';

let english: EnglishDates | null = null;

/**
 * Loads the English UI formats (dayjs): the app loads them with the English strings, before it
 * switches to English. Until then an English UI date is written as its ISO date, which no reader
 * can misread.
 */
export async function loadEnglishDates(): Promise<void> {
  english ??= (await import('./date-en')).englishDates;
}

/** `October`: the English month names, in the browser's own words (no list to download). */
const enMonth = (m: number) => new Date(2000, m - 1).toLocaleString('en', { month: 'long' });
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: month (1-12) and day only when present. */
const parts = (iso: string) => {
  const [y = 0, m, d] = iso.split('-').map(Number);
  return { y, m, d };
};

/** A known day, e.g. `16 tháng 8, 2023` / `16 August 2023`. */
export function formatDay(iso: string, lang: Lang): string {
  // Vietnamese dates are all numbers: dayjs's Vietnamese locale (names of months and weekdays)
  // would add to the first download without changing a character.
  if (lang === 'vi') {
    const { y, m = 1, d = 1 } = parts(iso);
    return `${d} tháng ${m}, ${y}`;
  }
  return english?.day(iso) ?? iso;
}

/** Compact form for names and tooltips: `16/8/2023` / `16 Aug 2023`. */
export function formatShortDay(iso: string, lang: Lang): string {
  const { y, m = 1, d = 1 } = parts(iso);
  return lang === 'vi' ? `${d}/${m}/${y}` : (english?.shortDay(iso) ?? iso);
}

/** A date at its own precision, as parts: `[11, 4, 2019]`, `[4, 2019]` / `[11, 'April', 2019]`. */
function boundParts(iso: string, lang: Lang): (string | number)[] {
  const { y, m, d } = parts(iso);
  return [d, m && (lang === 'vi' ? m : enMonth(m)), y].filter((x) => x !== undefined);
}
const sepOf = (lang: Lang) => (lang === 'vi' ? '/' : ' ');
/** A date at its own precision: `11/4/2019`, `4/2019`, `2019` / `11 April 2019`. */
const bound = (iso: string, lang: Lang) => boundParts(iso, lang).join(sepOf(lang));

/** A publication date (`YYYY-MM-DD`), citation style: `ngày 11/4/2019` / `11 April 2019`. */
export function dayText(iso: string, lang: Lang): string {
  return lang === 'vi' ? `ngày ${bound(iso, lang)}` : bound(iso, lang);
}

/**
 * A span, what its ends share written once: `11–13/10/2020`, `30/9 – 2/10/2020`,
 * `30/12/2019 – 2/1/2020`, `tháng 9–11/2020` / `11–13 October 2020`, `30 September – 2 October 2020`.
 */
function spanText(from: string, to: string, lang: Lang): string {
  const sep = sepOf(lang);
  const a = boundParts(from, lang);
  const b = boundParts(to, lang);
  const tail: (string | number)[] = [];
  while (a.length > 1 && a.length === b.length && a.at(-1) === b.at(-1)) {
    tail.unshift(a.pop()!);
    b.pop();
  }
  const ends = a.length + b.length > 2 ? `${a.join(sep)} – ${b.join(sep)}` : `${a[0]}–${b[0]}`;
  const text = [ends, ...tail].join(sep);
  // A span of months or years reads as one in Vietnamese only with its word.
  return lang === 'vi' && !parts(from).d ? `${parts(from).m ? 'tháng' : 'năm'} ${text}` : text;
}

export type DateStyle = 'ui' | 'ui-short' | 'citation';

/** The date of an event at its precision, the span it runs over, or the window it lies in. */
export function eventDateText(
  event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision' | 'dateInferred'>,
  lang: Lang,
  style: DateStyle = 'ui',
): string {
  const vi = lang === 'vi';
  const citation = style === 'citation';
  const { y, m = 1 } = parts(event.date);
  const { endDate } = event;
  if (event.precision === 'quarter') {
    const q = Math.ceil(m / 3);
    return vi ? `quý ${citation ? ROMAN_QUARTERS[q - 1] : q}/${y}` : `Q${q} ${y}`;
  }
  if (endDate) {
    if (!event.dateInferred) return spanText(event.date, endDate, lang);
    let from = bound(event.date, lang);
    let to = bound(endDate, lang);
    if (!citation) {
      // The app says less of a window: its years when it crosses one, its days as short dates.
      const end = parts(endDate).y;
      if (end !== y) return vi ? `khoảng ${y}–${end}` : `between ${y} and ${end}`;
      from = formatShortDay(event.date, lang);
      to = formatShortDay(endDate, lang);
    }
    return vi ? `khoảng ${from} – ${to}` : `between ${from} and ${to}`;
  }
  switch (event.precision) {
    case 'year':
      return vi ? `năm ${y}` : String(y);
    case 'month':
      return vi
        ? `tháng ${m}/${y}`
        : citation
          ? `${enMonth(m)} ${y}`
          : (english?.month(event.date) ?? event.date);
    default:
      return citation
        ? dayText(event.date, lang)
        : style === 'ui-short'
          ? formatShortDay(event.date, lang)
          : formatDay(event.date, lang);
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
