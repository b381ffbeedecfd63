/**
 * Fetching a dataset file and turning every way it can fail into one `LoadError` with a problem
 * the app can put into words. Shared by the core load (first bundle) and the full load (lazy).
 */
import { DatasetError } from './checks';

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

export async function fetchJson(url: string, fetchFn: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    throw new LoadError({ kind: 'network' });
  }
  if (!response.ok) throw new LoadError({ kind: 'http', status: response.status });
  // The bench reads the first of these, the core file's: the app has the response in hand (the
  // preload has been downloading it since the page began), then reads and parses its body.
  performance.mark('dataset:response');
  try {
    return await response.json();
  } catch {
    throw new LoadError({ kind: 'json' });
  }
}

export function validated<T>(validate: () => T): T {
  try {
    return validate();
  } catch (e) {
    if (e instanceof DatasetError) throw new LoadError({ kind: 'invalid', detail: e.message });
    throw e;
  }
}
