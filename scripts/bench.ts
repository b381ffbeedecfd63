/**
 * `npm run bench`: serves a copy of the built app (`dist/`, run `vite build` first) with
 * `vite preview` on a free port and runs the sections of `scripts/bench/` in headless Chromium.
 * Sections print numbers; they never assert times.
 *   npm run bench [-- --quick] [-- --peers] [-- --sections size,timeline,memory,search,peers]
 *                 [-- --zoom-seconds 60] [-- --port 4180]
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  freePort,
  launchChromium,
  machineLine,
  snapshotDist,
  startPreview,
  type BenchContext,
  type BenchSection,
  type Server,
} from './bench/harness';
import { FRAME_AFTER_DRAW } from './bench/app-probe';
import { siteWith } from './bench/fixtures';
import { stolenCpu, stolenLine } from './bench/stolen-cpu';
import memory from './bench/memory';
import peers from './bench/peers';
import search from './bench/search';
import size from './bench/size';
import timeline from './bench/timeline';

/** In run order; `peers` runs only when asked for (`--peers` or `--sections peers`). */
const SECTIONS: Record<string, BenchSection> = { size, timeline, search, memory, peers };

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    sections: { type: 'string' },
    'zoom-seconds': { type: 'string' },
    port: { type: 'string' },
  },
  strict: true,
  allowPositionals: true,
});

const wanted = values.sections
  ? values.sections.split(',').map((s) => s.trim())
  : Object.keys(SECTIONS).filter((s) => s !== 'peers' || values.peers);
if (values.peers && !wanted.includes('peers')) wanted.push('peers');
const unknown = wanted.filter((s) => !(s in SECTIONS));
if (unknown.length) {
  console.error(
    `unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`,
  );
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npx vite build` (or `npm run build`) first.');
  process.exit(1);
}

const zoomSeconds = Number(values['zoom-seconds'] ?? (values.quick ? 10 : 60));
// Another process may rebuild dist/ while this runs: serve a snapshot.
const { dir: distDir, work } = snapshotDist();
const server = await startPreview(values.port ? Number(values.port) : await freePort(), distDir);
const browser = await launchChromium();
const sites = new Map<number, Promise<{ url: string; dir: string; server: Server }>>();
try {
  const ctx: BenchContext = {
    browser,
    baseUrl: server.url,
    newPage: async (width = 1280, height = 720) => {
      const page = await browser.newPage({
        viewport: { width, height },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      // tsx (esbuild keepNames) wraps named functions in `__name(...)`; functions passed to
      // page.evaluate run in the page, where that helper does not exist.
      await page.addInitScript({ content: `globalThis.__name = (f) => f;${FRAME_AFTER_DRAW}` });
      return page;
    },
    log: (line) => console.log(line),
    quick: values.quick,
    zoomMs: zoomSeconds * 1000,
    distDir,
    workDir: work,
    results: new Map(),
    site: (events) => {
      let site = sites.get(events);
      if (!site) {
        const dir = siteWith(distDir, work, events);
        site = freePort().then(async (port) => {
          const started = await startPreview(port, dir);
          return { url: started.url, dir, server: started };
        });
        sites.set(events, site);
      }
      return site.then(({ url, dir }) => ({ url, dir }));
    },
  };
  console.log(machineLine(browser));
  console.log(
    `bench: sections ${wanted.join(', ')}${values.quick ? ' (quick)' : ''} against a snapshot of dist/ at ${server.url}`,
  );
  const stolen = stolenCpu();
  for (const name of Object.keys(SECTIONS).filter((s) => wanted.includes(s))) {
    console.log(`\n## ${name}`);
    await SECTIONS[name]!(ctx);
  }
  console.log(`\n${stolenLine(stolen())}`);
} finally {
  await browser.close();
  await server.stop();
  for (const site of sites.values()) await (await site).server.stop();
  rmSync(work, { recursive: true, force: true });
}
