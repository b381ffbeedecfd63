/**
 * "Cite" on the event card: a citation a journalist can paste, as plain text and as Markdown. It
 * names the event, its date at the precision the data knows, each source article and the
 * permalink. Every string from the dataset is escaped in the Markdown: a headline is never markup.
 */
import type { Dataset, Source, TimelineEvent } from '../dataset/types';
import type { Lang } from '../i18n';
import { dayText, eventDateText } from './date-text';
import { escapeMarkdown, safeLinkUrl } from './escape';

export interface Citation {
  text: string;
  markdown: string;
}

export interface CiteOptions {
  /** Absolute link to the event (its preview page or `?event=<id>`). */
  permalink: string;
  lang?: Lang;
}

const LABELS = {
  vi: { inferred: 'ngày suy luận', sources: 'Nguồn', link: 'Xem', published: 'đăng' },
  en: { inferred: 'inferred date', sources: 'Sources', link: 'View', published: 'published' },
} as const;

/** The event's sources in order, each article once even when it is quoted twice. */
function sourcesOf(dataset: Dataset, event: TimelineEvent): Source[] {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const ids = [...new Set(event.sources.map((ref) => ref.source))];
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** `Author, “Headline”, Outlet, ngày 11/4/2019`, missing parts left out. */
function sourceParts(source: Source, lang: Lang, escape: (s: string) => string): string {
  const labels = LABELS[lang];
  const parts: string[] = [];
  if (source.author) parts.push(escape(source.author));
  parts.push(`“${escape(source.title)}”`);
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

export function citeEvent(
  dataset: Dataset,
  eventId: string,
  options: CiteOptions,
): Citation | null {
  const event = findEvent(dataset, eventId);
  if (!event) return null;
  const lang = options.lang ?? 'vi';
  const labels = LABELS[lang];
  const date = eventDateText(event, lang) + (event.dateInferred ? ` (${labels.inferred})` : '');
  const sources = sourcesOf(dataset, event);
  const link = safeLinkUrl(options.permalink);
  const plain = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');

  const text = [
    `${plain(event.title)} (${date})`,
    ...(sources.length ? [`${labels.sources}:`] : []),
    ...sources.map((s, i) => `${i + 1}. ${sourceParts(s, lang, plain)}`),
    ...(link ? [link] : []),
  ].join('\n');

  const markdown = [
    `**${escapeMarkdown(event.title)}** (${date})`,
    ...(sources.length ? ['', `${labels.sources}:`, ''] : []),
    ...sources.map((s, i) => `${i + 1}. ${sourceParts(s, lang, escapeMarkdown)}`),
    ...(link ? ['', `${labels.link}: [${escapeMarkdown(link)}](<${link}>)`] : []),
  ].join('\n');

  return { text, markdown };
}
