/**
 * Renders the link-preview pictures of the event pages (src/lib/share/og-image.ts makes their
 * SVG) to PNG, without a browser: resvg, in a worker thread per core, with Be Vietnam Pro (a font
 * drawn for Vietnamese, shipped by an npm package and loaded from its file, never fetched).
 *
 * A picture is a function of its SVG and the fonts, so each is kept in node_modules/.cache by the
 * hash of both: a rebuild renders only the events that changed (vite empties dist/ every build).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readFontMetrics, textWidth } from '../src/lib/share/font-metrics.ts';
import { OG_FONT_FAMILY, type MeasureText } from '../src/lib/share/og-image.ts';

const require = createRequire(import.meta.url);
const CACHE = join(import.meta.dirname, '..', 'node_modules', '.cache', 'og-images');

export interface OgFonts {
  files: string[];
  measure: MeasureText;
  /** Changes when a font file or the renderer changes: part of every cached picture's key. */
  key: string;
}

/** The regular and bold faces, measured here and given to resvg by path. */
export function loadOgFonts(): OgFonts {
  const root = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  const regular = join(root, '400Regular', 'BeVietnamPro_400Regular.ttf');
  const bold = join(root, '700Bold', 'BeVietnamPro_700Bold.ttf');
  const [regularBytes, boldBytes] = [readFileSync(regular), readFileSync(bold)];
  const metrics = { 400: readFontMetrics(regularBytes), 700: readFontMetrics(boldBytes) };
  const resvg = require('@resvg/resvg-js/package.json') as { version: string };
  const key = createHash('sha256')
    .update(regularBytes)
    .update(boldBytes)
    .update(resvg.version)
    .digest('hex');
  return {
    files: [regular, bold],
    measure: (text, size, weight) => textWidth(metrics[weight], text, size),
    key,
  };
}

export interface OgImageJob {
  /** Named in errors: the event id. */
  name: string;
  svg: string;
  /** Absolute paths the PNG is written to. */
  outputs: string[];
}

export interface OgRenderStats {
  rendered: number;
  cached: number;
  threads: number;
}

/** Writes every job's PNG, from the cache or rendered; rejects naming the first that failed. */
export async function renderOgImages(
  jobs: OgImageJob[],
  fonts: OgFonts,
  options: { cache?: string | null; threads?: number } = {},
): Promise<OgRenderStats> {
  const cache = options.cache === undefined ? CACHE : options.cache;
  if (cache) mkdirSync(cache, { recursive: true });
  for (const job of jobs)
    for (const out of job.outputs) mkdirSync(dirname(out), { recursive: true });
  const keyed = jobs.map((job) => ({
    job,
    file: cache
      ? join(cache, `${createHash('sha256').update(fonts.key).update(job.svg).digest('hex')}.png`)
      : null,
  }));
  const misses: OgImageJob[] = [];
  for (const { job, file } of keyed) {
    if (file && existsSync(file)) for (const out of job.outputs) copyFileSync(file, out);
    else misses.push(file ? { ...job, outputs: [file, ...job.outputs] } : job);
  }
  const threads = Math.max(0, Math.min(options.threads ?? availableParallelism(), misses.length));
  await runWorkers(misses, fonts, threads);
  if (cache) prune(cache, new Set(keyed.map((k) => k.file!.slice(cache.length + 1))));
  return { rendered: misses.length, cached: jobs.length - misses.length, threads };
}

/** A cache of many builds ago is dropped: only files this build used are kept once it grows. */
function prune(cache: string, used: Set<string>): void {
  const files = readdirSync(cache);
  if (files.length <= 2 * used.size + 64) return;
  for (const file of files) if (!used.has(file)) rmSync(join(cache, file), { force: true });
}

function runWorkers(jobs: OgImageJob[], fonts: OgFonts, threads: number): Promise<void> {
  if (!jobs.length) return Promise.resolve();
  const queue = [...jobs];
  const code = new URL('./og-image-worker.mjs', import.meta.url);
  const workers = Array.from(
    { length: threads },
    () => new Worker(code, { workerData: { fontFiles: fonts.files, family: OG_FONT_FAMILY } }),
  );
  const finished = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done, fail) => {
          let closing = false;
          worker.on('message', (message: { next: true } | { failed: string }) => {
            if ('failed' in message) return fail(new Error(`preview image ${message.failed}`));
            const job = queue.shift() ?? null;
            closing = job === null;
            worker.postMessage(job);
          });
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (closing) done();
            else fail(new Error(`a preview image worker stopped early (exit code ${code})`));
          });
        }),
    ),
  );
  // A failing worker must not leave the others running (nor the process waiting for them).
  finished.catch(() => workers.forEach((w) => void w.terminate()));
  return finished.then(() => undefined);
}
