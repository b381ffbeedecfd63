import { describe, expect, it } from 'vitest';
import { Filters, type FilterableEvent, type QueryMatcher } from './filters.svelte';

const EVENTS: FilterableEvent[] = [
  { id: 'conference', kind: 'event', people: ['dung'], documents: ['ct24'] },
  { id: 'directive', kind: 'directive', people: [], documents: ['ct24'] },
  { id: 'plan', kind: 'directive', people: [], documents: ['kh171', 'ct24'] },
  { id: 'succession', kind: 'leadership', people: ['hai', 'dung'], documents: [] },
  { id: 'meeting', kind: 'event', people: ['hai'], documents: [] },
];

/** A hand-made matcher: each query word must appear in the id, and it counts its calls. */
function fakeMatcher() {
  const matcher: QueryMatcher & { calls: number } = {
    calls: 0,
    matchingEventIds(query) {
      matcher.calls++;
      const words = query.toLowerCase().split(' ');
      return new Set(EVENTS.filter((e) => words.every((w) => e.id.includes(w))).map((e) => e.id));
    },
  };
  return matcher;
}

const ids = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('Filters', () => {
  it('filters nothing by default, so nothing is dimmed', () => {
    const filters = new Filters({ events: () => EVENTS, matcher: () => fakeMatcher() });
    expect(filters.active).toBe(false);
    expect(filters.matchingIds).toBeNull();
    expect(filters.count).toBe(EVENTS.length);
  });

  it('counts only the timeline’s events among a query’s matches', () => {
    // The search index is built from the full file; an id the core file lacks is not drawn.
    const matcher: QueryMatcher = { matchingEventIds: () => new Set(['plan', 'ghost']) };
    const filters = new Filters({ events: () => EVENTS, matcher: () => matcher });
    filters.query = 'plan';
    expect(ids(filters.matchingIds)).toEqual(['plan']);
    expect(filters.count).toBe(1);
    filters.person = 'hai';
    expect(ids(filters.matchingIds)).toEqual([]);
  });

  it.each<[string, (f: Filters) => void, string[]]>([
    ['a query', (f) => (f.query = 'con'), ['conference']],
    ['a person', (f) => (f.person = 'hai'), ['meeting', 'succession']],
    ['a document', (f) => (f.doc = 'ct24'), ['conference', 'directive', 'plan']],
    [
      'a lane toggled off',
      (f) => f.toggleKind('directive'),
      ['conference', 'meeting', 'succession'],
    ],
    [
      'a query, a person and a lane together',
      (f) => {
        f.query = 'e';
        f.person = 'dung';
        f.toggleKind('leadership');
      },
      ['conference'],
    ],
  ])('narrows the events by %s', (_, act, expected) => {
    const filters = new Filters({ events: () => EVENTS, matcher: () => fakeMatcher() });
    act(filters);
    expect(filters.active).toBe(true);
    expect(ids(filters.matchingIds)).toEqual(expected);
    expect(filters.count).toBe(expected.length);
  });

  it('ignores the query until the search index is there', () => {
    let matcher: QueryMatcher | null = null;
    const filters = new Filters({ events: () => EVENTS, matcher: () => matcher });
    filters.query = 'plan';
    expect(ids(filters.matchingIds)).toEqual(EVENTS.map((e) => e.id).sort());
    // With a matcher, the same query narrows the events.
    matcher = fakeMatcher();
    const ready = new Filters({ events: () => EVENTS, matcher: () => matcher });
    ready.query = 'plan';
    expect(ids(ready.matchingIds)).toEqual(['plan']);
  });

  it('never hides the last lane', () => {
    const filters = new Filters({ events: () => EVENTS, matcher: () => null });
    filters.toggleKind('event');
    filters.toggleKind('leadership');
    filters.toggleKind('directive');
    expect(filters.kinds).toEqual(['directive']);
    filters.toggleKind('event');
    expect(filters.kinds).toEqual(['event', 'directive']);
  });

  it('round-trips its URL parameters and clears back to the default', () => {
    const filters = new Filters({ events: () => EVENTS, matcher: () => null });
    const params = { q: 'ky luat', kinds: ['leadership' as const], person: 'dung', doc: 'ct24' };
    filters.setParams(params);
    expect(filters.params).toEqual(params);
    filters.clear();
    expect(filters.params).toEqual({
      q: '',
      kinds: ['event', 'leadership', 'directive'],
      person: null,
      doc: null,
    });
    expect(filters.active).toBe(false);
  });

  it('treats a blank query as no query', () => {
    const matcher = fakeMatcher();
    const filters = new Filters({ events: () => EVENTS, matcher: () => matcher });
    filters.query = '   ';
    expect(filters.active).toBe(false);
    expect(filters.queryMatches).toBeNull();
    expect(matcher.calls).toBe(0);
  });
});
