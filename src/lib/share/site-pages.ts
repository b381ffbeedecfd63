/**
 * Every file the page build writes next to the app: one preview page per event, one per old id
 * kept in `aliases` (same event, canonical link to the current id, so search engines keep one),
 * and the sitemap. Pure: scripts/build-pages.ts reads and writes the files.
 */
import type { Dataset } from '../dataset/types';
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
}

export interface SitePages {
  files: SiteFile[];
  eventPages: number;
  aliasPages: number;
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
    return {
      path: `${eventPagePath(pathId)}index.html`,
      content: renderEventPage(templateHtml, { event, canonicalUrl, siteName }),
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
    eventPages: pages.length,
    aliasPages: aliasPages.length,
  };
}
