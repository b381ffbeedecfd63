/**
 * Validation of a dataset read from JSON: what the core file and the full file share, and the
 * core file itself (the full file's own checks are in `validate.ts`, which re-exports these, so
 * the first bundle carries only what the first draw needs). Shared by the build (which refuses to write an invalid
 * dataset) and the app (which must never trust what it fetched).
 *
 * Problems are of two sorts: fatal ones (not a dataset, wrong schema version) throw a
 * `DatasetError`; a broken item (an event without a date, a duplicated id) is left out and
 * reported, so the app shows what it can and names what it rejected.
 */
import {
  EVENT_KINDS,
  PRECISIONS,
  SCHEMA_VERSION,
  type CoreDataset,
  type CoreEvent,
  type DateRange,
  type DocumentRecord,
  type Person,
} from './types';

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DatasetError';
  }
}

export interface Rejection {
  /** JSON path of the rejected item, e.g. `events[3]`. */
  path: string;
  reason: string;
}

/** Longest string accepted in any field: a 2 MB title is an attack or a bug, not a title. */
export const MAX_STRING_LENGTH = 20_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const URL_SAFE_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a real calendar day in `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (!ISO_DAY.test(value)) return false;
  // Arithmetic, not a Date per call: tens of thousands of dates are checked before the first draw.
  const y = Number(value.slice(0, 4));
  const mo = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isIsoPartial(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_PARTIAL.test(value)) return false;
  if (value.length === 10) return isIsoDay(value);
  if (value.length === 7) {
    const month = Number(value.slice(5, 7));
    return month >= 1 && month <= 12;
  }
  return true;
}

export function isUrlSafeId(value: unknown): value is string {
  return typeof value === 'string' && URL_SAFE_ID.test(value);
}

export class ItemChecker {
  problems: string[] = [];
  constructor(readonly item: Json) {}

  string(key: string, { optional = false, nullable = false } = {}): void {
    const v = this.item[key];
    if (v === undefined && optional) return;
    if (v === null && nullable) return;
    if (typeof v !== 'string') this.problems.push(`${key} must be a string`);
    else if (v.length > MAX_STRING_LENGTH)
      this.problems.push(`${key} is longer than ${MAX_STRING_LENGTH} characters`);
  }

  id(key = 'id'): void {
    if (!isUrlSafeId(this.item[key])) this.problems.push(`${key} must be a URL-safe id`);
  }

  stringArray(key: string, { optional = false } = {}): void {
    const v = this.item[key];
    if (v === undefined && optional) return;
    if (
      !Array.isArray(v) ||
      !v.every((s) => typeof s === 'string' && s.length <= MAX_STRING_LENGTH)
    )
      this.problems.push(`${key} must be a list of strings`);
  }

  date(key: string, { optional = false, nullable = false, partial = false } = {}): void {
    const v = this.item[key];
    if (v === undefined && optional) return;
    if (v === null && nullable) return;
    if (!(partial ? isIsoPartial(v) : isIsoDay(v)))
      this.problems.push(`${key} must be an ISO date`);
  }

  oneOf(key: string, allowed: readonly string[]): void {
    if (!allowed.includes(this.item[key] as string))
      this.problems.push(`${key} must be one of ${allowed.join(', ')}`);
  }
}

/** The fields of a core event (see `CORE_EVENT_FIELDS`). */
export function checkCoreEvent(item: Json): ItemChecker {
  const c = new ItemChecker(item);
  c.id();
  c.oneOf('kind', EVENT_KINDS);
  c.oneOf('precision', PRECISIONS);
  c.date('date', { partial: true });
  c.date('endDate', { optional: true });
  if (typeof item.dateInferred !== 'boolean') c.problems.push('dateInferred must be true or false');
  c.string('title');
  c.stringArray('people');
  c.stringArray('documents');
  c.stringArray('disseminates', { optional: true });
  c.string('office', { optional: true });
  c.string('fromPerson', { optional: true });
  c.string('toPerson', { optional: true });
  return c;
}

function checkPerson(item: Json): string[] {
  const c = new ItemChecker(item);
  c.id();
  c.string('name');
  const roles = item.roles;
  if (!Array.isArray(roles)) c.problems.push('roles must be a list');
  else
    roles.forEach((role, i) => {
      if (
        !isObject(role) ||
        typeof role.title !== 'string' ||
        !isIsoDay(role.firstSeen) ||
        !isIsoDay(role.lastSeen)
      )
        c.problems.push(`roles[${i}] must have a title, firstSeen and lastSeen`);
    });
  return c.problems;
}

function checkDocument(item: Json): string[] {
  const c = new ItemChecker(item);
  c.id();
  c.string('code', { nullable: true });
  c.string('type');
  c.string('title', { optional: true });
  c.string('issuer', { optional: true });
  c.date('issued', { nullable: true, partial: true });
  c.string('term', { optional: true });
  c.stringArray('implements', { optional: true });
  return c.problems;
}

export function checkItems<T>(
  list: unknown,
  name: string,
  check: (item: Json) => string[],
  rejected: Rejection[],
): T[] {
  if (!Array.isArray(list)) throw new DatasetError('must be a list', name);
  const seen = new Set<string>();
  const kept: T[] = [];
  list.forEach((item, i) => {
    const path = `${name}[${i}]`;
    if (!isObject(item)) {
      rejected.push({ path, reason: 'not an object' });
      return;
    }
    const problems = check(item);
    if (problems.length === 0 && seen.has(item.id as string))
      problems.push(`duplicate id ${String(item.id)}`);
    if (problems.length > 0) {
      rejected.push({ path, reason: problems.join('; ') });
      return;
    }
    seen.add(item.id as string);
    kept.push(item as T);
  });
  return kept;
}

/** The checks every dataset file starts with: an object of our schema version with a range. */
export function checkHeader(input: unknown): { input: Json; range: DateRange } {
  if (!isObject(input)) throw new DatasetError('the dataset must be a JSON object', '$');
  if (input.schemaVersion !== SCHEMA_VERSION)
    throw new DatasetError(
      `unsupported schemaVersion ${JSON.stringify(input.schemaVersion)} (this app reads version ${SCHEMA_VERSION})`,
      'schemaVersion',
    );
  const range = input.range;
  if (!isObject(range) || !isIsoDay(range.start) || !isIsoDay(range.end) || range.start > range.end)
    throw new DatasetError('must be { start, end } with ISO dates, start before end', 'range');
  return { input, range: { start: range.start, end: range.end } };
}

/**
 * The parts a full dataset and its core share: people, documents, events inside the range with
 * references to unknown people and documents removed (`keep` may drop more), and aliases.
 */
export function checkShared<E extends CoreEvent>(
  input: Json,
  range: DateRange,
  check: (item: Json) => string[],
  rejected: Rejection[],
  keep: (event: E, path: string) => E | null = (event) => event,
) {
  const people = checkItems<Person>(input.people, 'people', checkPerson, rejected);
  const documents = checkItems<DocumentRecord>(
    input.documents,
    'documents',
    checkDocument,
    rejected,
  );
  const rawEvents = checkItems<E>(input.events, 'events', check, rejected);
  const personIds = new Set(people.map((p) => p.id));
  const documentIds = new Set(documents.map((d) => d.id));
  const events: E[] = [];
  for (const [i, event] of rawEvents.entries()) {
    const year = event.date.slice(0, 4);
    if (year < range.start.slice(0, 4) || year > range.end.slice(0, 4)) {
      rejected.push({ path: `events[${i}]`, reason: `date ${event.date} is outside the range` });
      continue;
    }
    const kept = keep(event, `events[${i}]`);
    if (!kept) continue;
    // Copied only when a reference must go: the common case keeps the parsed object as it is.
    const people = event.people.every((id) => personIds.has(id))
      ? event.people
      : event.people.filter((id) => personIds.has(id));
    const docs = event.documents.every((id) => documentIds.has(id))
      ? event.documents
      : event.documents.filter((id) => documentIds.has(id));
    events.push(
      people === event.people && docs === event.documents && kept === event
        ? kept
        : { ...kept, people, documents: docs },
    );
  }
  const aliases: Record<string, string> = {};
  if (isObject(input.aliases)) {
    const eventIds = new Set(events.map((e) => e.id));
    for (const [from, to] of Object.entries(input.aliases))
      if (isUrlSafeId(from) && typeof to === 'string' && eventIds.has(to)) aliases[from] = to;
  }
  return {
    people,
    documents,
    events,
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
  };
}

export interface CoreValidationResult {
  dataset: CoreDataset;
  rejected: Rejection[];
}

/** The same checks for the core file (see `CoreDataset`), which must say it is one. */
export function validateCore(json: unknown): CoreValidationResult {
  const { input, range } = checkHeader(json);
  if (input.core !== true) throw new DatasetError('must be true in a core file', 'core');
  const rejected: Rejection[] = [];
  const shared = checkShared<CoreEvent>(
    input,
    range,
    (item) => checkCoreEvent(item).problems,
    rejected,
  );
  return { dataset: { schemaVersion: SCHEMA_VERSION, core: true, range, ...shared }, rejected };
}
