/**
 * The page build as the release runs it, on a small fake dist (no `vite build`): every event gets
 * a page whose meta tags hold its own title and description, escaped, and the sitemap lists them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { eventDescription } from '../src/lib/share/event-page.ts';
import { escapeHtml } from '../src/lib/share/escape.ts';
import { testDataset } from '../src/lib/share/test-dataset.ts';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

const template = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>Dòng thời gian &amp; thử</title>
    <meta name="description" content="Ứng dụng." />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>
`;

function fakeDist(dataset: unknown = testDataset(), index = template): string {
  const dist = mkdtempSync(join(tmpdir(), 'build-pages-'));
  mkdirSync(join(dist, 'data'));
  writeFileSync(join(dist, 'index.html'), index);
  writeFileSync(join(dist, 'data', 'timeline.json'), JSON.stringify(dataset));
  return dist;
}

function run(dist: string, env: Record<string, string> = {}, ...args: string[]) {
  const result = spawnSync(tsx, [join(root, 'scripts/build-pages.ts'), '--dist', dist, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A meta tag's content, read back from the page (the HTML as a crawler receives it). */
function metaContent(html: string, key: string): string[] {
  return [...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)]
    .filter((m) => m[1] === key)
    .map((m) => m[2]!);
}

const page = (dist: string, id: string) => readFileSync(join(dist, 'e', id, 'index.html'), 'utf8');

/** The PNG an og:image URL names, decoded; the URL is absolute under SITE_URL or root-relative. */
function pictureAt(dist: string, url: string) {
  const path = url.replace(/^https:\/\/news\.example\/timeline\//, '');
  const png = PNG.sync.read(readFileSync(join(dist, ...path.split('/'))));
  // Not blank: a good share of the pixels differ from the background, in many colours.
  const background = png.data.readUInt32BE(0);
  const colours = new Set<number>();
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const pixel = png.data.readUInt32BE(i);
    if (pixel !== background) inked++;
    if (colours.size < 1000) colours.add(pixel);
  }
  return { width: png.width, height: png.height, inked: inked / (png.width * png.height), colours };
}

describe('tsx scripts/build-pages.ts', () => {
  const dataset = testDataset();
  const dist = fakeDist();
  const result = run(dist, { SITE_URL: 'https://news.example/timeline' });

  it('writes one page per event and reports the count', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${dataset.events.length} event pages, 1 alias pages`);
    expect(result.stdout).not.toContain('notice');
  });

  it.each(testDataset().events.map((e) => [e.id, e] as const))(
    'e/%s/index.html holds that event’s own title and description, escaped',
    (id, event) => {
      const html = page(dist, id);
      const title = escapeHtml(event.title);
      const description = escapeHtml(eventDescription(event));
      expect(html).toContain(`<title>${title} — Dòng thời gian &amp; thử</title>`);
      expect(metaContent(html, 'description')).toEqual([description]);
      expect(metaContent(html, 'og:title')).toEqual([title]);
      expect(metaContent(html, 'og:description')).toEqual([description]);
      expect(metaContent(html, 'twitter:title')).toEqual([title]);
      expect(metaContent(html, 'timeline-event')).toEqual([id]);
      expect(metaContent(html, 'og:url')).toEqual([`https://news.example/timeline/e/${id}/`]);
      expect(html).toContain(
        `<link rel="canonical" href="https://news.example/timeline/e/${id}/" />`,
      );
      expect(html).toMatch(/<head>\s*<base href="\.\.\/\.\.\/" \/>/);
      expect(html.match(/<script\b/g)).toHaveLength(1);
    },
  );

  it.each([...testDataset().events.map((e) => e.id), 'old-hoi-nghi'])(
    'e/%s/ names a picture of its event that exists, is 1200×630 and is not blank',
    (id) => {
      const html = page(dist, id);
      const [image] = metaContent(html, 'og:image');
      const event = dataset.events.find((e) => e.id === (dataset.aliases![id] ?? id))!;
      expect(image).toBe(`https://news.example/timeline/e/${event.id}/og.png`);
      expect(metaContent(html, 'twitter:image')).toEqual([image]);
      expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
      expect(metaContent(html, 'og:image:width')).toEqual(['1200']);
      expect(metaContent(html, 'og:image:height')).toEqual(['630']);
      expect(metaContent(html, 'og:image:alt')[0]).toContain(escapeHtml(event.title));
      const picture = pictureAt(dist, image!);
      expect([picture.width, picture.height]).toEqual([1200, 630]);
      expect(picture.inked).toBeGreaterThan(0.02);
      expect(picture.colours.size).toBeGreaterThan(20);
    },
  );

  it('reports the pictures it made', () => {
    expect(result.stdout).toMatch(
      new RegExp(
        `preview images: ${dataset.events.length + 1} \\(\\d+ rendered on \\d+ threads, \\d+ from cache\\) in [\\d.]+ s`,
      ),
    );
  });

  it('never starts a description with the date twice', () => {
    const dated = testDataset();
    dated.events[0]!.summary = 'Ngày 16/8, Thành ủy Hà Nội tổ chức hội nghị trực tuyến.';
    const local = fakeDist(dated);
    expect(run(local, {}, '--images', '0').code).toBe(0);
    expect(metaContent(page(local, dated.events[0]!.id), 'description')).toEqual([
      'ngày 16/8/2023: Thành ủy Hà Nội tổ chức hội nghị trực tuyến.',
    ]);
    for (const event of dated.events) {
      const [description] = metaContent(page(local, event.id), 'description');
      expect(description).not.toMatch(/^[^:]*\d: (?:Ngày|Sáng|Chiều|Tối)\s+\d/i);
    }
  });

  it('gives events past --images the site’s picture, and says so', () => {
    const local = fakeDist();
    const r = run(local, {}, '--images', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `the ${dataset.events.length - 2} oldest events show the site's picture (--images 2)`,
    );
    const images = dataset.events.map((e) => metaContent(page(local, e.id), 'og:image')[0]);
    expect(images.filter((url) => url === 'og.png')).toHaveLength(dataset.events.length - 2);
    const site = pictureAt(local, 'og.png');
    expect([site.width, site.height]).toEqual([1200, 630]);
    expect(site.inked).toBeGreaterThan(0.02);
  });

  it('gives an old id a page of its current event, canonical to the current id', () => {
    const html = page(dist, 'old-hoi-nghi');
    expect(metaContent(html, 'timeline-event')).toEqual(['2023-08-16-hoi-nghi']);
    expect(metaContent(html, 'og:url')).toEqual([
      'https://news.example/timeline/e/2023-08-16-hoi-nghi/',
    ]);
  });

  it('lists the app root and every event page in sitemap.xml, old ids left out', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://news.example/timeline/',
      ...dataset.events.map((e) => `https://news.example/timeline/e/${e.id}/`),
    ]);
  });

  it('writes relative links and says so when SITE_URL is not set', () => {
    const local = fakeDist();
    const r = run(local);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^notice: SITE_URL is not set.*$/m)).not.toBeNull();
    expect(metaContent(page(local, '2021-nam'), 'og:url')).toEqual(['e/2021-nam/']);
    expect(readFileSync(join(local, 'sitemap.xml'), 'utf8')).toContain('<loc>./</loc>');
  });

  it('copies the example host page when asked', () => {
    const local = fakeDist();
    expect(run(local, {}, '--copy-examples').code).toBe(0);
    expect(existsSync(join(local, 'examples', 'host.html'))).toBe(true);
    expect(existsSync(join(local, 'examples', 'host.js'))).toBe(true);
  });

  it.each([
    ['an unknown option', () => run(fakeDist(), {}, '--out', 'x'), /Unknown option '--out'/],
    [
      'a bad SITE_URL',
      () => run(fakeDist(), { SITE_URL: 'javascript:alert(1)' }),
      /SITE_URL must be an http\(s\) URL/,
    ],
    [
      'no built index.html',
      () => run(join(tmpdir(), 'no-such-dist')),
      /index\.html not found \(run `vite build` first\)/,
    ],
    [
      'a template without <head>',
      () => run(fakeDist(testDataset(), '<p>x</p>')),
      /index\.html: the template has no <head>/,
    ],
    [
      'a bad --images',
      () => run(fakeDist(), {}, '--images', 'many'),
      /--images must be a whole number or "all": many/,
    ],
    [
      'a dataset of the wrong version',
      () => run(fakeDist({ schemaVersion: 99 })),
      /unsupported schemaVersion 99/,
    ],
  ])('fails clearly on %s', (_, go, message) => {
    const r = go();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });
});
