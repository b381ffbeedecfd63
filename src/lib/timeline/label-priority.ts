/**
 * Which marks keep their labels when a lane has room for only some: the selected (or focused)
 * event first, then leadership changes and directives, and the events that carry out a directive,
 * then the events that involve more people and documents. Ties go to a stated date over an
 * inferred one, then to time order, so the choice is stable from one zoom step to the next.
 */
import type { PlacedEvent } from './order';

/** What makes a mark's label worth its room, in the order it counts; larger first. */
export function labelRank(p: PlacedEvent, pinned: boolean): [number, number, number] {
  const e = p.event;
  const weighty =
    e.kind !== 'event' || (e.disseminates?.length ?? 0) > 0 || e.change !== undefined ? 1 : 0;
  const involved = e.people.length + e.documents.length + (e.disseminates?.length ?? 0);
  return [pinned ? 1 : 0, weighty, involved * 2 + (e.dateInferred ? 0 : 1)];
}

/** Sorts by rank, larger first; marks of equal rank keep their time order (a stable sort). */
export function byLabelPriority<T extends { item: PlacedEvent; pinned: boolean }>(
  marks: readonly T[],
): T[] {
  const ranks = new Map(marks.map((m) => [m, labelRank(m.item, m.pinned)]));
  return [...marks].sort((a, b) => {
    const ra = ranks.get(a)!;
    const rb = ranks.get(b)!;
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2];
  });
}
