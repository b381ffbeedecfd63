import { describe, expect, it } from 'vitest';
import { createSearchClient, type WorkerLike } from './client';
import { loadTestDataset } from './fixtures/test-dataset';
import { handleRequest, type HandlerState } from './handler';
import { isWorkerResponse } from './protocol';

/** A worker that runs the handler on the next microtask, like a thread would, but in-process. */
function fakeWorker(): WorkerLike & { received: unknown[] } {
  const state: HandlerState = { index: null };
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const received: unknown[] = [];
  return {
    received,
    postMessage(message) {
      received.push(message);
      // A structured clone, as postMessage does: nothing shared by reference.
      const copy = structuredClone(message);
      queueMicrotask(() => {
        const response = handleRequest(state, copy, () => 0);
        if (response) for (const l of listeners) l({ data: structuredClone(response) });
      });
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}

describe('the search worker protocol', () => {
  it.each([
    null,
    'search',
    { type: 'search' },
    { type: 'search', id: -1, query: 'x', limit: 8 },
    { type: 'search', id: 1, query: 42, limit: 8 },
    { type: 'search', id: 1, query: 'x'.repeat(5000), limit: 8 },
    { type: 'search', id: 1, query: 'x', limit: 1e9 },
    { type: 'eval', code: 'alert(1)' },
  ])('ignores the malformed request %j', (msg) => {
    expect(handleRequest({ index: null }, msg)).toBeNull();
  });

  it('answers a search before init with an error, not a throw', () => {
    const response = handleRequest(
      { index: null },
      { type: 'search', id: 3, query: 'x', limit: 8 },
    );
    expect(response).toEqual({ type: 'error', id: 3, message: 'search index not ready' });
  });

  it('reports a dataset it cannot read as an init error', () => {
    const response = handleRequest({ index: null }, { type: 'init', dataset: { nope: true } });
    expect(response).toMatchObject({ type: 'error', id: null });
    expect(isWorkerResponse(response)).toBe(true);
  });

  it('builds, then answers with results and every matching event id', () => {
    const state: HandlerState = { index: null };
    expect(handleRequest(state, { type: 'init', dataset: loadTestDataset() }, () => 0)).toEqual({
      type: 'ready',
      records: 18,
      millis: 0,
    });
    const response = handleRequest(state, { type: 'search', id: 7, query: '24 ct tu', limit: 1 });
    expect(isWorkerResponse(response)).toBe(true);
    expect(response).toMatchObject({ type: 'results', id: 7 });
    if (response?.type !== 'results') throw new Error('expected results');
    expect(response.results.events).toHaveLength(1);
    expect(response.eventIds).toHaveLength(3);
  });

  it.each([null, { type: 'results', id: 1 }, { type: 'ready', records: 'all' }, { type: 'x' }])(
    'rejects the malformed response %j on the app side',
    (msg) => {
      expect(isWorkerResponse(msg)).toBe(false);
    },
  );
});

describe('createSearchClient', () => {
  it('searches through the worker with the same results as in-thread', async () => {
    const client = createSearchClient(fakeWorker(), { dataset: loadTestDataset() });
    await client.ready;
    const answer = await client.search('dinh tein dung');
    expect(answer?.results.people[0]?.id).toBe('dinh-tien-dung');
    expect(answer?.eventIds.has('2023-08-16-hoi-nghi-truc-tuyen-quan-triet-chi-thi-24')).toBe(true);
  });

  it('resolves a superseded query as null and the latest one with results', async () => {
    const client = createSearchClient(fakeWorker(), { dataset: loadTestDataset() });
    await client.ready;
    const older = client.search('dinh');
    const newer = client.search('dinh tien');
    expect(await older).toBeNull();
    expect((await newer)?.results.people[0]?.id).toBe('dinh-tien-dung');
  });
});
