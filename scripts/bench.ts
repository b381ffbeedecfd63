/**
 * `npm run bench`: serves the built app (`dist/`, run `vite build` first) and runs every section
 * in `scripts/bench/` in headless Chromium. Sections print numbers; they never assert times.
 *   npx tsx scripts/bench.ts [--only timeline] [--port 4180]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  launchChromium,
  startPreview,
  type BenchContext,
  type BenchSection,
} from './bench/harness';

const { values } = parseArgs({
  options: { only: { type: 'string', multiple: true }, port: { type: 'string', default: '4180' } },
  strict: true,
  allowPositionals: true,
});

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npx vite build` (or `npm run build`) first.');
  process.exit(1);
}

const dir = join(import.meta.dirname, 'bench');
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'harness.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => !values.only || values.only.includes(name))
  .sort();

const server = await startPreview(Number(values.port));
const browser = await launchChromium();
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
      await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      return page;
    },
    log: (line) => console.log(line),
  };
  console.log(
    `bench: ${sections.length} section(s) against ${server.url} (${process.platform}, node ${process.version})`,
  );
  for (const name of sections) {
    console.log(`\n## ${name}`);
    const mod = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as {
      default: BenchSection;
    };
    await mod.default(ctx);
  }
} finally {
  await browser.close();
  await server.stop();
}
