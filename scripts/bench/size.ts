/**
 * Size section: the JS + CSS that `index.html` loads before the first draw, gzipped, against the
 * 50 KB budget (the same figure `scripts/bundle-size.test.ts` enforces), the lazy chunks left out,
 * and whether the preview server compresses the dataset.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './harness';
import { INITIAL_BUDGET_BYTES, gzipSize, initialDownload, kb } from './initial-assets';
import { readFileSync } from 'node:fs';

export default async function size(ctx: BenchContext): Promise<void> {
  const initial = initialDownload(ctx.distDir);
  for (const a of initial.assets)
    ctx.log(`  ${a.file.padEnd(40)} ${kb(a.raw).padStart(9)} raw ${kb(a.gzip).padStart(9)} gzip`);
  const over = initial.gzip - INITIAL_BUDGET_BYTES;
  ctx.log(
    `initial download (JS + CSS before first draw): ${kb(initial.gzip)} gzipped (${kb(initial.raw)} raw) ` +
      `[budget ${kb(INITIAL_BUDGET_BYTES)}: ${over <= 0 ? `ok, ${kb(-over)} to spare` : `MISSES by ${kb(over)}`}]`,
  );
  ctx.results.set('ours:bytes', initial.gzip);

  const first = new Set(initial.assets.map((a) => a.file));
  const lazy = readdirSync(join(ctx.distDir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => !first.has(f) && /\.(js|css)$/.test(f));
  for (const f of lazy) {
    const bytes = readFileSync(join(ctx.distDir, f));
    ctx.log(
      `  lazy: ${f.padEnd(34)} ${kb(bytes.length).padStart(9)} raw ${kb(gzipSize(bytes)).padStart(9)} gzip`,
    );
  }

  const data = join(ctx.distDir, 'data/timeline.json');
  const response = await fetch(`${ctx.baseUrl}data/timeline.json`, {
    headers: { 'accept-encoding': 'gzip, br' },
  });
  await response.arrayBuffer();
  ctx.log(
    `served dataset: ${kb(statSync(data).size)} raw; vite preview answers with content-encoding ` +
      `"${response.headers.get('content-encoding') ?? 'none'}" (a static host decides this in production)`,
  );
}
