import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreOf, corePath } from './core';
import { LoadError, loadCore } from './load';
import { validateDataset } from './validate';
import { validateCore } from './validate-core';
import type { Dataset } from './types';

const sampleText = readFileSync('e2e/fixtures/sample-timeline.json', 'utf8');
const sample = validateDataset(JSON.parse(sampleText)).dataset;

/** A fetch that answers from a table of URL → body; anything else is a 404. */
const serve =
  (files: Record<string, string>) =>
  async (url: RequestInfo | URL): Promise<Response> => {
    const body = files[String(url)];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };

describe('coreOf', () => {
  const core = coreOf(sample);
  it('keeps every event, person and document, without the text and evidence of events', () => {
    expect(core.events.map((e) => e.id)).toEqual(sample.events.map((e) => e.id));
    expect(core.people).toEqual(sample.people);
    expect(core.documents).toEqual(sample.documents);
    for (const event of core.events) {
      expect(event).not.toHaveProperty('summary');
      expect(event).not.toHaveProperty('sources');
      expect(event).not.toHaveProperty('roles');
    }
    expect(core.events[0]).toMatchObject({
      id: sample.events[0]!.id,
      title: sample.events[0]!.title,
      date: sample.events[0]!.date,
    });
  });
  it('is smaller than the full dataset, and valid as a core file', () => {
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(sample).length * 0.6);
    const checked = validateCore(JSON.parse(JSON.stringify(core)));
    expect(checked.rejected).toEqual([]);
    expect(checked.dataset).toEqual(core);
  });
});

describe('validateCore', () => {
  it('refuses a full dataset passed as a core file', () => {
    expect(() => validateCore(JSON.parse(sampleText))).toThrow(/core/);
  });
  it('drops a broken event and names it, keeping the rest', () => {
    const core = coreOf(sample);
    const broken = {
      ...core,
      events: [{ ...core.events[0], date: '2021-02-31' }, ...core.events.slice(1)],
    };
    const { dataset, rejected } = validateCore(broken);
    expect(dataset.events).toHaveLength(core.events.length - 1);
    expect(rejected).toEqual([{ path: 'events[0]', reason: 'date must be an ISO date' }]);
  });
});

describe('loadCore', () => {
  const url = 'https://news.example/data/timeline.json';
  it('reads the core file beside the full one', async () => {
    const core = coreOf(sample);
    const loaded = await loadCore(url, serve({ [corePath(url)]: JSON.stringify(core) }));
    expect(loaded.dataset).toEqual(core);
    expect(loaded.full).toBeNull();
  });
  it('derives the core from the full file when the site has no core file', async () => {
    const loaded = await loadCore(url, serve({ [url]: sampleText }));
    expect(loaded.dataset).toEqual(coreOf(sample));
    expect(loaded.full?.dataset).toEqual(sample satisfies Dataset);
  });
  it('reports a broken core file rather than hiding it behind the full one', async () => {
    const error = await loadCore(
      url,
      serve({ [corePath(url)]: '{"schemaVersion":1,', [url]: sampleText }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problem).toEqual({ kind: 'json' });
  });
});

describe('corePath', () => {
  it.each([
    ['public/data/timeline.json', 'public/data/timeline.core.json'],
    ['/tmp/out.JSON', '/tmp/out.core.json'],
    ['out', 'out.core.json'],
  ])('%s → %s', (full, core) => expect(corePath(full)).toBe(core));
});
