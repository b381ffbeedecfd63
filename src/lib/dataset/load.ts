/**
 * Fetches the dataset at run time (its core first, see `loadCore`), relative to the app's base path, so a newsroom can publish new
 * data without rebuilding, and validates it with the same code the build uses.
 */
import { corePath } from './core-path';
import type { ValidationResult } from './validate';
import { fetchJson, LoadError, validated } from './fetch-json';
import { validateCore, type CoreValidationResult } from './validate-core';

export { LoadError, type LoadProblem } from './fetch-json';

/** The dataset URL under the base path (`./` in dev, `/timeline/` when deployed in a sub-folder). */
export function datasetUrl(base: string, pageUrl: string): string {
  return new URL('data/timeline.json', new URL(base, pageUrl)).href;
}

export interface CoreLoad extends CoreValidationResult {
  /** The full dataset, when there was no core file and the full one was loaded instead. */
  full: ValidationResult | null;
}

/**
 * What the first draw needs: the core file beside `url`. A site that published only the full file
 * (an older build, or a file written by hand) still works: on a 404 the full file is loaded and
 * its core derived from it.
 */
export async function loadCore(url: string, fetchFn: typeof fetch = fetch): Promise<CoreLoad> {
  try {
    const json = await fetchJson(corePath(url), fetchFn);
    // The bench reads this mark: fetched and parsed here, validated by `dataset:ready`.
    performance.mark('dataset:parsed');
    return { ...validated(() => validateCore(json)), full: null };
  } catch (e) {
    if (!(e instanceof LoadError && e.problem.kind === 'http' && e.problem.status === 404)) throw e;
  }
  const [{ loadDataset }, { coreOf }] = await Promise.all([
    import('./load-full'),
    import('./core'),
  ]);
  const full = await loadDataset(url, fetchFn);
  return { dataset: coreOf(full.dataset), rejected: full.rejected, full };
}
