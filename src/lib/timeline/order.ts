/** Events in time order, and the look-ups the keyboard and virtualisation need. */
import { bisector } from 'd3-array';
import type { CoreEvent } from '../dataset/types';
import { eventSpan, type EventSpan } from './time';

export interface PlacedEvent {
  event: CoreEvent;
  span: EventSpan;
}

/**
 * Strings in code-unit order. For ids (URL-safe ASCII) and ISO dates it is the order
 * `localeCompare` gives; `localeCompare` asks ICU to collate, which costs milliseconds the first
 * time in a page (the collator is built) and then per call: sorting 10,000 events, many on one
 * day, spent 50 ms in it before the first draw.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Time order: by start, then by id so equal starts keep one stable order everywhere. */
export const compareByTime = (a: PlacedEvent, b: PlacedEvent): number =>
  a.span.start - b.span.start || byCodeUnits(a.event.id, b.event.id);

export function sortEvents(events: readonly CoreEvent[]): PlacedEvent[] {
  return events.map((event) => ({ event, span: eventSpan(event) })).sort(compareByTime);
}

const byStart = bisector((p: PlacedEvent) => p.span.start);

/**
 * Events that overlap `[from, to]`. Sorted by start, so a bisection finds the right edge; spans are
 * short except leadership windows, so looking back `maxSpan` finds the ones that began earlier.
 */
export function visibleEvents(
  sorted: readonly PlacedEvent[],
  from: number,
  to: number,
  maxSpan: number,
): PlacedEvent[] {
  const lo = byStart.left(sorted, from - maxSpan);
  const hi = byStart.right(sorted, to);
  const out: PlacedEvent[] = [];
  for (let i = lo; i < hi; i++) if (sorted[i]!.span.end >= from) out.push(sorted[i]!);
  return out;
}

/** The neighbour of `id` in time order, `step` places away, clamped to the ends. */
export function stepEvent(
  sorted: readonly PlacedEvent[],
  id: string | null,
  step: number,
): string | null {
  if (sorted.length === 0) return null;
  const i = id ? sorted.findIndex((p) => p.event.id === id) : -1;
  if (i === -1) return sorted[step >= 0 ? 0 : sorted.length - 1]!.event.id;
  return sorted[Math.max(0, Math.min(sorted.length - 1, i + step))]!.event.id;
}
