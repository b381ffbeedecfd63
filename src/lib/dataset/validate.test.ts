import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './types';
import { validateDataset } from './validate';

const sample = () =>
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')) as Dataset;

describe('validateDataset', () => {
  it('keeps a valid file as parsed: events whose references all resolve are not copied', () => {
    const input = sample();
    const { dataset, rejected } = validateDataset(input);
    expect(rejected).toEqual([]);
    dataset.events.forEach((event, i) => expect(event).toBe(input.events[i]));
  });

  it('removes references to unknown people and documents, and keeps the event', () => {
    const input = sample();
    const event = input.events.find((e) => e.people.length > 0 && e.documents.length > 0)!;
    event.people = [...event.people, 'nobody-known'];
    event.documents = ['no-such-document', ...event.documents];
    const { dataset, rejected } = validateDataset(input);
    expect(rejected).toEqual([]);
    const kept = dataset.events.find((e) => e.id === event.id)!;
    expect(kept.people).toEqual(event.people.slice(0, -1));
    expect(kept.documents).toEqual(event.documents.slice(1));
  });

  it('rejects an event none of whose sources exists, naming its place in the file', () => {
    const input = sample();
    input.events[0]!.date = 'soon'; // rejected first, so positions among the kept ones shift
    input.events[2]!.sources = [{ source: 'no-such-article', quote: 'x' }];
    const { dataset, rejected } = validateDataset(input);
    expect(rejected).toEqual([
      { path: 'events[0]', reason: 'date must be an ISO date' },
      { path: 'events[2]', reason: 'none of its sources exists' },
    ]);
    expect(dataset.events).toHaveLength(input.events.length - 2);
  });
});
