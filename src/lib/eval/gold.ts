/**
 * A file of hand-checked facts ("gold") to score a compiled dataset against: the format of the
 * development corpus's `gold.json` (see the README, "Checking the compiler"). Read from untrusted
 * JSON: every problem names the path of the item at fault.
 */
import { isIsoDay } from '../dataset/checks';
import type { EventKind } from '../dataset/types';

export interface GoldSource {
  /** File-name prefix: its first three characters are compared. */
  file: string;
  published: string;
  /** A string the compiled outlet must contain (case- and accent-folded). */
  outlet?: string;
  /** A missing date is accepted too. */
  inferred?: boolean;
}

export interface GoldEvent {
  key: string;
  date: string;
  kind: EventKind[];
  people: string[];
  documents: string[];
  sources: string[];
  words?: string[];
}

export interface GoldLeadership {
  key: string;
  office: string;
  from: string;
  to: string;
  notBefore: string;
  notAfter: string;
}

export interface GoldPerson {
  name: string;
  title: string;
  optional?: boolean;
}

export interface GoldDocument {
  code: string;
  issued: string | null;
}

export interface Gold {
  about?: string;
  sources: GoldSource[];
  events: GoldEvent[];
  leadership: GoldLeadership[];
  people: GoldPerson[];
  notPeople: string[];
  documents: GoldDocument[];
}

export class GoldError extends Error {}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const KINDS: readonly string[] = ['event', 'leadership', 'directive'];

function list(input: Json, name: string): Json[] {
  const v = input[name] ?? [];
  if (!Array.isArray(v)) throw new GoldError(`${name}: must be a list`);
  return v.map((item, i) => {
    if (!isObject(item)) throw new GoldError(`${name}[${i}]: must be an object`);
    return item;
  });
}

function need(ok: boolean, path: string, what: string): void {
  if (!ok) throw new GoldError(`${path}: ${what}`);
}

/** Checks parsed JSON against the gold format; throws a `GoldError` naming the first problem. */
export function readGold(json: unknown): Gold {
  need(isObject(json), '$', 'the gold file must be a JSON object');
  const input = json as Json;
  const sources = list(input, 'sources').map((s, i) => {
    const path = `sources[${i}]`;
    need(typeof s.file === 'string' && s.file.length > 0, path, 'file must be a file-name prefix');
    need(isIsoDay(s.published), path, 'published must be an ISO date');
    need(s.outlet === undefined || typeof s.outlet === 'string', path, 'outlet must be a string');
    return s as unknown as GoldSource;
  });
  const events = list(input, 'events').map((e, i) => {
    const path = `events[${i}]`;
    need(typeof e.key === 'string', path, 'key must be a string');
    need(isIsoDay(e.date), path, 'date must be an ISO date');
    need(isStrings(e.kind) && e.kind.every((k) => KINDS.includes(k)), path, 'kind must list kinds');
    for (const f of ['people', 'documents', 'sources'])
      need(isStrings(e[f] ?? []), path, `${f} must be a list of strings`);
    need(e.words === undefined || isStrings(e.words), path, 'words must be a list of strings');
    return {
      key: e.key as string,
      date: e.date as string,
      kind: e.kind as EventKind[],
      people: (e.people ?? []) as string[],
      documents: (e.documents ?? []) as string[],
      sources: (e.sources ?? []) as string[],
      ...(e.words ? { words: e.words as string[] } : {}),
    };
  });
  const leadership = list(input, 'leadership').map((l, i) => {
    const path = `leadership[${i}]`;
    for (const f of ['key', 'office', 'from', 'to'])
      need(typeof l[f] === 'string', path, `${f} must be a string`);
    need(isIsoDay(l.notBefore) && isIsoDay(l.notAfter), path, 'notBefore/notAfter: ISO dates');
    return l as unknown as GoldLeadership;
  });
  const people = list(input, 'people').map((p, i) => {
    const path = `people[${i}]`;
    need(typeof p.name === 'string' && typeof p.title === 'string', path, 'name and title');
    return p as unknown as GoldPerson;
  });
  const notPeople = input.notPeople ?? [];
  need(isStrings(notPeople), 'notPeople', 'must be a list of strings');
  const documents = list(input, 'documents').map((d, i) => {
    const path = `documents[${i}]`;
    need(typeof d.code === 'string', path, 'code must be a string');
    need(d.issued === null || isIsoDay(d.issued), path, 'issued must be an ISO date or null');
    return d as unknown as GoldDocument;
  });
  return {
    ...(typeof input.about === 'string' ? { about: input.about } : {}),
    sources,
    events,
    leadership,
    people,
    notPeople: notPeople as string[],
    documents,
  };
}
