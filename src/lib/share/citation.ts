/**
 * "Cite" on the event card: a citation a journalist can paste or import, in three styles: plain
 * text, Markdown, and CSL-JSON (the format Zotero, Mendeley and other reference managers import).
 * Each names the event and its date at the precision the data knows, every source article with
 * its outlet, headline, author, publication date and address, the event's permalink and the day
 * it was accessed. What the data does not know is left out, never written as "unknown". Every
 * string from the dataset is escaped in the Markdown: a headline is never markup.
 */
import type { Dataset, Source, TimelineEvent } from '../dataset/types';
import { isWebAddress } from '../dataset/web-address';
import { eventTitle } from '../format/event-explanation';
import type { Lang } from '../i18n';
import { dayText, eventDateText } from '../vi/date-text';
import { escapeMarkdown, safeLinkUrl } from './escape';

export type CitationStyle = 'text' | 'markdown' | 'csl';
export const CITATION_STYLES: readonly CitationStyle[] = ['text', 'markdown', 'csl'];

export type Citation = Record<CitationStyle, string>;

export interface CiteOptions {
  /** Absolute link to the event (its preview page or `?event=<id>`). */
  permalink: string;
  /** The day the reader looked at it, `YYYY-MM-DD` (the caller's today: this module is pure). */
  accessed: string;
  /** The timeline's name, cited as the container of the event's page. */
  siteName?: string;
  lang?: Lang;
}

const LABELS = {
  vi: {
    inferred: 'ngày suy luận',
    sources: 'Nguồn',
    published: 'đăng',
    accessed: 'truy cập',
  },
  en: {
    inferred: 'inferred date',
    sources: 'Sources',
    published: 'published',
    accessed: 'accessed',
  },
} as const;

/** The event's sources in order, each article once even when it is quoted twice. */
function sourcesOf(dataset: Dataset, event: TimelineEvent): Source[] {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const ids = [...new Set(event.sources.map((ref) => ref.source))];
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A source's address, only if it is a web link (the contract allows nothing else), with what would
 * end a Markdown destination or split a pasted line percent-encoded.
 */
const sourceUrl = (source: Source) => (isWebAddress(source.url) ? safeLinkUrl(source.url) : null);

/** `Author, “Headline”, Outlet, đăng ngày 11/4/2019, https://…`, unknown parts left out. */
function sourceParts(
  source: Source,
  lang: Lang,
  escape: (s: string) => string,
  link: (headline: string, url: string | null) => string,
): string {
  const labels = LABELS[lang];
  const parts: string[] = [];
  if (source.author) parts.push(escape(source.author));
  parts.push(link(`“${escape(source.title)}”`, sourceUrl(source)));
  if (source.outlet) parts.push(escape(source.outlet));
  if (source.published) {
    const date = `${labels.published} ${dayText(source.published, lang)}`;
    parts.push(source.publishedInferred ? `${date} (${labels.inferred})` : date);
  }
  return parts.join(', ');
}

/** Finds the event by id or by an old id kept in `aliases`; null when neither exists. */
export function findEvent(dataset: Dataset, id: string): TimelineEvent | null {
  const target = Object.hasOwn(dataset.aliases ?? {}, id) ? dataset.aliases![id]! : id;
  return dataset.events.find((e) => e.id === target) ?? null;
}

/** A CSL date: `{"date-parts": [[2023, 8, 16]]}`, as many parts as are known. */
interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}
const dateParts = (iso: string) => iso.split('-').map(Number);
function cslDate(from: string, to?: string, circa = false): CslDate {
  return {
    'date-parts': to ? [dateParts(from), dateParts(to)] : [dateParts(from)],
    ...(circa ? { circa: true } : {}),
  };
}

/** CSL-JSON items (citeproc-js's input schema): the event's page first, then each article. */
function cslItems(
  event: TimelineEvent,
  title: string,
  sources: Source[],
  link: string | null,
  options: CiteOptions,
): object[] {
  const accessed = cslDate(options.accessed);
  const eventItem = {
    id: event.id,
    type: 'webpage',
    title,
    ...(options.siteName ? { 'container-title': options.siteName } : {}),
    // When it happened (CSL's `event-date`); the page itself has no publication date.
    'event-date': cslDate(
      event.date,
      event.precision === 'quarter' ? undefined : event.endDate,
      event.dateInferred,
    ),
    ...(link ? { URL: link } : {}),
    accessed,
  };
  const articles = sources.map((s) => {
    const url = sourceUrl(s);
    return {
      id: s.id,
      type: 'article-newspaper',
      title: s.title,
      ...(s.outlet ? { 'container-title': s.outlet } : {}),
      // Vietnamese names are not "family, given" in the Western order: kept whole, as printed.
      ...(s.author ? { author: [{ literal: s.author }] } : {}),
      ...(s.published ? { issued: cslDate(s.published, undefined, s.publishedInferred) } : {}),
      ...(url ? { URL: url } : {}),
      ...(url ? { accessed } : {}),
      language: 'vi',
    };
  });
  return [eventItem, ...articles];
}

/**
 * Indented JSON with each date's parts on one line (`[[2023, 8, 16]]`), so the preview reads as a
 * record rather than a column of numbers. Only arrays of numbers, and arrays of those, are joined.
 */
function compactDates(json: string): string {
  return json
    .replace(
      /\[\s+(-?\d+(?:,\s+-?\d+)*)\s+\]/g,
      (_, nums: string) => `[${nums.split(/,\s+/).join(', ')}]`,
    )
    .replace(
      /\[\s+(\[[-\d, ]*\](?:,\s+\[[-\d, ]*\])*)\s+\]/g,
      (_, rows: string) => `[${rows.split(/,\s+(?=\[)/).join(', ')}]`,
    );
}

export function citeEvent(
  dataset: Dataset,
  eventId: string,
  options: CiteOptions,
): Citation | null {
  const event = findEvent(dataset, eventId);
  if (!event) return null;
  const lang = options.lang ?? 'vi';
  const labels = LABELS[lang];
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const title = eventTitle(event, (id) => people.get(id), lang);
  const date =
    eventDateText(event, lang, 'citation') + (event.dateInferred ? ` (${labels.inferred})` : '');
  const sources = sourcesOf(dataset, event);
  const link = safeLinkUrl(options.permalink);
  const accessed = `${labels.accessed} ${dayText(options.accessed, lang)}`;
  const plain = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  const site = options.siteName;

  const text = [
    `${plain(title)} (${date})`,
    [site && plain(site), link, accessed].filter(Boolean).join(', '),
    ...(sources.length ? [`${labels.sources}:`] : []),
    ...sources.map(
      (s, i) =>
        `${i + 1}. ${sourceParts(s, lang, plain, (headline, url) => (url ? `${headline}, ${url}` : headline))}`,
    ),
  ].join('\n');

  const markdown = [
    `**${escapeMarkdown(title)}** (${date})`,
    '',
    [site && escapeMarkdown(site), link && `[${escapeMarkdown(link)}](<${link}>)`, accessed]
      .filter(Boolean)
      .join(', '),
    ...(sources.length ? ['', `${labels.sources}:`, ''] : []),
    ...sources.map(
      (s, i) =>
        `${i + 1}. ${sourceParts(s, lang, escapeMarkdown, (headline, url) =>
          url ? `[${headline}](<${url}>)` : headline,
        )}`,
    ),
  ].join('\n');

  const csl = compactDates(JSON.stringify(cslItems(event, title, sources, link, options), null, 2));
  return { text, markdown, csl };
}
