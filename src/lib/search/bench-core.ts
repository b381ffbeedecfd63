/**
 * Search latency per keystroke, runnable anywhere (Node: `npx tsx src/lib/search/bench-node.ts`;
 * a browser: bundle this module and call `runSearchBench`). Types each query one
 * character at a time (what the search box does) against the seed-like dataset and a generated
 * 10,000-event one, and prints p50/p95/max per size. A plain fuse.js search over the same fields
 * is printed alongside as the baseline the prefilter is there to beat. Numbers, not assertions:
 * timings belong in a bench, never in a test.
 */
import Fuse from 'fuse.js';
import { generateDataset } from '../generate/dataset';
import { generateSearchDataset } from './fixtures/generate-events';
import { loadTestDataset } from './fixtures/test-dataset';
import { createSearchIndex, matchingEventIds, search } from './index';
import type { Dataset } from '../dataset/types';

/** Queries typed one character at a time: names, codes, topics, a typo, nonsense. */
export const BENCH_QUERIES = [
  'dinh tien dung',
  'Dinh Tein Dung',
  'chi thi 24',
  '24-CT/TU',
  'ky luat cong vu',
  'truc tuyen',
  'thanh uy',
  'nguyen van hung',
  'chuyen doi so',
  'xyzzy',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function keystrokes(): string[] {
  return BENCH_QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
}

type Log = (line: string) => void;

function time(log: Log, label: string, run: (query: string) => void, inputs = keystrokes()): void {
  for (const q of BENCH_QUERIES) run(q); // warm-up: JIT and the vocabulary memo, as after a first search
  const samples = inputs.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
  samples.sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2).padStart(7);
  log(
    `${label.padEnd(44)} n=${samples.length}  p50 ${f(percentile(samples, 50))} ms  p95 ${f(percentile(samples, 95))} ms  max ${f(samples.at(-1) ?? 0)} ms`,
  );
}

function bench(log: Log, name: string, dataset: Dataset, baseline: boolean): void {
  const start = performance.now();
  const index = createSearchIndex(dataset);
  const built = performance.now() - start;
  log(
    `\n${name}: ${dataset.events.length} events, ${index.records.length} records, ${index.vocabulary.tokens.length} tokens, index built in ${built.toFixed(0)} ms`,
  );
  time(log, 'search (prefilter + fuse re-rank, limit 8)', (q) => search(index, q));
  time(log, 'matchingEventIds (timeline dimming)', (q) => matchingEventIds(index, q));
  // What one keystroke costs the app: the list and the dimming, sharing the scored candidates.
  time(log, 'keystroke: search + matchingEventIds', (q) => {
    search(index, q);
    matchingEventIds(index, q);
  });
  if (!baseline) return;
  const fuse = new Fuse(dataset.events, {
    keys: ['title', 'summary'],
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.35,
  });
  // Whole queries only: a keystroke-by-keystroke run of plain fuse at 10,000 takes minutes.
  time(
    log,
    'baseline: plain fuse.js, title+summary',
    (q) => fuse.search(q, { limit: 8 }),
    BENCH_QUERIES,
  );
}

/** Prints the latencies at the seeds' size and at 10,000 generated events. */
export function runSearchBench(log: Log = console.log, baseline = true): void {
  bench(log, 'seed-like', loadTestDataset(), baseline);
  bench(
    log,
    'generated (search fixture)',
    generateSearchDataset({ events: 10_000, seed: 42 }),
    baseline,
  );
  // The app-wide generator: realistic titles, people, documents and bursts (issue 6).
  bench(log, 'generated (src/lib/generate)', generateDataset({ events: 10_000, seed: 42 }), false);
}
