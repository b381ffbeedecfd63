/**
 * Writes a generated corpus of Vietnamese articles for the build benchmark.
 *
 *   npx tsx scripts/generate-corpus.ts --count 10000 --seed 1 --out /tmp/corpus
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from '../src/lib/generate/articles.ts';
import { readArgs } from './cli-args.ts';

export function writeCorpus(count: number, seed: number, dir: string): number {
  mkdirSync(dir, { recursive: true });
  const articles = generateArticles(count, seed);
  for (const { file, text } of articles) writeFileSync(join(dir, file), text, 'utf8');
  return articles.length;
}

const USAGE = 'usage: generate-corpus --count N --seed S --out DIR';

function readOptions() {
  return readArgs(
    {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
    USAGE,
  );
}

function main(): void {
  const values = readOptions();
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed) || !values.out) {
    console.error(USAGE);
    process.exit(2);
  }
  const started = performance.now();
  const written = writeCorpus(count, seed, values.out);
  const ms = Math.round(performance.now() - started);
  console.log(`${written} articles written to ${values.out} in ${ms} ms (seed ${seed})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
