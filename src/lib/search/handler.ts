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

export function handleRequest(
  state: HandlerState,
  msg: unknown,
  now: () => number = () => performance.now(),
): WorkerResponse | null {
  if (!isWorkerRequest(msg)) return null; // unknown or malformed: ignored, never thrown
  const start = now();
  try {
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
