import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CoreEvent } from '../dataset/types';
import { byLabelPriority } from './label-priority';
import { LABEL_COVER, layoutLane, type LaneLayout } from './layout';
import { sortEvents } from './order';
import { DAY } from './time';

const event = (id: string, date: string, extra: Partial<CoreEvent> = {}): CoreEvent => ({
  id,
  kind: 'event',
  date,
  precision: 'day',
  dateInferred: false,
  title: `Sự kiện ${id}`,
  label: `Hội nghị ${id} của Thành ủy Hà Nội`,
  people: [],
  documents: [],
  ...extra,
});

describe('byLabelPriority orders marks by how much their label is worth', () => {
  const placed = sortEvents([
    event('plain', '2021-01-01'),
    event('inferred', '2021-01-02', { dateInferred: true }),
    event('people', '2021-01-03', { people: ['a', 'b'] }),
    event('directive', '2021-01-04', { kind: 'directive' }),
    event('carries-out', '2021-01-05', { disseminates: ['24-ct-tu'] }),
    event('selected', '2021-01-06', { dateInferred: true }),
  ]);
  const order = byLabelPriority(
    placed.map((item) => ({ item, pinned: item.event.id === 'selected' })),
  ).map((m) => m.item.event.id);

  it('puts the selected event first, whatever it is', () => {
    expect(order[0]).toBe('selected');
  });
  it('then directives and the events that carry one out, more involved first', () => {
    expect(order.slice(1, 3)).toEqual(['carries-out', 'directive']);
  });
  it('then events with more people, and a stated date before an inferred one', () => {
    expect(order.slice(3)).toEqual(['people', 'plain', 'inferred']);
  });
});

/** Every mark's room in its row (glyph, and label when shown), as the layout placed it. */
function extents(lane: LaneLayout) {
  return lane.marks.map((m) => {
    const text = m.labelWidth > 0 ? m.labelWidth + 6 : 0;
    return m.labelSide === 'left'
      ? { row: m.row, x0: m.x0 - 7 - text, x1: m.x1 + 7, id: m.item.event.id }
      : { row: m.row, x0: m.x0 - 7, x1: m.x1 + 7 + text, id: m.item.event.id };
  });
}

describe('layoutLane thins labels out by priority before they fill the lane', () => {
  // A phone's events lane: 360 px for five years, an event every five months or so.
  const width = 360;
  const events = Array.from({ length: 12 }, (_, i) =>
    event(
      `e${String(i).padStart(2, '0')}`,
      new Date(Date.UTC(2019, i * 5, 10)).toISOString().slice(0, 10),
      {
        people: i === 7 ? ['a', 'b', 'c'] : [],
        disseminates: i === 10 ? ['24-ct-tu'] : undefined,
      },
    ),
  );
  const sorted = sortEvents(events);
  const from = sorted[0]!.span.start;
  const to = sorted[sorted.length - 1]!.span.start + 30 * DAY;
  const x = (ms: number) => ((ms - from) / (to - from)) * width;
  const layout = (selected?: string) =>
    layoutLane(sorted, x, {
      maxRows: 4,
      minGap: 18,
      width,
      label: (p) => p.event.label,
      isPinned: (p) => p.event.id === selected,
    });

  it('shows labels, but together no wider than the lane allows', () => {
    const lane = layout();
    const shown = lane.marks.filter((m) => m.labelWidth > 0);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.reduce((sum, m) => sum + m.labelWidth, 0)).toBeLessThanOrEqual(
      LABEL_COVER * width,
    );
  });

  it('keeps the labels of the events that matter most', () => {
    const shown = layout()
      .marks.filter((m) => m.labelWidth > 0)
      .map((m) => m.item.event.id);
    expect(shown).toContain('e10'); // carries out a directive
    expect(shown).toContain('e07'); // three people
  });

  it('always labels the selected event, even an unremarkable one', () => {
    const lane = layout('e05');
    expect(layout().marks.find((m) => m.item.event.id === 'e05')!.labelWidth).toBe(0);
    expect(lane.marks.find((m) => m.item.event.id === 'e05')!.labelWidth).toBeGreaterThan(0);
  });

  it('never lets a label cover another mark or label', () => {
    const placed = extents(layout());
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.row === b.row)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0, `${a.id} / ${b.id}`).toBe(true);
  });
});

describe('layoutLane, for any events and width', () => {
  it('places labels that overlap nothing in their row and stay within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -60, max: 5 * 365 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 1, max: 4 }),
        (days, width, maxRows) => {
          const sorted = sortEvents(
            days.map((d, i) =>
              event(`e${i}`, new Date(Date.UTC(2019, 0, 1 + d)).toISOString().slice(0, 10), {
                people: Array.from({ length: i % 4 }, (_, k) => `p${k}`),
              }),
            ),
          );
          const from = Date.UTC(2019, 0, 1) - 7 * 3600_000;
          const x = (ms: number) => ((ms - from) / (5 * 365 * DAY)) * width;
          const lane = layoutLane(sorted, x, {
            maxRows,
            minGap: 18,
            width,
            label: (p) => p.event.label,
          });
          const labelled = extents(lane).filter(
            (e) => lane.marks.find((m) => m.item.event.id === e.id)!.labelWidth > 0,
          );
          const all = extents(lane);
          for (const a of labelled)
            for (const b of all)
              if (a.id !== b.id && a.row === b.row && !(a.x1 <= b.x0 || b.x1 <= a.x0)) return false;
          // No label starts left of the view, where it would be cut.
          if (labelled.some((e) => e.x0 < -7)) return false;
          const total = lane.marks.reduce((sum, m) => sum + m.labelWidth, 0);
          return total <= LABEL_COVER * width && lane.rows <= maxRows;
        },
      ),
      // Two glyphs 3 px apart in a one-row lane once let a label cover the second.
      { numRuns: 300, examples: [[[362, 383], 1565, 1]] },
    );
  });
});
