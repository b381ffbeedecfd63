/**
 * The search engine the app loads (see state/search.svelte.ts): an index in a Web Worker above
 * `WORKER_THRESHOLD` events, in-thread below. Loaded with the search, not the first download.
 */
import { WORKER_THRESHOLD, type EngineLoader } from '../state/search.svelte';

/** The real loader: dynamic imports, so fuse.js and the index code stay out of the first bundle. */
export const loadEngine: EngineLoader = async (source) => {
  if (source.events > WORKER_THRESHOLD) {
    const { createSearchClient, createSearchWorker } = await import('./client');
    const client = createSearchClient(createSearchWorker(), { url: source.url });
    await client.ready;
    return { run: (query) => client.search(query), dispose: () => client.dispose() };
  }
  const [{ loadSearch }, dataset] = await Promise.all([import('./lazy'), source.full()]);
  if (!dataset) throw new Error('search: the full dataset could not be loaded');
  const loaded = await loadSearch(dataset);
  return {
    run: async (query) => ({
      results: loaded.search(query),
      eventIds: loaded.matchingEventIds(query),
    }),
    matchingEventIds: (query) => loaded.matchingEventIds(query),
  };
};
