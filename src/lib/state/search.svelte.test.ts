import { describe, expect, it, vi } from 'vitest';
import { loadTestDataset } from '../search/fixtures/test-dataset';
import { EMPTY_RESULTS } from '../search/types';
import { loadEngine, SearchState, type SearchEngine } from './search.svelte';

const dataset = loadTestDataset();
const source = {
  events: dataset.events.length,
  url: 'data/timeline.json',
  full: async () => dataset,
};

/** An engine like the worker's: async answers only, ids = events whose id holds the query. */
function workerLikeEngine(): SearchEngine & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async run(query) {
      queries.push(query);
      const ids = new Set(dataset.events.filter((e) => e.id.includes(query)).map((e) => e.id));
      return { results: EMPTY_RESULTS, eventIds: ids };
    },
  };
}

describe('SearchState', () => {
  it('loads the engine once, however often it is asked, and only with a dataset', async () => {
    const loader = vi.fn(async () => workerLikeEngine());
    const none = new SearchState(() => null, loader);
    await none.load();
    expect(loader).not.toHaveBeenCalled();

    const state = new SearchState(() => source, loader);
    expect(state.matcher).toBeNull();
    await Promise.all([state.load(), state.load()]);
    await state.load();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(state.matcher).not.toBeNull();
  });

  it('gives the filters the ids of the last answered query when the engine is async', async () => {
    const engine = workerLikeEngine();
    const state = new SearchState(
      () => source,
      async () => engine,
    );
    await state.load();
    expect(state.matcher!.matchingEventIds('2023').size).toBe(0);
    state.ensure('2023-08');
    state.ensure('2023-08');
    await vi.waitFor(() =>
      expect(state.matcher!.matchingEventIds('2023-08').size).toBeGreaterThan(0),
    );
    expect(engine.queries).toEqual(['2023-08']);
    expect(
      [...state.matcher!.matchingEventIds('2023-08')].every((id) => id.includes('2023-08')),
    ).toBe(true);
  });

  it('stays without an engine when the full dataset cannot be loaded, and retries later', async () => {
    let calls = 0;
    const flaky = { ...source, full: async () => (calls++ === 0 ? null : dataset) };
    const state = new SearchState(() => flaky);
    await state.load();
    expect(state.engine).toBeNull();
    await state.load();
    expect(state.engine).not.toBeNull();
  });

  it('searches in-thread below the worker threshold, with synchronous matches', async () => {
    const engine = await loadEngine(source);
    expect(engine.matchingEventIds?.('171')).toEqual(new Set(['2023-08-14-ke-hoach-171-kh-tu']));
    expect((await engine.run('171'))?.results.documents[0]?.id).toBe('171-kh-tu');
  });
});

describe('SearchState.refresh, after a live rebuild', () => {
  it('builds the engine again and swaps it in when ready, disposing of the old one', async () => {
    let disposed = 0;
    const loader = vi.fn(async () => ({ ...workerLikeEngine(), dispose: () => disposed++ }));
    const state = new SearchState(() => source, loader);
    state.refresh(); // nothing loaded yet: nothing to rebuild
    expect(loader).not.toHaveBeenCalled();
    await state.load();
    const first = state.engine;
    state.refresh();
    await state.load();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(state.engine).not.toBe(first);
    expect(disposed).toBe(1);
  });
});
