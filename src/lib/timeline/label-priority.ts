/**
 * Which marks keep their labels when a lane has room for only some: the selected (or focused)
 * event first, then leadership changes and directives, and the events that carry out a directive,
 * then the events that involve more people and documents. Ties go to a stated date over an
 * inferred one, then to time order, so the choice is stable from one zoom step to the next.
 */
import type { CoreEvent } from '../dataset/types';
import type { PlacedEvent } from './order';

const PINNED = 1e7;
const WEIGHTY = 1e6;
// An event's rank does not change with zoom: worked out once per event, not on every step.
const ranks = new WeakMap<CoreEvent, number>();

/** What a mark's label is worth, as one number: larger first. */
export function labelRank(p: PlacedEvent, pinned: boolean): number {
  const e = p.event;
  let rank = ranks.get(e);
  if (rank === undefined) {
    const carriesOut = (e.disseminates?.length ?? 0) > 0;
    const weighty = e.kind !== 'event' || carriesOut || e.change !== undefined;
    const involved = e.people.length + e.documents.length + (e.disseminates?.length ?? 0);
    rank = (weighty ? WEIGHTY : 0) + Math.min(involved, 1000) * 2 + (e.dateInferred ? 0 : 1);
    ranks.set(e, rank);
  }
  return pinned ? rank + PINNED : rank;
}

/** Sorts by rank, larger first; marks of equal rank keep their time order (a stable sort). */
export function byLabelPriority<T extends { item: PlacedEvent; pinned: boolean }>(
  marks: readonly T[],
): T[] {
  const rank = marks.map((m) => labelRank(m.item, m.pinned));
  return marks
    .map((_, i) => i)
    .sort((a, b) => rank[b]! - rank[a]!)
    .map((i) => marks[i]!);
}
