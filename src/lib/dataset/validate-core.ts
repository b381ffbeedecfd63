/**
 * Validation of a dataset read from JSON: what the core file and the full file share, and the
 * core file itself (the full file's own checks are in `validate.ts`, which re-exports these, so
 * the first bundle carries only what the first draw needs). Shared by the build (which refuses to
 * write an invalid dataset) and the app (which must never trust what it fetched).
 *
 * Problems are of two sorts: fatal ones (not a dataset, wrong schema version) throw a
 * `DatasetError`; a broken item (an event without a date, a duplicated id) is left out and
 * reported, so the app shows what it can and names what it rejected.
 */
import {
  DatasetError,
  isIsoDay,
  isIsoPartial,
  isObject,
  isUrlSafeId,
  MAX_STRING_LENGTH,
  type Json,
} from './checks';
import { readCoreEvents } from './core-columns';
import { labelFromTitle } from './label-fallback';
import {
  READABLE_SCHEMA_VERSIONS,
  SCHEMA_VERSION,
  type CoreDataset,
  type CoreEvent,
  type DateRange,
  type DocumentRecord,
  type Person,
} from './types';

export interface Rejection {
  /** JSON path of the rejected item, e.g. `events[3]`. */
  path: string;
  reason: string;
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
        !(
          (isIsoDay(role.firstSeen) && isIsoDay(role.lastSeen)) ||
          (role.firstSeen === null && role.lastSeen === null)
        )
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
  /** Filled with each kept item's position in `list`, for paths in later rejections. */
  positions?: number[],
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
    positions?.push(i);
  });
  return kept;
}

/** The checks every dataset file starts with: an object of a version we read, with a range. */
export function checkHeader(input: unknown): { input: Json; range: DateRange } {
  if (!isObject(input)) throw new DatasetError('the dataset must be a JSON object', '$');
  if (!READABLE_SCHEMA_VERSIONS.includes(input.schemaVersion as number))
    throw new DatasetError(
      `unsupported schemaVersion ${JSON.stringify(input.schemaVersion)} (this app reads versions ${READABLE_SCHEMA_VERSIONS.join(' and ')})`,
      'schemaVersion',
    );
  const range = input.range;
  if (!isObject(range) || !isIsoDay(range.start) || !isIsoDay(range.end) || range.start > range.end)
    throw new DatasetError('must be { start, end } with ISO dates, start before end', 'range');
  return { input, range: { start: range.start, end: range.end } };
}

/** People and documents, which both files carry as they are. */
export function checkRecords(input: Json, rejected: Rejection[]) {
  return {
    people: checkItems<Person>(input.people, 'people', checkPerson, rejected),
    documents: checkItems<DocumentRecord>(input.documents, 'documents', checkDocument, rejected),
  };
}

/**
 * Events dated outside the range's years are left out, as the build leaves them out. Compared as
 * strings, with no slicing per event: every date of the first year sorts at or after `2019`, and
 * every date of the last sorts before `2023\uffff`.
 */
export function outsideYears(range: DateRange): (event: CoreEvent) => boolean {
  const first = range.start.slice(0, 4);
  const pastLast = `${range.end.slice(0, 4)}\uffff`;
  return (event) => event.date < first || event.date > pastLast;
}

/** Old event ids that still resolve to a kept event; the rest are dropped. */
export function checkAliases(
  aliases: unknown,
  events: readonly CoreEvent[],
): { aliases?: Record<string, string> } {
  const kept: Record<string, string> = {};
  if (isObject(aliases)) {
    const eventIds = new Set(events.map((e) => e.id));
    for (const [from, to] of Object.entries(aliases))
      if (isUrlSafeId(from) && typeof to === 'string' && eventIds.has(to)) kept[from] = to;
  }
  return Object.keys(kept).length > 0 ? { aliases: kept } : {};
}

export interface CoreValidationResult {
  dataset: CoreDataset;
  rejected: Rejection[];
}

/** Reads and checks the core file (see `core-file.ts` for its columns): what the first draw waits for. */
export function validateCore(json: unknown): CoreValidationResult {
  const { input, range } = checkHeader(json);
  if (input.core !== true) throw new DatasetError('must be true in a core file', 'core');
  const rejected: Rejection[] = [];
  const { people, documents } = checkRecords(input, rejected);
  const read = readCoreEvents(input.events, {
    people: positionsOf(input.people as unknown[], people),
    documents: positionsOf(input.documents as unknown[], documents),
  });
  const outside = outsideYears(range);
  const seen = new Set<string>();
  const events: CoreEvent[] = [];
  for (let i = 0; i < read.events.length; i++) {
    const event = read.events[i];
    const reason = !event
      ? read.problems.get(i)!.join('; ')
      : seen.has(event.id)
        ? `duplicate id ${event.id}`
        : outside(event)
          ? `date ${event.date} is outside the range`
          : null;
    if (event) seen.add(event.id);
    if (reason !== null) rejected.push({ path: `events[${i}]`, reason });
    else {
      // Version 1 files have no labels: one is made from the title.
      if (event!.label === undefined) event!.label = labelFromTitle(event!.title);
      events.push(event!);
    }
  }
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      core: true,
      range,
      events,
      people,
      documents,
      ...checkAliases(input.aliases, events),
    },
    rejected,
  };
}

/** For each position in the file's list, the id of the item kept there (undefined if rejected). */
function positionsOf(list: readonly unknown[], kept: readonly { id: string }[]) {
  const keptSet = new Set<unknown>(kept);
  return list.map((item) => (keptSet.has(item) ? (item as { id: string }).id : undefined));
}
