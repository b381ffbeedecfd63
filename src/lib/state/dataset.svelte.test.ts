import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreOf } from '../dataset/core';
import { coreFileJson } from '../dataset/core-file';
import type { Dataset } from '../dataset/types';
import { DatasetState } from './dataset.svelte';

const sample = JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Dataset;

/** A server holding one dataset at a time, as the dev server does between rebuilds. */
function server(initial: Dataset) {
  let current: unknown = initial;
  const requests: { url: string; cache?: RequestCache }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, cache: init?.cache });
    if (current === 'broken') return new Response('{', { status: 200 });
    const dataset = current as Dataset;
    const body = url.endsWith('.core.json')
      ? coreFileJson(coreOf(dataset))
      : JSON.stringify(dataset);
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { fetchFn, requests, set: (next: unknown) => (current = next) };
}

const withTitle = (d: Dataset, title: string): Dataset => ({
  ...d,
  events: d.events.map((e, i) => (i === 0 ? { ...e, title } : e)),
});

describe('DatasetState.reload, the live rebuild', () => {
  it('swaps the core and the loaded full dataset together, staying ready', async () => {
    const s = server(sample);
    const data = new DatasetState('data/timeline.json', s.fetchFn);
    await data.load();
    await data.loadFull();
    s.set(withTitle(sample, 'Tiêu đề mới'));
    expect(await data.reload()).toBeNull();
    expect(data.status).toBe('ready');
    expect(data.dataset!.events[0]!.title).toBe('Tiêu đề mới');
    expect(data.full!.events[0]!.title).toBe('Tiêu đề mới');
    expect(data.generation).toBe(1);
    // Never a cached answer.
    expect(s.requests.slice(-2).every((r) => r.cache === 'no-store')).toBe(true);
  });

  it('does not load the full dataset when nothing had needed it', async () => {
    const s = server(sample);
    const data = new DatasetState('data/timeline.json', s.fetchFn);
    await data.load();
    await data.reload();
    expect(data.full).toBeNull();
    expect(s.requests.every((r) => r.url.endsWith('.core.json'))).toBe(true);
  });

  it('keeps the current dataset when the new one cannot be read, and says why', async () => {
    const s = server(sample);
    const data = new DatasetState('data/timeline.json', s.fetchFn);
    await data.load();
    const before = data.dataset;
    s.set('broken');
    expect(await data.reload()).toEqual({ kind: 'json' });
    expect(data.dataset).toBe(before);
    expect(data.status).toBe('ready');
    expect(data.generation).toBe(0);
  });
});
