/**
 * The dataset as the app sees it: loading, ready (with what was rejected), or failed. The core
 * (what the timeline draws) comes first; the full dataset (summaries, quotes, sources) is loaded
 * once something needs it: a card, presenter mode, an export, the in-thread search.
 */
import type { CoreDataset, Dataset } from '../dataset/types';
import type { Rejection } from '../dataset/validate-core';
import { LoadError, loadCore, type LoadProblem } from '../dataset/load';

export class DatasetState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  dataset = $state.raw<CoreDataset | null>(null);
  rejected = $state.raw<Rejection[]>([]);
  problem = $state.raw<LoadProblem | null>(null);
  /** The full dataset, once loaded; `fullProblem` says why it could not be. */
  full = $state.raw<Dataset | null>(null);
  fullProblem = $state.raw<LoadProblem | null>(null);
  #full: Promise<Dataset | null> | null = null;

  constructor(
    /** The full dataset's URL; its core is beside it (`timeline.core.json`). */
    readonly url: string,
    readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {}

  /**
   * Loads the core; `alsoNeeded` (the interface strings, say) must be ready before it shows.
   * `onReady` runs as soon as the dataset is set, before anything draws it: state it sets (the
   * view's range, the URL's view) is in place for the first render, which an `await` of this
   * method would let run first, with a default view, and draw it all again.
   */
  async load(alsoNeeded?: Promise<unknown>, onReady?: () => void): Promise<void> {
    this.status = 'loading';
    this.problem = null;
    try {
      const result = await loadCore(this.url, this.fetchFn);
      // The bench reads these marks: response → validated → first draw.
      performance.mark('dataset:ready');
      await alsoNeeded;
      this.dataset = result.dataset;
      this.rejected = result.rejected;
      if (result.full) {
        this.full = result.full.dataset;
        this.#full = Promise.resolve(this.full);
      }
      this.status = 'ready';
      onReady?.();
    } catch (e) {
      this.problem = problemOf(e);
      this.status = 'error';
    }
  }

  /**
   * Loads the dataset again, in place (a live rebuild under the dev server): the view, the
   * selection, the query and the filters stay, since they are not held here. The full dataset
   * is loaded again too when it was loaded, before anything changes, so an open card never
   * closes for want of it. On failure the current dataset stays, and the problem is returned.
   */
  async reload(): Promise<LoadProblem | null> {
    // The dev server sends `no-store`; a plain server may not, and a stale answer would be wrong.
    const fresh: typeof fetch = (input, init) =>
      this.fetchFn(input, { ...init, cache: 'no-store' });
    try {
      const core = await loadCore(this.url, fresh);
      let full = core.full?.dataset ?? null;
      if (!full && this.full) {
        const { loadDataset } = await import('../dataset/load-full');
        full = (await loadDataset(this.url, fresh)).dataset;
      }
      this.dataset = core.dataset;
      this.rejected = core.rejected;
      this.full = full;
      this.#full = full ? Promise.resolve(full) : null;
      this.fullProblem = null;
      this.generation++;
      return null;
    } catch (e) {
      return problemOf(e);
    }
  }

  /** Counts reloads in place: what was built from the dataset (the search index) rebuilds. */
  generation = $state(0);

  /** The full dataset, loaded once; null when it cannot be (the core stays usable). */
  loadFull(): Promise<Dataset | null> {
    return (this.#full ??= import('../dataset/load-full')
      .then(({ loadDataset }) => loadDataset(this.url, this.fetchFn))
      .then(
        (result) => (this.full = result.dataset),
        (e: unknown) => {
          this.fullProblem = problemOf(e);
          this.#full = null; // a later need may retry
          return null;
        },
      ));
  }
}

function problemOf(e: unknown): LoadProblem {
  return e instanceof LoadError
    ? e.problem
    : { kind: 'invalid', detail: String((e as Error).message) };
}
