/**
 * tsx scripts/build-pages.ts [--dist DIR] [--copy-examples] [--images N|all]
 *
 * Runs after `vite build`: writes a preview page per event (`DIST/e/<id>/index.html`, also one
 * per old id in `aliases`), its picture (`DIST/e/<id>/og.png`, 1200×630, rendered without a
 * browser by scripts/og-images.ts) and `DIST/sitemap.xml`, from the built `index.html` and the
 * dataset in `DIST/data/timeline.json`. The logic lives in src/lib/share; this file reads and
 * writes. `--images N` gives the N most recent events a picture of their own (default 300;
 * `--images all` for every event); the others show the site's picture (`DIST/og.png`).
 *
 * Absolute links (canonical, og:url, sitemap) need the public address of the app, from the
 * `SITE_URL` environment variable, e.g. `SITE_URL=https://news.example/timeline/`. Without it the
 * links are relative to the app root, which browsers resolve but link previews may not.
 * `--copy-examples` copies examples/ (the postMessage host page) to `DIST/examples/`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, validateDataset } from '../src/lib/dataset/validate.ts';
import { TemplateError } from '../src/lib/share/event-page.ts';
import { ogImageSvg, ogSiteImageSvg, timelineStrip } from '../src/lib/share/og-image.ts';
import { buildSitePages, eventImagePath, SITE_IMAGE_PATH } from '../src/lib/share/site-pages.ts';
import { loadOgFonts, renderOgImages, type OgImageJob } from './og-images.ts';

class BuildError extends Error {}

function readText(path: string, hint: string): string {
  if (!existsSync(path)) throw new BuildError(`${path} not found (${hint})`);
  return readFileSync(path, 'utf8');
}

/** The site URL from the environment, checked: a typo here would ship broken previews. */
function siteUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BuildError(`SITE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new BuildError(`SITE_URL must be an http(s) URL: ${value}`);
  if (url.search || url.hash)
    throw new BuildError(`SITE_URL must not have ?query or #hash: ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/**
 * How many events get a picture of their own unless `--images` says otherwise. A picture costs
 * 45-60 ms of CPU (resvg: a fixed ~16 ms per 1200×630 canvas, ~11 ms of PNG encoding, the rest
 * text, shapes and writing), so 300 add about 8 s to a first build on two idle cores, and nothing
 * to a rebuild (they are cached). The other events show the site's picture.
 */
const DEFAULT_IMAGES = 300;

/** `--images N` or `--images all`. */
function imageLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_IMAGES;
  if (value === 'all') return Infinity;
  if (!/^\d+$/.test(value))
    throw new BuildError(`--images must be a whole number or "all": ${value}`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    strict: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      'copy-examples': { type: 'boolean', default: false },
      images: { type: 'string' },
    },
  });
  const limit = imageLimit(values.images);
  const dist = resolve(values.dist);
  const siteUrl = siteUrlFrom(process.env.SITE_URL);
  const template = readText(join(dist, 'index.html'), 'run `vite build` first');
  let json: unknown;
  try {
    json = JSON.parse(readText(join(dist, 'data', 'timeline.json'), 'run `npm run build:data`'));
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`${join(dist, 'data', 'timeline.json')}: not valid JSON`);
  }
  const { dataset, rejected } = validateDataset(json);
  for (const r of rejected) console.warn(`warning: ${r.path} left out: ${r.reason}`);

  // The most recent events first: those are the ones being shared when not every one has a picture.
  const pictured = new Set(
    [...dataset.events]
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((e) => e.id),
  );

  let pages: ReturnType<typeof buildSitePages>;
  try {
    pages = buildSitePages(template, dataset, { siteUrl, pictured: (id) => pictured.has(id) });
  } catch (error) {
    if (error instanceof TemplateError)
      throw new BuildError(`${join(dist, 'index.html')}: ${error.message}`);
    throw error;
  }
  const { files, eventPages, aliasPages, siteName } = pages;
  for (const file of files) writeAtomically(join(dist, ...file.path.split('/')), file.content);

  const started = performance.now();
  const fonts = loadOgFonts();
  const strip = timelineStrip(dataset.events, dataset.range);
  const credit = siteUrl ? siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '') : undefined;
  const jobs: OgImageJob[] = dataset.events
    .filter((e) => pictured.has(e.id))
    .map((event) => ({
      name: event.id,
      svg: ogImageSvg({ event, strip, siteName, credit, measure: fonts.measure }),
      outputs: [join(dist, ...eventImagePath(event.id).split('/'))],
    }));
  const years = `${dataset.range.start.slice(0, 4)}–${dataset.range.end.slice(0, 4)}`;
  jobs.push({
    name: SITE_IMAGE_PATH,
    svg: ogSiteImageSvg({
      strip,
      siteName,
      subtitle: `${dataset.events.length.toLocaleString('vi-VN')} sự kiện, ${years}`,
      credit,
      measure: fonts.measure,
    }),
    outputs: [join(dist, SITE_IMAGE_PATH)],
  });
  const stats = await renderOgImages(jobs, fonts);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (values['copy-examples']) {
    const examples = join(import.meta.dirname, '..', 'examples');
    if (!existsSync(examples)) throw new BuildError(`${examples} not found`);
    cpSync(examples, join(dist, 'examples'), { recursive: true });
  }

  if (!siteUrl)
    console.log(
      'notice: SITE_URL is not set; canonical, og:url and sitemap.xml links are relative (set SITE_URL=https://host/path/ for absolute ones)',
    );
  console.log(
    `wrote ${eventPages} event pages, ${aliasPages} alias pages and sitemap.xml in ${dist}`,
  );
  console.log(
    `preview images: ${jobs.length} (${stats.rendered} rendered on ${stats.threads} threads, ${stats.cached} from cache) in ${seconds} s` +
      (pictured.size < dataset.events.length
        ? `; the ${dataset.events.length - pictured.size} oldest events show the site's picture (--images ${limit})`
        : ''),
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof BuildError || error instanceof DatasetError) {
    console.error(`build-pages failed: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
