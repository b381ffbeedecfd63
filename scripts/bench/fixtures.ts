/**
 * Generated datasets for the bench, memoised per size: every section and every peer renders the
 * same events (src/lib/generate, fixed seed), so the numbers compare like with like.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Writes the generated dataset into the served dist copy once; returns its path there. */
export function publish(distDir: string, events: number): string {
  const file = `data/bench-${events}.json`;
  if (!existsSync(join(distDir, file))) writeFileSync(join(distDir, file), generated(events).json);
  return file;
}
