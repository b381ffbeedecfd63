/**
 * The preview page of one event (`dist/e/<id>/index.html`): the built app's own `index.html` with
 * the event's title, date and summary in the tags that chat apps and social sites read, so a
 * pasted link shows a real preview. The page boots the same app, which opens the event named in
 * `<meta name="timeline-event">`. String work only, no DOM: the build runs in Node.
 */
import type { TimelineEvent } from '../dataset/types';
import { eventDateText } from '../vi/date-text';
import { escapeHtml } from './escape';

export interface EventPageInput {
  event: TimelineEvent;
  /** Absolute (`https://news.example/timeline/e/<id>/`) or relative to the app root (`e/<id>/`). */
  canonicalUrl: string;
  siteName: string;
  /** Where the app root is, seen from the page; `../../` for `e/<id>/index.html`. */
  baseHref?: string;
  /** The preview picture (1200×630 PNG), absolute or relative to the app root. */
  image?: { url: string; alt: string };
}

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

export const DESCRIPTION_MAX = 200;

const HEAD_OPEN = /<head(?:\s[^>]*)?>/i;
const HEAD_CLOSE = /<\/head\s*>/i;
// The template's own tags that the page replaces: its title, description, base, canonical link,
// and any social tags (so a template that gains some later does not end up with two of each).
const TITLE = /<title\b[^>]*>[\s\S]*?<\/title\s*>/gi;
const VOID_TAG = /<(?:meta|link|base)\b[^>]*>/gi;
const REPLACED_ATTRIBUTE =
  /\b(?:name\s*=\s*["']?(?:description|timeline-event|twitter:[^"'\s>]*)|property\s*=\s*["']?(?:og|article):|rel\s*=\s*["']?canonical|charset\s*=)|^<base\b/i;

/** Whitespace collapsed, cut at a word boundary to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

// A date that opens a Vietnamese lead, as news copy writes it: `Ngày 16/8,`, `Sáng 8/1,`,
// `Sáng nay (22/4),`, `Ngày 11-4,`, `Chiều 3 tháng 2 năm 2020,`. Day and month are captured.
const LEADING_DATE =
  /^(?:(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+nay)?\s+)?(?:ngày\s+)?\(?(\d{1,2})(?:\s*[/-]\s*|\s+tháng\s+)(\d{1,2})(?:(?:\s*[/-]\s*|\s+năm\s+)\d{4})?\)?\s*[,:]\s*/iu;

/**
 * The summary without the date its lead opens with, when that is the event's own day: the
 * description states the date first, in full, and would otherwise say it twice
 * (`ngày 16/8/2023: Ngày 16/8, …`). A lead that names another day is left whole.
 */
function withoutLeadingDate(summary: string, event: TimelineEvent): string {
  const match = LEADING_DATE.exec(summary.trimStart());
  if (!match || event.precision !== 'day' || event.endDate) return summary;
  const [, month, day] = event.date.split('-').map(Number);
  if (Number(match[1]) !== day || Number(match[2]) !== month) return summary;
  return summary.trimStart().slice(match[0].length);
}

/** `ngày 16/8/2023: đồng chí Đinh Tiến Dũng…`, the date once, at most 200 characters. */
export function eventDescription(event: TimelineEvent): string {
  const summary = withoutLeadingDate(event.summary, event);
  return truncate(`${eventDateText(event, 'vi', 'citation')}: ${summary}`, DESCRIPTION_MAX);
}

function tags(input: EventPageInput): string[] {
  const { event, canonicalUrl, siteName, image } = input;
  const description = eventDescription(event);
  const attr = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${attr(key, name)} ${attr('content', content)} />`;
  return [
    `<base ${attr('href', input.baseHref ?? '../../')} />`,
    // Browsers look for the charset in the first 1024 bytes: it must not follow a long title.
    '<meta charset="UTF-8" />',
    `<title>${escapeHtml(`${event.title} — ${siteName}`)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" ${attr('href', canonicalUrl)} />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', event.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', canonicalUrl),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:locale', 'vi_VN'),
    meta('property', 'article:published_time', event.date),
    ...(image
      ? [
          meta('property', 'og:image', image.url),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(IMAGE_WIDTH)),
          meta('property', 'og:image:height', String(IMAGE_HEIGHT)),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', event.title),
    meta('name', 'twitter:description', description),
    ...(image
      ? [meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt)]
      : []),
    meta('name', 'timeline-event', event.id),
  ];
}

export class TemplateError extends Error {}

/** The template with the event's tags; `<base>` first in `<head>` so relative URLs reach the app. */
export function renderEventPage(templateHtml: string, input: EventPageInput): string {
  const open = HEAD_OPEN.exec(templateHtml);
  const close = HEAD_CLOSE.exec(templateHtml);
  if (!open || !close || close.index < open.index)
    throw new TemplateError('the template has no <head>…</head>');
  const headStart = open.index + open[0].length;
  const head = templateHtml
    .slice(headStart, close.index)
    .replace(TITLE, '')
    .replace(VOID_TAG, (tag) => (REPLACED_ATTRIBUTE.test(tag) ? '' : tag))
    .replace(/^[ \t]*\r?\n/gm, '');
  const indent = '\n    ';
  return (
    templateHtml.slice(0, headStart) +
    indent +
    tags(input).join(indent) +
    (head.startsWith('\n') ? head : `\n${head}`) +
    templateHtml.slice(close.index)
  );
}

/** The template's `<title>`, as text: the site's name for every preview. */
export function templateTitle(templateHtml: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(templateHtml);
  if (!match) return null;
  return match[1]!
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
    )
    .trim();
}

/** A sitemap (sitemaps.org 0.9) listing these URLs in order. */
export function renderSitemap(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
