/**
 * The search worker's logic as a plain function, so it is tested in Node without a worker: it
 * validates a request, builds or queries the index, and returns the response to post.
 */
import { validateDataset } from '../dataset/validate';
import { createSearchIndex, matchingEventIds, search, type SearchIndex } from './index';
import { isWorkerRequest, type WorkerResponse } from './protocol';

export interface HandlerState {
  index: SearchIndex | null;
}

/**
 * A `load` request: fetches the dataset (same origin only: a message must not make the worker
 * read another site) and builds the index from it, as an `init` would.
 */
export async function loadAndBuild(
  state: HandlerState,
  url: string,
  base: string,
  fetchFn: typeof fetch = fetch,
  now: () => number = () => performance.now(),
): Promise<WorkerResponse> {
  try {
    const target = new URL(url, base);
    if (target.origin !== new URL(base).origin) throw new Error('the dataset must be same-origin');
    const response = await fetchFn(target.href);
    if (!response.ok) throw new Error(`the dataset answered HTTP ${response.status}`);
    const dataset: unknown = await response.json();
    return handleRequest(state, { type: 'init', dataset }, now)!;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'error', id: null, message };
  }
}

export function handleRequest(
  state: HandlerState,
  msg: unknown,
  now: () => number = () => performance.now(),
): WorkerResponse | null {
  if (!isWorkerRequest(msg)) return null; // unknown or malformed: ignored, never thrown
  const start = now();
  try {
    if (msg.type === 'load') return null; // asynchronous: see loadAndBuild
    if (msg.type === 'init') {
      state.index = createSearchIndex(validateDataset(msg.dataset).dataset);
      return { type: 'ready', records: state.index.records.length, millis: now() - start };
    }
    if (!state.index) return { type: 'error', id: msg.id, message: 'search index not ready' };
    const results = search(state.index, msg.query, { limit: msg.limit });
    const eventIds = [...matchingEventIds(state.index, msg.query)];
    return { type: 'results', id: msg.id, results, eventIds, millis: now() - start };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'error', id: msg.type === 'search' ? msg.id : null, message };
  }
}
