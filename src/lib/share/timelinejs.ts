/**
 * Export in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), so a
 * newsroom can move the timeline into Knight Lab's tool. TimelineJS renders `headline` and `text`
 * as HTML, so every string from the dataset is escaped here and `autolink` is off: the only links
 * are the ones we write.
 */
import type { Dataset, Source, TimelineEvent } from '../dataset/types';
import { isWebAddress } from '../dataset/web-address';
import type { Lang } from '../i18n';
import { editorialLine } from '../format/editorial';
import { eventDateText } from '../vi/date-text';
import { escapeHtml, safeLinkUrl } from './escape';
import { LANE_NAMES } from '../i18n/lane-names';
import { eventPagePath, siteLink } from './paths';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** Shown instead of the dates, so a quarter reads `quý I/2019`, not `January 2019 – March 2019`. */
  display_date: string;
  text: TimelineJsText;
  group: string;
  unique_id: string;
  autolink: false;
}

export interface TimelineJsData {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  lang?: Lang;
  /** Plain text; escaped like the rest. */
  title?: { headline: string; text?: string };
  /** Adds a link to each event's page (`https://news.example/timeline/`). */
  siteUrl?: string | null;
}

// TimelineJS groups are the lanes: the same names as on screen.
const GROUPS = LANE_NAMES;
const LABELS = {
  vi: { sources: 'Nguồn', link: 'Xem trên dòng thời gian' },
  en: { sources: 'Sources', link: 'View on the timeline' },
} as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a TimelineJS date with only the known parts. */
export function toTimelineJsDate(iso: string): TimelineJsDate {
  const [year = 0, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** A source as a slide names it: its headline (and outlet), linked to the original article. */
function sourceHtml(source: Source): string {
  const name = `“${escapeHtml(source.outlet ? `${source.title} (${source.outlet})` : source.title)}”`;
  const url = source.url && isWebAddress(source.url) ? safeLinkUrl(source.url) : null;
  return url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
}

function slide(
  event: TimelineEvent,
  /** Source id → how a slide names it (HTML). */
  sourceTitles: Map<string, string>,
  lang: Lang,
  siteUrl: string | null | undefined,
): TimelineJsSlide {
  const sources = [...new Set(event.sources.map((ref) => ref.source))].flatMap(
    (id) => sourceTitles.get(id) ?? [],
  );
  const link = siteUrl ? safeLinkUrl(siteLink(siteUrl, eventPagePath(event.id))) : null;
  const html = [
    `<p>${escapeHtml(event.summary)}</p>`,
    ...(sources.length ? [`<p>${LABELS[lang].sources}: ${sources.join('; ')}</p>`] : []),
    // Whether an editor checked the event, in the words the app's card uses (issue 17).
    `<p>${escapeHtml(editorialLine(event, lang))}</p>`,
    ...(link ? [`<p><a href="${escapeHtml(link)}">${LABELS[lang].link}</a></p>`] : []),
  ].join('');
  return {
    start_date: toTimelineJsDate(event.date),
    ...(event.endDate ? { end_date: toTimelineJsDate(event.endDate) } : {}),
    display_date: escapeHtml(eventDateText(event, lang, 'citation')),
    text: { headline: escapeHtml(event.title), text: html },
    group: GROUPS[lang][event.kind],
    unique_id: event.id,
    autolink: false,
  };
}

export function datasetToTimelineJs(
  dataset: Dataset,
  options: TimelineJsOptions = {},
): TimelineJsData {
  const lang = options.lang ?? 'vi';
  const sourceTitles = new Map(dataset.sources.map((s) => [s.id, sourceHtml(s)]));
  const events = dataset.events.map((e) => slide(e, sourceTitles, lang, options.siteUrl));
  if (!options.title) return { events };
  const { headline, text = '' } = options.title;
  return {
    title: { text: { headline: escapeHtml(headline), text: `<p>${escapeHtml(text)}</p>` } },
    events,
  };
}
