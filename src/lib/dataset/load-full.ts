/**
 * The full dataset (`timeline.json`): loaded after the first draw, when a card, presenter mode, an
 * export or the in-thread search needs it (see `DatasetState.loadFull`), so its validation code is
 * not in the first bundle.
 */
import { fetchJson, validated } from './fetch-json';
import { validateDataset, type ValidationResult } from './validate';

export async function loadDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<ValidationResult> {
  const json = await fetchJson(url, fetchFn);
  return validated(() => validateDataset(json));
}
