/**
 * Generated datasets for the bench, memoised per size: every section and every peer renders the
 * same events (src/lib/generate, fixed seed), so the numbers compare like with like.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeGzipSibling } from '../../build/precompressed';
import { coreOf, corePath } from '../../src/lib/dataset/core';
import { coreFileJson } from '../../src/lib/dataset/core-file';
import type { Dataset } from '../../src/lib/dataset/types';
import { generateDataset } from '../../src/lib/generate/dataset';

export const SEED = 1;

const cache = new Map<number, { dataset: Dataset; json: string }>();

export function generated(events: number): { dataset: Dataset; json: string } {
  let hit = cache.get(events);
  if (!hit) {
    const dataset = generateDataset({ events, seed: SEED });
    hit = { dataset, json: JSON.stringify(dataset) };
    cache.set(events, hit);
  }
  return hit;
}

export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Writes the generated dataset into the served dist copy once, with its core beside it as the
 * build writes them; returns the full file's path there.
 */
export function publish(distDir: string, events: number): string {
  const file = `data/bench-${events}.json`;
  if (!existsSync(join(distDir, file))) {
    const { dataset, json } = generated(events);
    writeFileSync(join(distDir, file), json);
    writeFileSync(join(distDir, corePath(file)), coreFileJson(coreOf(dataset)));
    // Served precompressed, as the build's own data files are (build/precompressed.ts).
    writeGzipSibling(join(distDir, file));
    writeGzipSibling(join(distDir, corePath(file)));
  }
  return file;
}

/**
 * A copy of the served build whose own `data/timeline.json` (with its core and gzip copies, as
 * the build writes them) is the generated dataset of `events` events: the app loads it exactly as
 * a site would, with no request rerouted through the browser driver (which added latency to the
 * measured fetch). Made once per size; returns the copy's folder.
 */
export function siteWith(distDir: string, workDir: string, events: number): string {
  const dir = join(workDir, `site-${events}`);
  if (existsSync(dir)) return dir;
  cpSync(distDir, dir, {
    recursive: true,
    filter: (source) => !/[\\/]data[\\/]bench-/.test(source),
  });
  const { dataset, json } = generated(events);
  const full = join(dir, 'data/timeline.json');
  writeFileSync(full, json);
  writeFileSync(corePath(full), coreFileJson(coreOf(dataset)));
  writeGzipSibling(full);
  writeGzipSibling(corePath(full));
  return dir;
}
