/**
 * An event's date written out for citations, previews and exports, saying exactly as much as the
 * data knows: `ngày 16/8/2023`, `tháng 8/2023`, `quý I/2019`, `năm 2021`, or the window the event
 * lies in, `khoảng 11/4/2019 – 22/4/2021`. Vietnamese newsrooms write quarters in Roman numerals.
 */
import type { TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

interface Parts {
  y: number;
  /** 1-12, or undefined for a year. */
  m?: number;
  d?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each part only when present. */
function parts(iso: string): Parts {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, ...(m ? { m } : {}), ...(d ? { d } : {}) };
}

/** A bound of a window at its own precision: `11/4/2019`, `4/2019`, `2019` / `11 April 2019`. */
function bound(iso: string, lang: Lang): string {
  const { y, m, d } = parts(iso);
  if (lang === 'vi') return [d, m, y].filter((x) => x !== undefined).join('/');
  const month = m ? EN_MONTHS[m - 1] : undefined;
  return [d, month, y].filter((x) => x !== undefined).join(' ');
}

/** A publication date (`YYYY-MM-DD`): `ngày 11/4/2019` / `11 April 2019`. */
export function dayText(iso: string, lang: Lang): string {
  return lang === 'vi' ? `ngày ${bound(iso, lang)}` : bound(iso, lang);
}

export function eventDateText(
  event: Pick<TimelineEvent, 'date' | 'endDate' | 'precision'>,
  lang: Lang,
): string {
  const { y, m = 1 } = parts(event.date);
  if (event.precision === 'quarter') {
    const q = Math.ceil(m / 3);
    return lang === 'vi' ? `quý ${ROMAN_QUARTERS[q - 1]}/${y}` : `Q${q} ${y}`;
  }
  if (event.endDate) {
    const from = bound(event.date, lang);
    const to = bound(event.endDate, lang);
    return lang === 'vi' ? `khoảng ${from} – ${to}` : `between ${from} and ${to}`;
  }
  switch (event.precision) {
    case 'year':
      return lang === 'vi' ? `năm ${y}` : String(y);
    case 'month':
      return lang === 'vi' ? `tháng ${m}/${y}` : `${EN_MONTHS[m - 1]} ${y}`;
    default:
      return dayText(event.date, lang);
  }
}
