/**
 * The sentences the app writes about an event, composed from its structured fields in the reader's
 * language: why an inferred date is what it is (`dateReason`), and what a change of office was
 * (`office`, `fromPerson`, `toPerson`, `change`, `sanction`, dates). The compiler writes the same
 * in Vietnamese (`dateBasis`, and the title and summary of a leadership event); under English those
 * would be the only Vietnamese left that is not article text, a name or the title of an office or
 * a document, so English is always composed here. Vietnamese keeps the compiler's words where it
 * has them (an editor may have corrected them) and is composed only where it has none.
 */
import type { TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';
import { dayText, eventDateText } from '../vi/date-text';

/** A person's name by id; undefined when the dataset has no such person. */
export type NameOf = (id: string) => string | undefined;

type Explained = Pick<
  TimelineEvent,
  | 'kind'
  | 'date'
  | 'endDate'
  | 'precision'
  | 'dateInferred'
  | 'dateBasis'
  | 'dateReason'
  | 'title'
  | 'office'
  | 'fromPerson'
  | 'toPerson'
  | 'change'
  | 'sanction'
>;

/** `11/4/2019` / `11 April 2019`: a day inside a sentence (no `ngày` before it). */
function day(iso: string, lang: Lang): string {
  return lang === 'vi' ? dayText(iso, lang).replace(/^ngày /, '') : dayText(iso, lang);
}

/**
 * Why the event's date is inferred, in `lang`; null when the date is not inferred. Never empty:
 * without a reason in the data, English says only that the date was inferred.
 */
export function dateReasonText(event: Explained, names: NameOf, lang: Lang): string | null {
  if (!event.dateInferred) return null;
  if (lang === 'vi' && event.dateBasis) return event.dateBasis;
  const reason =
    event.dateReason ??
    // Version 1 data (and the compiler until it writes `dateReason`): a leadership change dated
    // by a window says so in its dates.
    (event.kind === 'leadership' && event.endDate
      ? { kind: 'window' as const, from: event.date, to: event.endDate }
      : null);
  if (!reason)
    return lang === 'vi'
      ? 'Bài không nêu rõ thời điểm này; ngày được suy ra từ nội dung bài.'
      : 'The articles do not state this date; it was inferred from their text.';
  switch (reason.kind) {
    case 'publication-day':
      return lang === 'vi'
        ? `Bài không nêu ngày diễn ra; lấy theo ngày đăng ${day(reason.published, lang)}, sự kiện diễn ra trong hoặc ngay trước ngày này.`
        : `The article does not say when this happened; its publication day, ${day(reason.published, lang)}, stands in: the event took place on that day or shortly before.`;
    case 'year-from-text':
      return lang === 'vi'
        ? `Bài nêu ngày và tháng nhưng không nêu năm; năm ${reason.year} là năm các mốc khác trong bài cùng chỉ tới.`
        : `The article gives the day and month but not the year; ${reason.year} is the year its other dates point to.`;
    case 'window': {
      const [from, to] = [day(reason.from, lang), day(reason.to, lang)];
      const [before, after] = [
        event.fromPerson && names(event.fromPerson),
        event.toPerson && names(event.toPerson),
      ];
      if (event.office && before && after)
        return lang === 'vi'
          ? `Ngày thay đổi không được nêu: bài ngày ${from} còn ghi ${before} là ${event.office}, bài ngày ${to} đã ghi ${after}. Thay đổi diễn ra trong khoảng này.`
          : `The change is not dated: an article of ${from} still names ${before} as ${event.office}; one of ${to} names ${after}. It happened in between.`;
      return lang === 'vi'
        ? `Ngày không được nêu; sự việc diễn ra trong khoảng ${from} – ${to}.`
        : `The date is not given; it lies between ${from} and ${to}.`;
    }
  }
}

/** `on 16 August 2023`, `in August 2023`, `between 11 April 2019 and 22 April 2021`. */
function whenEn(event: Explained): string {
  const text = eventDateText(event, 'en', 'citation');
  if (event.endDate && event.precision !== 'quarter') return text;
  return event.precision === 'day' ? `on ${text}` : `in ${text}`;
}

const SANCTION_EN = {
  reprimand: (who: string) => `${who} reprimanded`,
  warning: (who: string) => `${who} given a warning`,
  removal: (who: string, office?: string) =>
    office ? `${who} removed from office as ${office}` : `${who} removed from office`,
  expulsion: (who: string) => `${who} expelled from the Party`,
  'expulsion-proposed': (who: string) => `Expulsion of ${who} from the Party proposed`,
} as const;

/** The English headline of a change of office: `Đinh Tiến Dũng succeeds Hoàng Trung Hải as …`. */
function leadershipHeadlineEn(event: Explained, names: NameOf): string | null {
  const office = event.office;
  const from = event.fromPerson ? names(event.fromPerson) : undefined;
  const to = event.toPerson ? names(event.toPerson) : undefined;
  const as = office ? ` as ${office}` : '';
  switch (event.change) {
    case 'succession':
      if (to && from) return `${to} succeeds ${from}${as}`;
      if (to) return `${to} takes office${as}`;
      return from ? `${from} leaves office${as}` : null;
    case 'appointment':
      return to ? `${to} appointed${as}` : null;
    case 'election':
      return to ? `${to} elected${as}` : null;
    case 'assignment':
      return to ? `${to} assigned${as}` : null;
    case 'suspension':
      return from || to
        ? `${from ?? to} suspended${office ? ` from duty as ${office}` : ''}`
        : null;
    case 'dismissal':
      return from || to ? `${from ?? to} relieved of office${as}` : null;
    case 'discipline': {
      const who = from ?? to;
      if (!who) return null;
      return event.sanction ? SANCTION_EN[event.sanction](who, office) : `${who} disciplined`;
    }
    default:
      return to && office ? `${to}${as}` : null;
  }
}

/** The event's title in `lang`: a leadership change's composed in English, any other as written. */
export function eventTitle(event: Explained, names: NameOf, lang: Lang): string {
  if (lang === 'en' && event.kind === 'leadership')
    return leadershipHeadlineEn(event, names) ?? event.title;
  return event.title;
}

/**
 * A leadership change's summary in English, or null for another kind of event or in Vietnamese
 * (whose summary is the data's own): the headline, then who held the office before, and when.
 */
export function leadershipSummary(event: Explained, names: NameOf, lang: Lang): string | null {
  if (lang !== 'en' || event.kind !== 'leadership') return null;
  const headline = leadershipHeadlineEn(event, names);
  if (!headline) return null;
  const from = event.fromPerson ? names(event.fromPerson) : undefined;
  const succeeding =
    from && event.toPerson && event.change !== 'succession' && event.change !== 'discipline'
      ? `, succeeding ${from}`
      : '';
  return `${headline}${succeeding}, ${whenEn(event)}.`;
}
