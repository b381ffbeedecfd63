/**
 * Fetches the dataset at run time, relative to the app's base path, so a newsroom can publish new
 * data without rebuilding, and validates it with the same code the build uses.
 */
import { DatasetError, validateDataset, type ValidationResult } from './validate';

export type LoadProblem =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'json' }
  | { kind: 'invalid'; detail: string };

export class LoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`dataset load failed: ${problem.kind}`);
    this.name = 'LoadError';
  }
}

/** The dataset URL under the base path (`./` in dev, `/timeline/` when deployed in a sub-folder). */
export function datasetUrl(base: string, pageUrl: string): string {
  return new URL('data/timeline.json', new URL(base, pageUrl)).href;
}

export async function loadDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<ValidationResult> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    throw new LoadError({ kind: 'network' });
  }
  if (!response.ok) throw new LoadError({ kind: 'http', status: response.status });
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new LoadError({ kind: 'json' });
  }
  try {
    return validateDataset(json);
  } catch (e) {
    if (e instanceof DatasetError) throw new LoadError({ kind: 'invalid', detail: e.message });
    throw e;
  }
}
