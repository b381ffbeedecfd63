import { describe, expect, it } from 'vitest';
import { keepPublishedIds, resolveAliases, updateRecord, type IdRecord } from './id-record';
import type { Dataset, TimelineEvent } from './types';

const event = (
  id: string,
  date: string,
  source = 's1',
  kind: TimelineEvent['kind'] = 'event',
): TimelineEvent => ({
  id,
  kind,
  date,
  precision: 'day',
  dateInferred: false,
  title: id,
  label: id,
  summary: id,
  people: [],
  documents: [],
  sources: [{ source, quote: 'q' }],
});
const dataset = (events: TimelineEvent[]): Dataset => ({
  schemaVersion: 2,
  range: { start: '2019-01-01', end: '2023-12-31' },
  sources: [
    {
      id: 's1',
      file: 'a.txt',
      title: 'A',
      outlet: null,
      author: null,
      published: null,
      publishedInferred: false,
    },
    {
      id: 's2',
      file: 'b.txt',
      title: 'B',
      outlet: null,
      author: null,
      published: null,
      publishedInferred: false,
    },
  ],
  events,
  people: [],
  documents: [],
});

describe('published ids', () => {
  const record: IdRecord = {
    '2021-04-22-hoi-nghi-cu': { kind: 'event', date: '2021-04-22', files: ['a.txt'] },
    '2020-01-01-khong-con': { kind: 'event', date: '2020-01-01', files: ['gone.txt'] },
  };

  it('resolve an id renamed by a better compiler to the event with the same source and date', () => {
    const now = dataset([
      event('2021-04-22-hoi-nghi-moi', '2021-04-22'),
      event('2021-05-01-khac', '2021-05-01', 's2'),
    ]);
    expect(resolveAliases(now, record)).toEqual({
      '2021-04-22-hoi-nghi-cu': '2021-04-22-hoi-nghi-moi',
    });
  });

  it('never alias an id whose sources are gone', () => {
    expect(resolveAliases(dataset([event('x', '2020-01-01', 's2')]), record)).toEqual({});
  });

  it('prefer the nearest date among events of the same source and kind', () => {
    const now = dataset([
      event('far', '2021-09-01'),
      event('near', '2021-04-23'),
      event('other-kind', '2021-04-22', 's1', 'directive'),
    ]);
    expect(resolveAliases(now, record)['2021-04-22-hoi-nghi-cu']).toBe('near');
  });

  it('keep every id ever published when the record is updated', () => {
    const next = updateRecord(dataset([event('moi', '2022-01-01')]), record);
    expect(Object.keys(next).sort()).toEqual([
      '2020-01-01-khong-con',
      '2021-04-22-hoi-nghi-cu',
      'moi',
    ]);
    expect(next.moi).toEqual({ kind: 'event', date: '2022-01-01', files: ['a.txt'] });
  });

  it('keep the published id of an event whose title changed but not its kind, day or sources', () => {
    const now = dataset([event('2021-04-22-tieu-de-moi', '2021-04-22'), event('x', '2021-05-01')]);
    expect(keepPublishedIds(now, record)).toBe(1);
    expect(now.events.map((e) => e.id)).toEqual(['2021-04-22-hoi-nghi-cu', 'x']);
  });

  it('keep no id when two new events could be the published one', () => {
    const now = dataset([event('a', '2021-04-22'), event('b', '2021-04-22')]);
    expect(keepPublishedIds(now, record)).toBe(0);
    expect(now.events.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
