/**
 * An editor's corrections to what the compiler extracted, as read from `seeds/corrections.yaml`.
 * Every entry is keyed by the id of what it corrects and remembers its line in the file, so that
 * each problem (a stale id, a quote that is not verbatim, an unknown field) names that line.
 */
import type { EventKind, Precision } from '../dataset/types';

/** The corrections file's name inside the seeds folder. */
export const CORRECTIONS_FILE = 'corrections.yaml';

/** A problem with one correction: the file and the 1-based line it is on. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`;

/** One entry of a section: the id it corrects, where it is, and what it sets. */
export interface Entry<T> {
  id: string;
  /** Line of the entry's key. */
  line: number;
  set: T;
  /** Line of each field's value. */
  lines: Partial<Record<keyof T, number>>;
}

/** `events:` what an editor changes about an event the compiler found. */
export interface EventEdit {
  /** The editor checked the event (`reviewed: true`). */
  reviewed?: boolean;
  /** Take the event off the timeline; the value says why. */
  hide?: string;
  /** Fold this event into another (its sources, people and documents join the other's). */
  mergeInto?: string;
  kind?: EventKind;
  date?: string;
  /** `null` removes the compiler's window. */
  endDate?: string | null;
  precision?: Precision;
  title?: string;
  label?: string;
  summary?: string;
}

/** `add:` an event the compiler missed, with the article sentence that states it. */
export interface AddedEvent {
  kind: EventKind;
  date: string;
  endDate?: string;
  precision?: Precision;
  title: string;
  label?: string;
  summary?: string;
  /** The article's file name in the seeds folder. */
  source: string;
  /** A passage that occurs verbatim in that article, as the compiler reads it. */
  quote: string;
  people?: string[];
  documents?: string[];
}

export interface RoleAddition {
  title: string;
  from: string;
  to: string;
}

/** `people:` a person's name and offices, or "this is not a person". */
export interface PersonEdit {
  name?: string;
  /** The string is not a person (`Lê Quý Đôn`, a school); the value says what it is. */
  notAPerson?: string;
  addRoles?: RoleAddition[];
  /** Titles to take off the person, with every date they were seen holding them. */
  removeRoles?: string[];
}

/** `documents:` a document's issue date, type and title, and what it carries out. */
export interface DocumentEdit {
  issued?: string | null;
  type?: string;
  title?: string;
  /** Ids of documents this one carries out (a plan → the directive). Added to what is known. */
  implements?: string[];
}

/** `sources:` keyed by the source id or the article's file name. */
export interface SourceEdit {
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  author?: string | null;
}

export interface Corrections {
  /** The file's name as problems should print it (`seeds/corrections.yaml`). */
  file: string;
  events: Entry<EventEdit>[];
  add: Entry<AddedEvent>[];
  people: Entry<PersonEdit>[];
  documents: Entry<DocumentEdit>[];
  sources: Entry<SourceEdit>[];
}

export type Section = 'events' | 'add' | 'people' | 'documents' | 'sources';

/**
 * The sections in the order the file lists them, each with its fields in the order they are
 * written: the review screen's writes keep this order, so a file's diff shows only what changed.
 */
export const FIELD_ORDER: Record<Section, readonly string[]> = {
  events: [
    'reviewed',
    'hide',
    'mergeInto',
    'kind',
    'date',
    'endDate',
    'precision',
    'title',
    'label',
    'summary',
  ],
  add: [
    'kind',
    'date',
    'endDate',
    'precision',
    'title',
    'label',
    'summary',
    'source',
    'quote',
    'people',
    'documents',
  ],
  people: ['name', 'notAPerson', 'addRoles', 'removeRoles'],
  documents: ['type', 'title', 'issued', 'implements'],
  sources: ['outlet', 'author', 'published', 'url'],
};
export const SECTIONS = Object.keys(FIELD_ORDER) as Section[];

export const emptyCorrections = (file: string): Corrections => ({
  file,
  events: [],
  add: [],
  people: [],
  documents: [],
  sources: [],
});
