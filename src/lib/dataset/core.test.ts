import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreOf, corePath } from './core';
import { asciiJson, coreFileJson, encodeCore } from './core-file';
import { LoadError, loadCore } from './load';
import { validateDataset } from './validate';
import { outsideYears, validateCore } from './validate-core';
import type { CoreEvent, Dataset } from './types';

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
  it('is written smaller than the full dataset, and reads back as it was', () => {
    expect(coreFileJson(core).length).toBeLessThan(JSON.stringify(sample).length * 0.6);
    const checked = validateCore(JSON.parse(coreFileJson(core)));
    expect(checked.rejected).toEqual([]);
    expect(checked.dataset).toEqual(core);
  });
});

describe('the core file', () => {
  const core = coreOf(sample);
  const file = () => JSON.parse(coreFileJson(core)) as ReturnType<typeof encodeCore>;
  const position = (list: readonly { id: string }[], id: string) =>
    list.findIndex((item) => item.id === id);

  it('writes events as columns, and people and documents as positions in their lists', () => {
    const { events } = file();
    const at = core.events.findIndex((e) => e.fromPerson && e.change && e.endDate);
    expect(at).toBeGreaterThanOrEqual(0);
    const event = core.events[at]!;
    expect(events.id![at]).toBe(event.id);
    expect(events.fromPerson![at]).toBe(position(core.people, event.fromPerson!));
    expect(events.people![at]).toEqual(event.people.map((id) => position(core.people, id)));
    for (const column of Object.values(events)) expect(column).toHaveLength(core.events.length);
    // Every optional field appears in the sample, so the round trip above covers them all.
    for (const field of ['endDate', 'disseminates', 'office', 'fromPerson', 'toPerson', 'change'])
      expect(core.events.some((e) => field in e)).toBe(true);
  });

  it('carries what an editor did, for the list, and refuses a wrong mark', () => {
    const events = core.events.map((e, i) =>
      i === 1 ? { ...e, reviewed: true, edited: ['title', 'date'] } : e,
    );
    const marked = { ...core, events };
    const written = JSON.parse(coreFileJson(marked)) as ReturnType<typeof encodeCore>;
    expect(written.events.reviewed![1]).toBe(true);
    expect(written.events.edited![0]).toBeNull();
    expect(validateCore(written).dataset).toEqual(marked);
    // Reading checks the columns in place: a second check reads the file afresh.
    const wrong = JSON.parse(coreFileJson(marked)) as ReturnType<typeof encodeCore>;
    wrong.events.edited![1] = 'title';
    expect(validateCore(wrong).rejected).toEqual([
      { path: 'events[1]', reason: 'edited must be a list of strings' },
    ]);
  });

  it('leaves out a column no event has', () => {
    const noLeadership = { ...core, events: core.events.filter((e) => !e.office) };
    const { events } = encodeCore(noLeadership);
    expect(Object.keys(events)).not.toContain('office');
    expect(validateCore(JSON.parse(JSON.stringify(encodeCore(noLeadership)))).dataset).toEqual(
      noLeadership,
    );
  });

  it('refuses a full dataset passed as a core file', () => {
    expect(() => validateCore(JSON.parse(sampleText))).toThrow(/core/);
  });

  it('refuses a file whose columns do not line up, naming the column', () => {
    const short = file();
    short.events.title!.pop();
    expect(() => validateCore(short)).toThrow(
      `events.title: must be a list of ${core.events.length} values, one per event`,
    );
    const { title: _, ...untitled } = file().events;
    expect(() => validateCore({ ...file(), events: untitled })).toThrow(/events\.title/);
    expect(() => validateCore({ ...file(), events: [] })).toThrow(/events: must be an object/);
  });

  it('drops a broken event and names it, keeping the rest', () => {
    const broken = file();
    broken.events.date![0] = '2021-02-31';
    broken.events.people![2] = ['hoang-trung-hai'];
    broken.events.kind![2] = 'rumour';
    const { dataset, rejected } = validateCore(broken);
    expect(dataset.events).toEqual(core.events.filter((_, i) => i !== 0 && i !== 2));
    expect(rejected).toEqual([
      { path: 'events[0]', reason: 'date must be an ISO date' },
      {
        path: 'events[2]',
        reason:
          'kind must be one of event, leadership, directive; people must be a list of positions in people',
      },
    ]);
  });

  it('drops a duplicate and an event outside the range', () => {
    const written = file();
    const n = core.events.length;
    for (const column of Object.values(written.events)) column.push(column[0], column[1]);
    written.events.date![n + 1] = '2031-01-01';
    written.events.id![n + 1] = 'late-event';
    const { dataset, rejected } = validateCore(written);
    expect(dataset.events).toEqual(core.events);
    expect(rejected).toEqual([
      { path: `events[${n}]`, reason: `duplicate id ${core.events[0]!.id}` },
      { path: `events[${n + 1}]`, reason: 'date 2031-01-01 is outside the range' },
    ]);
  });

  it('leaves out a reference to a rejected person, not the event', () => {
    const written = file();
    const at = written.events.people!.findIndex((p) => (p as number[]).length > 1);
    const [gone, ...kept] = written.events.people![at] as number[];
    (written.people as unknown[])[gone!] = { id: 'Not An Id' };
    const { dataset, rejected } = validateCore(written);
    expect(rejected.map((r) => r.path)).toEqual([`people[${gone}]`]);
    expect(dataset.events[at]!.people).toEqual(kept.map((i) => core.people[i]!.id));
  });
});

describe('asciiJson', () => {
  it('writes the core file in ASCII, and its Vietnamese reads back as it was', () => {
    const core = coreOf(sample);
    const text = coreFileJson(core);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain('\\u1ee7'); // the ủ of "Thành ủy"
    expect(validateCore(JSON.parse(text)).dataset).toEqual(core);
  });
  it(
    'reads back any text unchanged: letters past U+FFFF, lone surrogates, quotes, controls',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary' }), (value, text) => {
          const json = JSON.stringify({ value, text });
          const ascii = asciiJson(json);
          expect([...ascii].every((char) => char.charCodeAt(0) <= 0x7f)).toBe(true);
          expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
        }),
      );
    },
  );
});

describe('loadCore', () => {
  const url = 'https://news.example/data/timeline.json';
  it('reads the core file beside the full one', async () => {
    const core = coreOf(sample);
    const loaded = await loadCore(url, serve({ [corePath(url)]: coreFileJson(core) }));
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

describe('outsideYears', () => {
  const outside = outsideYears({ start: '2019-01-01', end: '2023-12-31' });
  it.each([
    ['2018-12-31', true],
    ['2018', true],
    ['2019', false],
    ['2019-01', false],
    ['2021-06-15', false],
    ['2023', false],
    ['2023-12-31', false],
    ['2024-01-01', true],
    ['2024', true],
  ])('%s → %s', (date, expected) => expect(outside({ date } as CoreEvent)).toBe(expected));
});
