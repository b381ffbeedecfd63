import { describe, expect, it } from 'vitest';
import { loadTestDataset } from './fixtures/test-dataset';
import { loadSearch } from './lazy';

describe('loadSearch', () => {
  it('loads the search module on demand and searches the dataset it was given', async () => {
    const loaded = await loadSearch(loadTestDataset());
    expect(loaded.search('171').documents[0]?.id).toBe('171-kh-tu');
    expect(loaded.matchingEventIds('171')).toEqual(new Set(['2023-08-14-ke-hoach-171-kh-tu']));
  });
});
