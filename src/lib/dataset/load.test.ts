import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetUrl, LoadError } from './load';
import { loadDataset } from './load-full';

const sample = readFileSync('e2e/fixtures/sample-timeline.json', 'utf8');
const respond = (body: string, status = 200) =>
  (async () => new Response(body, { status })) as typeof fetch;

async function problemOf(fetchFn: typeof fetch) {
  try {
    await loadDataset('http://x/data/timeline.json', fetchFn);
  } catch (e) {
    return (e as LoadError).problem;
  }
  return null;
}

describe('loadDataset', () => {
  it('loads and validates the sample dataset', async () => {
    const { dataset, rejected } = await loadDataset('u', respond(sample));
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(rejected).toEqual([]);
  });

  it.each([
    ['an HTTP error', respond('nope', 500), { kind: 'http', status: 500 }],
    [
      'a broken network',
      (async () => {
        throw new TypeError('offline');
      }) as typeof fetch,
      { kind: 'network' },
    ],
    ['bad JSON', respond('{"events": ['), { kind: 'json' }],
  ])('names %s', async (_, fetchFn, problem) => {
    expect(await problemOf(fetchFn)).toEqual(problem);
  });

  it('says what is wrong with an invalid dataset', async () => {
    const problem = await problemOf(respond(JSON.stringify({ schemaVersion: 99 })));
    expect(problem).toMatchObject({ kind: 'invalid' });
    expect(problem && 'detail' in problem && problem.detail).toContain('schemaVersion');
  });
});

describe('datasetUrl', () => {
  it.each([
    [
      './',
      'https://news.example/timeline/index.html?event=x',
      'https://news.example/timeline/data/timeline.json',
    ],
    ['/tl/', 'https://news.example/tl/e/abc/', 'https://news.example/tl/data/timeline.json'],
  ])('resolves against base %s', (base, page, expected) => {
    expect(datasetUrl(base, page)).toBe(expected);
  });
});
