import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../dataset/types';
import { byCodeUnits, sortEvents } from './order';

const event = (id: string, date: string): CoreEvent => ({
  id,
  kind: 'event',
  date,
  precision: 'day',
  dateInferred: false,
  title: id,
  label: id,
  people: [],
  documents: [],
});

describe('sortEvents', () => {
  it('orders by start, and events of one day by id, the same way every time', () => {
    const ids = (events: CoreEvent[]) => sortEvents(events).map((p) => p.event.id);
    const events = [
      event('2021-04-22-hoi-nghi-b', '2021-04-22'),
      event('2019-01-02-a', '2019-01-02'),
      event('2021-04-22-hoi-nghi-2', '2021-04-22'),
      event('2021-04-22-hoi-nghi', '2021-04-22'),
      event('2021-04-22-hoi-nghi-a', '2021-04-22'),
    ];
    const expected = [
      '2019-01-02-a',
      '2021-04-22-hoi-nghi',
      '2021-04-22-hoi-nghi-2',
      '2021-04-22-hoi-nghi-a',
      '2021-04-22-hoi-nghi-b',
    ];
    expect(ids(events)).toEqual(expected);
    expect(ids([...events].reverse())).toEqual(expected);
    // The order the id comparison gives is the collator's for ids' characters.
    const byCollator = [...expected].sort((a, b) => a.localeCompare(b));
    expect(byCollator).toEqual(expected);
  });
});

describe('byCodeUnits', () => {
  it('orders ISO dates of every precision as the collator does', () => {
    const dates = ['2021-04-22', '2021', '2020-12', '2021-04', '2021-04-02', '2019-01-02', '2020'];
    const expected = [
      '2019-01-02',
      '2020',
      '2020-12',
      '2021',
      '2021-04',
      '2021-04-02',
      '2021-04-22',
    ];
    expect([...dates].sort(byCodeUnits)).toEqual(expected);
    expect([...dates].sort((a, b) => a.localeCompare(b))).toEqual(expected);
  });
});
