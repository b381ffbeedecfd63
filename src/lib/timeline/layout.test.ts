import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/types';
import { clusterByPixel } from './cluster';
import { layoutLane } from './layout';
import { sortEvents, stepEvent, visibleEvents } from './order';
import { packRows } from './pack';
import { DAY } from './time';

describe('packRows', () => {
  it.each([
    [
      'disjoint items share the first row',
      [
        [0, 10],
        [20, 30],
      ],
      2,
      [0, 0],
    ],
    [
      'overlapping items stack',
      [
        [0, 10],
        [5, 15],
        [8, 20],
      ],
      3,
      [0, 1, 2],
    ],
    [
      'an item that fits nowhere gets -1',
      [
        [0, 10],
        [5, 15],
        [8, 20],
      ],
      2,
      [0, 1, -1],
    ],
    [
      'a freed row is reused',
      [
        [0, 10],
        [5, 15],
        [20, 30],
      ],
      2,
      [0, 1, 0],
    ],
  ] as const)('%s', (_, extents, maxRows, expected) => {
    expect(
      packRows(
        extents.map(([x0, x1]) => ({ x0, x1 })),
        maxRows,
        4,
      ),
    ).toEqual(expected);
  });
});

describe('clusterByPixel', () => {
  const placed = (xs: readonly number[]) => {
    const at = new Map(xs.map((x, i) => [`e${i}`, x]));
    return [[...at.keys()], (id: string) => at.get(id)!] as const;
  };
  it.each([
    ['far-apart marks stay alone', [0, 50, 100], [1, 1, 1]],
    ['close marks merge', [0, 5, 10, 100], [3, 1]],
    ['a chain stops at the maximum width', [0, 10, 20, 30, 40], [3, 2]],
  ] as const)('%s', (_, xs, sizes) => {
    const clusters = clusterByPixel(...placed(xs), 15, () => false, 25);
    expect(clusters.map((c) => c.items.length)).toEqual(sizes);
  });
  it('never merges a pinned mark', () => {
    const clusters = clusterByPixel(...placed([0, 5, 10]), 15, (id) => id === 'e1');
    expect(clusters.map((c) => c.items)).toEqual([['e0'], ['e1'], ['e2']]);
  });
});

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  kind: 'event',
  date,
  precision: 'day',
  dateInferred: false,
  title: `Sự kiện ${id}`,
  label: `Sự kiện ${id}`,
  summary: '',
  people: [],
  documents: [],
  sources: [{ source: 's', quote: 'q' }],
  ...extra,
});

describe('layoutLane', () => {
  const sorted = sortEvents([
    event('a', '2021-01-01'),
    event('b', '2021-01-02'),
    event('c', '2021-06-01'),
  ]);
  const start = sorted[0]!.span.start;

  it('stacks two close marks into rows instead of hiding one', () => {
    const x = (ms: number) => (ms - start) / DAY; // one pixel per day
    const lane = layoutLane(sorted, x, { maxRows: 3, minGap: 18, label: (p) => p.event.title });
    expect(lane.marks.map((m) => [m.item.event.id, m.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(lane.clusters).toEqual([]);
  });

  it('merges marks into a counted cluster when more are close than there are rows', () => {
    const x = (ms: number) => (ms - start) / (2 * DAY);
    const lane = layoutLane(sorted, x, { maxRows: 1, minGap: 18, label: (p) => p.event.title });
    expect(lane.clusters.map((c) => c.items.length)).toEqual([2]);
    expect(lane.marks.map((m) => m.item.event.id)).toEqual(['c']);
  });

  it('hides a label that does not fit, keeping the mark', () => {
    const x = (ms: number) => (ms - start) / DAY;
    const lane = layoutLane(sorted, x, { maxRows: 1, minGap: 0, label: () => 'x'.repeat(40) });
    expect(lane.marks.find((m) => m.item.event.id === 'b')?.labelWidth).toBe(0);
  });
});

describe('order', () => {
  const sorted = sortEvents([
    event('late', '2023-08-16'),
    event('early', '2019-04-11'),
    event('mid', '2021-04', { precision: 'month' }),
  ]);
  it('sorts by start date', () => {
    expect(sorted.map((p) => p.event.id)).toEqual(['early', 'mid', 'late']);
  });
  it.each([
    [null, 1, 'early'],
    [null, -1, 'late'],
    ['early', 1, 'mid'],
    ['late', 1, 'late'],
    ['mid', -1, 'early'],
  ] as const)('stepEvent(%s, %i) → %s', (id, step, expected) => {
    expect(stepEvent(sorted, id, step)).toBe(expected);
  });
  it('finds only events overlapping the window, including a month that began before it', () => {
    const from = new Date(2021, 3, 20).getTime();
    const to = new Date(2021, 4, 5).getTime();
    expect(visibleEvents(sorted, from, to, 31 * DAY).map((p) => p.event.id)).toEqual(['mid']);
  });
});

describe('labels near the right edge', () => {
  it('flip to the left of the mark instead of running out of view', () => {
    const sorted = sortEvents([event('edge', '2021-01-01')]);
    const x = () => 390;
    const lane = layoutLane(sorted, x, {
      maxRows: 1,
      minGap: 18,
      label: () => 'x'.repeat(30),
      width: 400,
    });
    expect(lane.marks[0]).toMatchObject({ labelSide: 'left' });
    expect(lane.marks[0]!.labelWidth).toBeGreaterThan(40);
  });
});
