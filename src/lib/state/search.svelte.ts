/**
 * The app's search engine, loaded lazily (first focus of the search box, idle time, or a query in
 * the URL). Small datasets search in-thread; above `WORKER_THRESHOLD` events the index is built
 * and queried in a Web Worker, since building it takes over a second at 10,000 events.
 *
 * It answers two callers: the search box (`search`, async, superseded answers are null) and the
 * filters (`matcher`, sync: the ids of the latest answered query, for dimming).
 */
import type { Dataset } from '../dataset/types';
import type { SearchResults } from '../search/types';
import type { QueryMatcher } from './filters.svelte';

/** Above this many events, the index is built in a worker, never on the main thread. */
export const WORKER_THRESHOLD = 2000;
/** The longest a rebuilt dataset's search index waits for the page to be idle. */
const IDLE_REFRESH_MS = 1000;

/** Either engine, reduced to what the app needs. */
export interface SearchEngine {
  run(query: string): Promise<{ results: SearchResults; eventIds: Set<string> } | null>;
  /** In-thread engines answer `matchingEventIds` synchronously; the worker does not. */
  matchingEventIds?: (query: string) => Set<string>;
  /** Frees what the engine holds (the worker). */
  dispose?: () => void;
}

/** What the search is built from. */
export interface SearchSource {
  /** How many events there are: above `WORKER_THRESHOLD` the index is built in a worker. */
  events: number;
  /** The full dataset's URL: the worker fetches it itself, so nothing large crosses threads. */
  url: string;
  /** The full dataset, for an in-thread index (null when it could not be loaded). */
  full: () => Promise<Dataset | null>;
}

export type EngineLoader = (source: SearchSource) => Promise<SearchEngine>;

/**
 * The real loader: dynamic imports, so fuse.js and the index code stay out of the first bundle,
 * and so does the choice between them (search/engine.ts).
 */
export const loadEngine: EngineLoader = (source) =>
  import('../search/engine').then((m) => m.loadEngine(source));

export class SearchState {
  engine = $state.raw<SearchEngine | null>(null);
  /** The latest query the engine answered, and its matching event ids. */
  #answer = $state.raw<{ query: string; ids: Set<string> } | null>(null);
  #loading: Promise<void> | null = null;

  constructor(
    readonly source: () => SearchSource | null,
    readonly loader: EngineLoader = loadEngine,
  ) {}

  /** Starts loading the engine once the dataset is there; later calls are free. */
  load(): Promise<void> {
    const source = this.source();
    if (!source) return Promise.resolve();
    return (this.#loading ??= this.loader(source).then(
      (engine) => {
        this.engine = engine;
        // The bench reads this: the index is built (in a worker above WORKER_THRESHOLD).
        performance.mark('search:ready');
      },
      () => {
        this.#loading = null; // the search box stays without results; a later focus retries
      },
    ));
  }

  /**
   * For the search box: results, or null while loading or when a newer query superseded it. The
   * same query asked twice while in flight (the box and `ensure`) is one request: a second one
   * would supersede the first in the worker client.
   */
  readonly search = (query: string): Promise<SearchResults | null> => {
    const q = query.trim();
    if (this.#inflight?.query === q) return this.#inflight.promise;
    const promise = this.#run(q);
    this.#inflight = { query: q, promise };
    void promise.finally(() => {
      if (this.#inflight?.promise === promise) this.#inflight = null;
    });
    return promise;
  };
  #inflight: { query: string; promise: Promise<SearchResults | null> } | null = null;

  async #run(query: string): Promise<SearchResults | null> {
    const engine = this.engine;
    if (!engine) return null;
    const answer = await engine.run(query);
    if (!answer) return null;
    this.#answer = { query, ids: answer.eventIds };
    return answer.results;
  }

  /** For the filters; null until the engine is loaded. */
  readonly matcher = $derived.by((): QueryMatcher | null => {
    const engine = this.engine;
    if (!engine) return null;
    if (engine.matchingEventIds) return { matchingEventIds: engine.matchingEventIds };
    const answer = this.#answer;
    // The worker answers asynchronously: until the new query's answer is in, keep the last one.
    // A fresh snapshot nobody mutates: no need for a reactive SvelteSet.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return { matchingEventIds: () => answer?.ids ?? new Set() };
  });

  /**
   * The dataset was loaded again (a live rebuild): an engine already built is built again from
   * it, and replaces the old one once ready, so the search box and the dimming never go blank.
   * The new build waits for an idle moment: at 10,000 events it fetches and indexes the full
   * dataset for two seconds of CPU, which, started at once, competed with drawing the rebuilt
   * timeline (and with the next rebuild) for the machine's cores.
   */
  refresh(): void {
    if (!this.#loading) return;
    const source = this.source();
    if (!source) return;
    const previous = this.#loading;
    const idle = () => new Promise<void>((resolve) => whenIdle(resolve, IDLE_REFRESH_MS));
    this.#loading = previous.then(idle).then(() =>
      this.loader(source).then(
        (engine) => {
          const old = this.engine;
          this.engine = engine;
          old?.dispose?.();
          // The bench waits for this before its next save: a quiet page, as between an editor's.
          performance.mark('search:refreshed');
          // The worker's matches for the query come again from the new index; the old ones dim
          // the timeline meanwhile.
          const q = this.#answer?.query;
          if (q && !engine.matchingEventIds) void this.#run(q);
        },
        () => {}, // the old engine stays
      ),
    );
  }

  /** The query the worker must answer even without a search box (a `q=` link in an embed). */
  ensure(query: string): void {
    const q = query.trim();
    if (!q || !this.engine || this.engine.matchingEventIds || this.#answer?.query === q) return;
    void this.search(q);
  }
}

/** Runs `fn` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(fn: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 200);
  return () => clearTimeout(handle);
}
