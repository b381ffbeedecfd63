/**
 * Bundled by the bench with esbuild into a plain page (the header's search slot is not wired to
 * the app yet): types queries into the app's search code one keystroke per task, as the search
 * box would, and times each keystroke while a PerformanceObserver records long tasks. Also times
 * the dataset's JSON parse and validation on their own.
 */
import { createSearchIndex, matchingEventIds, search } from '../../../src/lib/search/index';
import { validateDataset } from '../../../src/lib/dataset/validate';
import { BENCH_QUERIES } from '../../../src/lib/search/bench-core';

// The core bench's queries (names with and without diacritics, a typo, codes, topics, a query
// with no match), plus two typed with diacritics as users type them.
const QUERIES = [...BENCH_QUERIES, 'Đinh Tiến Dũng', 'hội nghị thành ủy'];

const nextTask = (gapMs: number) => new Promise((r) => setTimeout(r, gapMs));

async function run(gapMs = 15) {
  const text = await (await fetch('../data/timeline.json')).text();
  const parse: number[] = [];
  const validate: number[] = [];
  let dataset = validateDataset(JSON.parse(text)).dataset;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const json: unknown = JSON.parse(text);
    const t1 = performance.now();
    dataset = validateDataset(json).dataset;
    parse.push(t1 - t0);
    validate.push(performance.now() - t1);
  }
  const t0 = performance.now();
  const index = createSearchIndex(dataset);
  const build = performance.now() - t0;
  for (const q of QUERIES) search(index, q); // warm-up, as after a first search

  // The setup above is one long task of its own: let it end before observing.
  await nextTask(50);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await nextTask(50);
  const samples: number[] = [];
  for (const q of QUERIES)
    for (let i = 1; i <= q.length; i++) {
      await nextTask(gapMs);
      const start = performance.now();
      search(index, q.slice(0, i));
      matchingEventIds(index, q.slice(0, i));
      samples.push(performance.now() - start);
    }
  await nextTask(100);
  observer.disconnect();
  return {
    events: dataset.events.length,
    bytes: text.length,
    parse,
    validate,
    build,
    samples,
    longTasks,
  };
}

(globalThis as unknown as { benchSearch: typeof run }).benchSearch = run;
