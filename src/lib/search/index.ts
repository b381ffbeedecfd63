/**
 * Search over events, people and documents, after svelte.dev's site-kit search: build once with
 * `createSearchIndex`, then `search` per keystroke. No DOM, no Svelte: it runs in a worker as is.
 *
 * A query goes through three steps:
 * 1. The token prefilter (`vocabulary.ts`): each folded query word becomes the dataset tokens it
 *    may mean (exact, prefix of a word being typed, or one/two typos away); a record is a
 *    candidate only if it has every query word. Postings lists make this a few array walks.
 * 2. Field scoring on the candidates: per field, how many query words matched, how well, and how
 *    close together. A multi-word query must match as a phrase in one field or spread over short
 *    key fields; three common words scattered over a summary (`đinh`… `tiến`… `dựng`) do not count,
 *    which is what stops `dinh tien dung` from finding Hoàng Trung Hải's meeting on `xây dựng`.
 * 3. Fuse's Bitap ranking on the best few candidates of each group, blended into the score.
 */
// The basic build: no extended or logical queries, which we never use; about 2 KB less gzipped.
import Fuse from 'fuse.js/basic';
import type { SearchIndex } from './build';
import { highlight, snippet, wordMarker } from './highlight';
import { makePlan, type Plan } from './plan';
import type { SearchRecord } from './records';
import { scoreAll, type Scored } from './score';
import type { DocumentHit, EventHit, PersonHit, SearchOptions, SearchResults } from './types';
import { EMPTY_RESULTS } from './types';

export { createSearchIndex, type SearchIndex } from './build';
export { MAX_QUERY_CHARS, MIN_QUERY_CHARS, MAX_QUERY_WORDS } from './plan';
export type { SearchResults, EventHit, PersonHit, DocumentHit, Highlighted } from './types';

/** Candidates per group that fuse re-ranks. */
export const RANK_POOL = 40;
/**
 * Fuse's Bitap threshold for the re-ranking. Fuse's default (0.6) lets `Hoàng Trung Hải` match
 * `dinh tien dung`; 0.35 still accepts the transposition in `dinh tein dung` (2 of 14 chars).
 */
export const FUSE_THRESHOLD = 0.35;
/** A fuse score s (0 perfect … 1 none) multiplies the field score by `FUSE_BLEND - s`. */
export const FUSE_BLEND = 1.5;
export const DEFAULT_LIMIT = 8;

/** Re-ranks the best of one group with fuse's Bitap on the pre-folded (and cut) fields. */
function rerank(group: Scored[], p: Plan): Scored[] {
  group.sort((a, b) => b.score - a.score);
  // Copies: the scored list is cached for the next call and must keep its prefilter scores.
  const pool = group.slice(0, RANK_POOL).map((s) => ({ ...s }));
  if (pool.length > 1) {
    const docs = pool.map((s) =>
      Object.fromEntries(s.record.fields.map((f) => [f.name, f.fuseText])),
    );
    const keys = pool[0]!.record.fields.map((f) => ({ name: f.name, weight: f.spec.weight }));
    const fuse = new Fuse(docs, {
      keys,
      includeScore: true,
      // Location is meaningless here: a name is as good at the end of a summary as at its start.
      ignoreLocation: true,
      threshold: FUSE_THRESHOLD,
      // Fields are folded already, so fuse's own lower-casing and diacritic stripping are skipped.
      isCaseSensitive: true,
      ignoreDiacritics: false,
    });
    const fuseScore = new Map(fuse.search(p.folded).map((r) => [r.refIndex, r.score ?? 1]));
    pool.forEach((s, i) => (s.score *= FUSE_BLEND - (fuseScore.get(i) ?? 1)));
    pool.sort((a, b) => b.score - a.score);
  }
  return [...pool, ...group.slice(RANK_POOL)];
}

function toHit(s: Scored, p: Plan): EventHit | PersonHit | DocumentHit {
  const [first, ...others] = s.record.fields;
  const marked = wordMarker(s.record.fields, p);
  const main = highlight(first!, marked(0));
  const r = s.record;
  if (r.type === 'person') return { id: r.id, score: s.score, name: main, role: r.role };
  if (r.type === 'document') {
    const title = others[0]!.text ? highlight(others[0]!, marked(1)) : null;
    return { id: r.id, score: s.score, label: main, title, issued: r.issued };
  }
  // The snippet shows the strongest evidence outside the title, if any.
  let bestField = -1;
  others.forEach((_, i) => {
    if (
      s.fieldScores[i + 1]! > 0 &&
      (bestField < 0 || s.fieldScores[i + 1]! > s.fieldScores[bestField + 1]!)
    )
      bestField = i;
  });
  const extra =
    bestField >= 0 ? snippet(highlight(others[bestField]!, marked(bestField + 1))) : null;
  const { kind, date, endDate, precision, dateInferred } = r;
  return {
    id: r.id,
    score: s.score,
    kind,
    date,
    endDate,
    precision,
    dateInferred,
    title: main,
    snippet: extra,
  };
}

/** Grouped results for a query, best first, each with highlight ranges into its display text. */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResults {
  const p = makePlan(index.vocabulary, query, index.neighbours);
  if (!p) return EMPTY_RESULTS;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const scored = scoreAll(index, p);
  const groups = (type: SearchRecord['type']) => scored.filter((s) => s.record.type === type);
  const take = <T>(type: SearchRecord['type']) => {
    const group = groups(type);
    return {
      total: group.length,
      hits: rerank(group, p)
        .slice(0, limit)
        .map((s) => toHit(s, p) as T),
    };
  };
  const events = take<EventHit>('event');
  const people = take<PersonHit>('person');
  const documents = take<DocumentHit>('document');
  return {
    folded: p.folded,
    events: events.hits,
    people: people.hits,
    documents: documents.hits,
    total: { events: events.total, people: people.total, documents: documents.total },
  };
}

/** Ids of every event matching the query (unranked), for dimming the rest of the timeline. */
export function matchingEventIds(index: SearchIndex, query: string): Set<string> {
  const p = makePlan(index.vocabulary, query, index.neighbours);
  if (!p) return new Set();
  return new Set(
    scoreAll(index, p)
      .filter((s) => s.record.type === 'event')
      .map((s) => s.record.id),
  );
}
