/**
 * Every file the page build writes next to the app: one preview page per event, one per old id
 * kept in `aliases` (same event, canonical link to the current id, so search engines keep one),
 * and the sitemap. Pure: scripts/build-pages.ts reads and writes the files.
 */
import type { Dataset, TimelineEvent } from '../dataset/types';
import { LANE_NAMES } from '../i18n/lane-names';
import { eventDateText } from '../vi/date-text';
import { renderEventPage, renderSitemap, templateTitle } from './event-page';
import { eventPagePath, siteLink } from './paths';

export interface SiteFile {
  /** Relative to the dist folder, `/`-separated: `e/<id>/index.html`, `sitemap.xml`. */
  path: string;
  content: string;
}

export interface SitePagesOptions {
  /** `https://news.example/timeline/`; null writes links relative to the app root. */
  siteUrl: string | null;
  /** Defaults to the template's `<title>`. */
  siteName?: string;
  /**
   * Which events have a picture of their own (`e/<id>/og.png`); the others show the site's
   * (`og.png`). Without it no page names a picture. The build renders them (scripts/og-images.ts).
   */
  pictured?: (eventId: string) => boolean;
}

/** The site's own picture: the whole timeline, for pages of events without one of their own. */
export const SITE_IMAGE_PATH = 'og.png';

export interface SitePages {
  files: SiteFile[];
  /** The name the pages give the site (the option, or the template's title). */
  siteName: string;
  eventPages: number;
  aliasPages: number;
}

/** What the picture shows, for readers who cannot see it: kind, date, title, the timeline. */
export function imageAlt(event: TimelineEvent): string {
  return `${LANE_NAMES.vi[event.kind]}, ${eventDateText(event, 'vi', 'citation')}: ${event.title} (vị trí của sự kiện trên dòng thời gian)`;
}

/** `e/<id>/og.png`: the picture beside its page. */
export function eventImagePath(id: string): string {
  return `${eventPagePath(id)}og.png`;
}

export function buildSitePages(
  templateHtml: string,
  dataset: Dataset,
  options: SitePagesOptions,
): SitePages {
  const siteName = options.siteName ?? templateTitle(templateHtml) ?? '';
  const page = (pathId: string, eventId: string): SiteFile => {
    const event = dataset.events.find((e) => e.id === eventId)!;
    const canonicalUrl = siteLink(options.siteUrl, eventPagePath(eventId));
    const pictured = options.pictured?.(eventId);
    const image =
      pictured === undefined
        ? undefined
        : pictured
          ? { url: siteLink(options.siteUrl, eventImagePath(eventId)), alt: imageAlt(event) }
          : { url: siteLink(options.siteUrl, SITE_IMAGE_PATH), alt: siteName };
    return {
      path: `${eventPagePath(pathId)}index.html`,
      content: renderEventPage(templateHtml, { event, canonicalUrl, siteName, image }),
    };
  };
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const pages = dataset.events.map((e) => page(e.id, e.id));
  // An old id that is also a current id is the current event's page, never overwritten.
  const aliases = Object.entries(dataset.aliases ?? {}).filter(
    ([from, to]) => !eventIds.has(from) && eventIds.has(to),
  );
  const aliasPages = aliases.map(([from, to]) => page(from, to));
  const sitemap = renderSitemap([
    siteLink(options.siteUrl, '') || './',
    ...dataset.events.map((e) => siteLink(options.siteUrl, eventPagePath(e.id))),
  ]);
  return {
    files: [...pages, ...aliasPages, { path: 'sitemap.xml', content: sitemap }],
    siteName,
    eventPages: pages.length,
    aliasPages: aliasPages.length,
  };
}
