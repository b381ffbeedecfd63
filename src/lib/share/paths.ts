/**
 * Where an event's preview page lives, relative to the app root, and how a site URL turns it into
 * an absolute link. Shared by the build (which writes the pages) and the app (which links to them).
 */

/** `e/<id>/`: one folder per event so the page is served as `index.html` by any static host. */
export function eventPagePath(id: string): string {
  return `e/${encodeURIComponent(id)}/`;
}

/**
 * `path` under the site's root URL (`https://news.example/timeline/`), or `path` itself when no
 * site URL is known: relative links still resolve against the app root.
 */
export function siteLink(siteUrl: string | null | undefined, path: string): string {
  if (!siteUrl) return path;
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path, root).href;
}
