/**
 * Loads the search module, and fuse.js with it, only when first needed (first focus of the search
 * box, or idle time after the timeline is drawn), so neither weighs on the first draw.
 */
import type { Dataset } from '../dataset/types';
import type { SearchOptions, SearchResults } from './types';

export interface LoadedSearch {
  search(query: string, options?: SearchOptions): SearchResults;
  matchingEventIds(query: string): Set<string>;
}

export async function loadSearch(dataset: Dataset): Promise<LoadedSearch> {
  const module = await import('./index');
  const index = module.createSearchIndex(dataset);
  return {
    search: (query, options) => module.search(index, query, options),
    matchingEventIds: (query) => module.matchingEventIds(index, query),
  };
}
