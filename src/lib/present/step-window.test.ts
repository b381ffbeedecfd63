import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../dataset/types';
import { padBounds } from '../timeline/domain';
import { sortEvents } from '../timeline/order';
import { DAY, parseIsoLocal } from '../timeline/time';
import { STEP_WINDOW, stepWindow } from './step-window';

const event = (id: string, date: string): CoreEvent =>
  ({ id, date, precision: 'day', kind: 'event', title: id, label: id }) as unknown as CoreEvent;
const sorted = sortEvents([
  event('a', '2019-04-11'),
  event('b', '2021-04-22'),
  event('c', '2022-01-08'),
  event('d', '2023-08-07'),
  event('e', '2023-08-14'),
  event('f', '2023-08-16'),
]);
const bounds = padBounds([parseIsoLocal('2019-01-01'), parseIsoLocal('2024-01-01')]);
const at = (iso: string) => parseIsoLocal(iso);
const inside = (w: readonly [number, number], ms: number) => ms > w[0] && ms < w[1];

describe('stepWindow', () => {
  it('shows the event with both neighbours, none of them at the very edge', () => {
    const w = stepWindow(sorted, 'c', bounds)!;
    for (const day of ['2021-04-22', '2022-01-08', '2023-08-07'])
      expect(inside(w, at(day))).toBe(true);
    const span = w[1] - w[0];
    expect(at('2021-04-22') - w[0]).toBeGreaterThan(span * 0.1);
    expect(w[1] - at('2023-08-07')).toBeGreaterThan(span * 0.1);
  });

  it('zooms in where the neighbours are close: days apart, not years', () => {
    const w = stepWindow(sorted, 'e', bounds)!;
    expect(inside(w, at('2023-08-07'))).toBe(true);
    expect(inside(w, at('2023-08-16'))).toBe(true);
    expect(w[1] - w[0]).toBeLessThanOrEqual(STEP_WINDOW.minSpan * 1.5);
  });

  it('leaves out a neighbour years away rather than zooming out to it', () => {
    const w = stepWindow(sorted, 'a', bounds, { maxSpan: 365 * DAY })!;
    expect(inside(w, at('2019-04-11'))).toBe(true);
    expect(inside(w, at('2021-04-22'))).toBe(false);
    expect(w[1] - w[0]).toBeLessThan(1.5 * 365 * DAY);
  });

  it('keeps the first and last events inside the bounds', () => {
    for (const id of ['a', 'f']) {
      const w = stepWindow(sorted, id, bounds)!;
      expect(w[0]).toBeGreaterThanOrEqual(bounds[0]);
      expect(w[1]).toBeLessThanOrEqual(bounds[1]);
      expect(inside(w, sorted.find((p) => p.event.id === id)!.span.start)).toBe(true);
    }
  });

  it('is null for an event not shown', () => {
    expect(stepWindow(sorted, 'zz', bounds)).toBeNull();
  });
});
