/** The results as one flat list of options, in display order, for ↑/↓ and aria-activedescendant. */
import type { SearchResults } from '../../lib/search/types';

export type OptionKind = 'event' | 'person' | 'document';

export interface Option {
  kind: OptionKind;
  id: string;
}

export function flattenResults(results: SearchResults): Option[] {
  return [
    ...results.events.map((h): Option => ({ kind: 'event', id: h.id })),
    ...results.people.map((h): Option => ({ kind: 'person', id: h.id })),
    ...results.documents.map((h): Option => ({ kind: 'document', id: h.id })),
  ];
}

/** Next active index for ↑/↓, wrapping; -1 (nothing active) steps to the first or last. */
export function step(active: number, count: number, delta: 1 | -1): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}
