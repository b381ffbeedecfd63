/**
 * tsx scripts/build-pages.ts [--dist DIR] [--copy-examples]
 *
 * Runs after `vite build`: writes a preview page per event (`DIST/e/<id>/index.html`, also one
 * per old id in `aliases`) and `DIST/sitemap.xml`, from the built `index.html` and the dataset in
 * `DIST/data/timeline.json`. The logic lives in src/lib/share; this file reads and writes.
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
import { buildSitePages } from '../src/lib/share/site-pages.ts';

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

function main(): number {
  const { values } = parseArgs({
    strict: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      'copy-examples': { type: 'boolean', default: false },
    },
  });
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

  let pages: ReturnType<typeof buildSitePages>;
  try {
    pages = buildSitePages(template, dataset, { siteUrl });
  } catch (error) {
    if (error instanceof TemplateError)
      throw new BuildError(`${join(dist, 'index.html')}: ${error.message}`);
    throw error;
  }
  const { files, eventPages, aliasPages } = pages;
  for (const file of files) writeAtomically(join(dist, ...file.path.split('/')), file.content);
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
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof BuildError || error instanceof DatasetError) {
    console.error(`build-pages failed: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
