/**
 * The query and the filters (lanes, a person, a document) that together decide which events the
 * timeline shows undimmed. Depends on a narrow interface, not on the search module: anything that
 * answers `matchingEventIds(query)` will do (the in-thread index, a worker-backed cache, a fake).
 */
import { EVENT_KINDS, type EventKind } from '../dataset/types';

/** What the filters need from search. */
export interface QueryMatcher {
  matchingEventIds(query: string): Set<string>;
}

/** What the filters need from an event. */
export interface FilterableEvent {
  id: string;
  kind: EventKind;
  people: readonly string[];
  documents: readonly string[];
}

export interface FilterDeps {
  events: () => readonly FilterableEvent[];
  /** Null while the search index loads: the query then filters nothing yet. */
  matcher: () => QueryMatcher | null;
}

/** The part of the URL these filters own (`q=`, `kinds=`, `person=`, `doc=`). */
export interface FilterParams {
  q: string;
  kinds: EventKind[];
  person: string | null;
  doc: string | null;
}

export class Filters {
  query = $state('');
  kinds = $state<EventKind[]>([...EVENT_KINDS]);
  person = $state<string | null>(null);
  doc = $state<string | null>(null);

  readonly #deps: FilterDeps;

  constructor(deps: FilterDeps) {
    this.#deps = deps;
  }

  /** True when anything narrows the view. */
  readonly active = $derived(
    this.query.trim() !== '' ||
      this.kinds.length < EVENT_KINDS.length ||
      this.person !== null ||
      this.doc !== null,
  );

  /** Events matching the query alone; null when there is no query (or no index yet). */
  readonly queryMatches = $derived.by((): Set<string> | null => {
    const matcher = this.#deps.matcher();
    const query = this.query.trim();
    return matcher && query ? matcher.matchingEventIds(query) : null;
  });

  /** Every event's id, once per dataset: the query alone is checked against it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt, never mutated
  readonly #allIds = $derived.by(() => new Set(this.#deps.events().map((e) => e.id)));

  /** Events passing every filter; null when nothing is filtered (nothing to dim). */
  readonly matchingIds = $derived.by((): Set<string> | null => {
    if (!this.active) return null;
    // Each filter read once: a reactive read per event would be 40,000 tracked reads at 10,000.
    const byQuery = this.queryMatches;
    const { person, doc } = this;
    const kinds = [...this.kinds]; // a plain copy: \`includes\` on the state proxy tracks every read
    // The query alone (the search box's case, at every answer while typing): its matches, less
    // any id the timeline lacks, without a pass over every event.
    if (byQuery && !person && !doc && kinds.length === EVENT_KINDS.length) {
      const all = this.#allIds;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh snapshot, never mutated
      const kept = new Set<string>();
      for (const id of byQuery) if (all.has(id)) kept.add(id);
      return kept;
    }
    const passes = (e: FilterableEvent) =>
      kinds.includes(e.kind) &&
      (!person || e.people.includes(person)) &&
      (!doc || e.documents.includes(doc)) &&
      (!byQuery || byQuery.has(e.id));
    // A fresh snapshot per derivation that nobody mutates: no need for a reactive SvelteSet.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Set(
      this.#deps
        .events()
        .filter(passes)
        .map((e) => e.id),
    );
  });

  /** How many events pass: the "5 kết quả" count. */
  get count(): number {
    return this.matchingIds?.size ?? this.#deps.events().length;
  }

  toggleKind(kind: EventKind): void {
    const on = this.kinds.includes(kind);
    // The last visible lane stays: an empty timeline is a dead end, not a filter.
    if (on && this.kinds.length === 1) return;
    this.kinds = EVENT_KINDS.filter((k) => (k === kind ? !on : this.kinds.includes(k)));
  }

  clear(): void {
    this.query = '';
    this.kinds = [...EVENT_KINDS];
    this.person = null;
    this.doc = null;
  }

  /** Adopts the filters of a parsed URL (on load and on `popstate`). */
  setParams(params: FilterParams): void {
    this.query = params.q;
    this.kinds = EVENT_KINDS.filter((k) => params.kinds.includes(k));
    this.person = params.person;
    this.doc = params.doc;
  }

  /** The filters as URL parameters, for `serializeViewParams`. */
  get params(): FilterParams {
    return { q: this.query.trim(), kinds: [...this.kinds], person: this.person, doc: this.doc };
  }
}
