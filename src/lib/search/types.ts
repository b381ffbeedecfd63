/** What a search returns: plain data the UI renders as text nodes, never HTML. */
import type { EventKind, Precision } from '../dataset/types';

/** A display string and the `[start, end)` UTF-16 ranges of it that matched the query. */
export interface Highlighted {
  text: string;
  ranges: [number, number][];
}

export interface EventHit {
  id: string;
  /** Higher is better; comparable within one search only. */
  score: number;
  kind: EventKind;
  date: string;
  endDate: string | null;
  precision: Precision;
  dateInferred: boolean;
  title: Highlighted;
  /** Where the match was when it was not (only) the title: summary, people, documents, sources. */
  snippet: Highlighted | null;
}

export interface PersonHit {
  id: string;
  score: number;
  name: Highlighted;
  /** The most recent title the articles give this person. */
  role: string | null;
}

export interface DocumentHit {
  id: string;
  score: number;
  /** Type and code, e.g. `Chỉ thị 24-CT/TU`. */
  label: Highlighted;
  title: Highlighted | null;
  issued: string | null;
}

export interface SearchResults {
  /** The query as folded for matching; empty when nothing searchable was typed. */
  folded: string;
  events: EventHit[];
  people: PersonHit[];
  documents: DocumentHit[];
  /** How many records matched in each group, before `limit`. */
  total: { events: number; people: number; documents: number };
}

export interface SearchOptions {
  /** Most hits returned per group. */
  limit?: number;
}

export const EMPTY_RESULTS: SearchResults = {
  folded: '',
  events: [],
  people: [],
  documents: [],
  total: { events: 0, people: 0, documents: 0 },
};
