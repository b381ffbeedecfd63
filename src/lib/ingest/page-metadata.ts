/**
 * What a saved page says about itself → the article's hints (`ArticleHints`), page metadata
 * first: it is written by the newsroom's CMS for search engines and link previews, so it is more
 * reliable than anything read from the text. Best source first for each field:
 *
 * - url: `<link rel="canonical">`, `og:url`, JSON-LD `mainEntityOfPage` / `url`;
 * - title: JSON-LD `headline`, `og:title`, the title Readability found;
 * - published: JSON-LD `datePublished`, `article:published_time`, `<meta itemprop=datePublished>`,
 *   the first `<time datetime>` of the page;
 * - author: JSON-LD `author`, `<meta name="author">`, `article:author` (when it is a name);
 * - outlet: JSON-LD `publisher`, `og:site_name`.
 *
 * The page's DOM is read on the Node side (scripts/read-page.ts); this module only decides, so it
 * is tested without one.
 */
import type { ArticleHints } from '../extract/article';
import type { Warning } from '../extract/warnings';
import { isWebAddress } from '../dataset/web-address';
import { publicationDay } from './publication-day';

/** The page's metadata as its markup writes it, each with the 1-based line it sits on. */
export interface PageMetadata {
  canonical: { href: string; line: number } | null;
  /** `<meta>` tags with a `property`, `name` or `itemprop` (lower-cased) and a `content`. */
  meta: { key: string; content: string; line: number }[];
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: { text: string; line: number }[];
  /** `<time datetime>` values in document order. */
  times: { datetime: string; line: number }[];
  /** The title Readability took from the page (without the site's name, usually). */
  readableTitle: string | null;
}

/** The fields of a JSON-LD article that we read. */
interface LdArticle {
  headline?: unknown;
  datePublished?: unknown;
  author?: unknown;
  publisher?: unknown;
  url?: unknown;
  mainEntityOfPage?: unknown;
}

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report)$/u;

/** The first article object in JSON-LD: top level, in a list, or in an `@graph`. */
function findArticle(value: unknown, depth = 0): LdArticle | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return record as LdArticle;
  return findArticle(record['@graph'], depth + 1);
}

/** `"A"`, `{name: "A"}`, `[{name: "A"}, "B"]` → `A, B`. */
function namesOf(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) =>
      typeof v === 'string'
        ? v
        : v && typeof v === 'object'
          ? (v as { name?: unknown }).name
          : null,
    )
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '' && !isWebAddress(n.trim()))
    .map((n) => n.trim());
  return names.length ? [...new Set(names)].join(', ') : null;
}

function addressOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v['@id'] === 'string') return v['@id'];
    if (typeof v.url === 'string') return v.url;
  }
  return null;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/gu, ' ').trim() : null;

/** One field's candidates, best first, each with the line it came from. */
type Candidates = { value: string | null; line: number }[];

export function pageHints(
  file: string,
  page: PageMetadata,
): { hints: ArticleHints; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let article: LdArticle | null = null;
  let articleLine = 1;
  for (const block of page.jsonLd) {
    let json: unknown;
    try {
      json = JSON.parse(block.text);
    } catch (error) {
      warnings.push({
        file,
        line: block.line,
        message: `JSON-LD không đọc được (${(error as Error).message}): bỏ qua khối này`,
      });
      continue;
    }
    article ??= findArticle(json);
    if (article && articleLine === 1) articleLine = block.line;
  }
  const meta = (key: string) => {
    const tag = page.meta.find((m) => m.key === key && m.content.trim() !== '');
    return tag ? { value: tag.content.trim(), line: tag.line } : { value: null, line: 1 };
  };
  const ld = (value: unknown) => ({ value: text(value), line: articleLine });
  const firstTime = page.times[0];

  const hints: ArticleHints = {};
  const url = first([
    { value: page.canonical?.href ?? null, line: page.canonical?.line ?? 1 },
    meta('og:url'),
    ld(addressOf(article?.mainEntityOfPage)),
    ld(addressOf(article?.url)),
  ]);
  if (url) {
    if (isWebAddress(url.value)) hints.url = url.value;
    else
      warnings.push({
        file,
        line: url.line,
        message: `địa chỉ gốc không phải http(s) "${url.value}"`,
      });
  }
  const title = first([
    ld(article?.headline),
    meta('og:title'),
    { value: text(page.readableTitle), line: 1 },
  ]);
  if (title) hints.title = title.value;
  const published = first([
    ld(article?.datePublished),
    meta('article:published_time'),
    meta('datepublished'),
    meta('pubdate'),
    { value: firstTime?.datetime ?? null, line: firstTime?.line ?? 1 },
  ]);
  if (published) {
    const day = publicationDay(published.value);
    if (day) hints.published = day;
    else
      warnings.push({
        file,
        line: published.line,
        message: `ngày đăng không có thật hoặc không đọc được "${published.value}"`,
      });
  }
  const author = first([
    { value: namesOf(article?.author), line: articleLine },
    meta('author'),
    { value: namesOf(meta('article:author').value), line: 1 },
  ]);
  if (author) hints.author = author.value;
  const outlet = first([
    { value: namesOf(article?.publisher), line: articleLine },
    meta('og:site_name'),
  ]);
  if (outlet) hints.outlet = outlet.value;
  return { hints, warnings };
}

function first(candidates: Candidates): { value: string; line: number } | null {
  const found = candidates.find((c) => c.value !== null && c.value !== '');
  return found ? { value: found.value!, line: found.line } : null;
}
