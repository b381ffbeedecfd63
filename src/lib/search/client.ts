/**
 * The app's side of the search worker, with the same shape as the in-thread search: `ready`, then
 * `search(query)` resolving to results plus the ids of every matching event. Only the latest
 * query matters while typing, so an answer to an older one resolves as `null` (superseded).
 */
import { isWorkerResponse, type WorkerResponse } from './protocol';
import type { SearchResults } from './types';

/** What the client needs of a worker: `Worker` itself, or a fake in tests. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  terminate?(): void;
}

export interface WorkerSearchResults {
  results: SearchResults;
  eventIds: Set<string>;
  /** Time spent in the worker. */
  millis: number;
}

export interface SearchClient {
  ready: Promise<void>;
  search(query: string, options?: { limit?: number }): Promise<WorkerSearchResults | null>;
  dispose(): void;
}

/** What the worker builds from: a dataset sent to it, or the URL it fetches the dataset from. */
export type SearchClientInit = { dataset: unknown } | { url: string };

export function createSearchClient(worker: WorkerLike, init: SearchClientInit): SearchClient {
  let nextId = 0;
  const pending = new Map<number, (response: WorkerResponse) => void>();
  let onReady: (response: WorkerResponse) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = (r) => (r.type === 'ready' ? resolve() : reject(new Error(`search: ${r.type}`)));
  });

  worker.addEventListener('message', ({ data }) => {
    if (!isWorkerResponse(data)) return;
    if (data.type === 'ready' || data.id === null) onReady(data);
    else {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    }
  });
  worker.postMessage(
    'url' in init ? { type: 'load', url: init.url } : { type: 'init', dataset: init.dataset },
  );

  return {
    ready,
    async search(query, { limit = 8 } = {}) {
      await ready;
      const id = nextId++;
      // A newer query supersedes every pending one.
      for (const [older, settle] of pending) {
        settle({ type: 'error', id: older, message: 'superseded' });
        pending.delete(older);
      }
      const response = await new Promise<WorkerResponse>((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'search', id, query, limit });
      });
      if (response.type !== 'results') return null;
      return {
        results: response.results,
        eventIds: new Set(response.eventIds),
        millis: response.millis,
      };
    },
    dispose() {
      worker.terminate?.();
      pending.clear();
    },
  };
}

/** The real worker, bundled by Vite as a separate chunk (fuse.js goes with it). */
export function createSearchWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
