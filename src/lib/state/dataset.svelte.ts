/** The dataset as the app sees it: loading, ready (with what was rejected), or failed. */
import type { Dataset } from '../dataset/types';
import type { Rejection } from '../dataset/validate';
import { LoadError, loadDataset, type LoadProblem } from '../dataset/load';

export class DatasetState {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  dataset = $state.raw<Dataset | null>(null);
  rejected = $state.raw<Rejection[]>([]);
  problem = $state.raw<LoadProblem | null>(null);

  constructor(
    readonly url: string,
    readonly fetchFn: typeof fetch = (...args) => fetch(...args),
  ) {}

  async load(): Promise<void> {
    this.status = 'loading';
    this.problem = null;
    try {
      performance.mark('dataset:fetch');
      const result = await loadDataset(this.url, this.fetchFn);
      // The bench reads these marks: fetch → validated → first draw.
      performance.mark('dataset:ready');
      this.dataset = result.dataset;
      this.rejected = result.rejected;
      this.status = 'ready';
    } catch (e) {
      this.problem =
        e instanceof LoadError
          ? e.problem
          : { kind: 'invalid', detail: String((e as Error).message) };
      this.status = 'error';
    }
  }
}
