/**
 * Validation of the full dataset (`timeline.json`), shared by the build (which refuses to write an
 * invalid dataset) and the app (which must never trust what it fetched). The checks it shares with
 * the core file live in `validate-core.ts`, re-exported here.
 */
import {
  EVENT_KINDS,
  DATE_REASON_KINDS,
  LEADERSHIP_CHANGES,
  PRECISIONS,
  SANCTIONS,
  SCHEMA_VERSION,
  type Dataset,
  type Source,
  type TimelineEvent,
} from './types';
import {
  checkAliases,
  checkHeader,
  checkItems,
  checkRecords,
  ItemChecker,
  outsideYears,
  type Rejection,
} from './validate-core';
import { isIsoDay, isObject, MAX_STRING_LENGTH, type Json } from './checks';
import { labelFromTitle } from './label-fallback';
import { isWebAddress } from './web-address';

export * from './validate-core';
// What a caller of validateDataset catches when the file cannot be read at all.
export { DatasetError } from './checks';

export interface ValidationResult {
  dataset: Dataset;
  rejected: Rejection[];
}

function checkSource(item: Json): string[] {
  const c = new ItemChecker(item);
  c.id();
  c.string('file');
  c.string('title');
  c.string('outlet', { nullable: true });
  c.string('author', { nullable: true });
  c.date('published', { nullable: true });
  if (typeof item.publishedInferred !== 'boolean')
    c.problems.push('publishedInferred must be true or false');
  if (item.url !== undefined && !isWebAddress(item.url))
    c.problems.push('url must be an http: or https: address');
  return c.problems;
}

function checkEvent(item: Json): string[] {
  const c = new ItemChecker(item);
  c.id();
  c.oneOf('kind', EVENT_KINDS);
  c.oneOf('precision', PRECISIONS);
  c.date('date', { partial: true });
  c.date('endDate', { optional: true });
  if (typeof item.dateInferred !== 'boolean') c.problems.push('dateInferred must be true or false');
  c.string('title');
  c.string('label', { optional: true });
  if (item.reviewed !== undefined && typeof item.reviewed !== 'boolean')
    c.problems.push('reviewed must be true or false');
  c.stringArray('edited', { optional: true });
  c.stringArray('people');
  c.stringArray('documents');
  c.stringArray('disseminates', { optional: true });
  c.string('office', { optional: true });
  c.string('fromPerson', { optional: true });
  c.string('toPerson', { optional: true });
  if (item.change !== undefined) c.oneOf('change', LEADERSHIP_CHANGES);
  c.string('dateBasis', { optional: true });
  if (item.sanction !== undefined) c.oneOf('sanction', SANCTIONS);
  if (item.dateReason !== undefined && !isDateReason(item.dateReason))
    c.problems.push('dateReason must be a known reason with its dates');
  c.string('summary');
  c.stringArray('chairs', { optional: true });
  const sources = item.sources;
  if (!Array.isArray(sources) || sources.length === 0)
    c.problems.push('sources must be a non-empty list');
  else
    sources.forEach((ref, i) => {
      if (!isObject(ref) || typeof ref.source !== 'string' || typeof ref.quote !== 'string')
        c.problems.push(`sources[${i}] must have a source and a quote`);
      else if (ref.quote.length > MAX_STRING_LENGTH)
        c.problems.push(`sources[${i}].quote is too long`);
    });
  return c.problems;
}

/**
 * Checks unknown JSON against the dataset contract. Broken items are dropped and listed in
 * `rejected`; references to dropped or unknown items are removed so the rest stays consistent.
 */
export function validateDataset(json: unknown): ValidationResult {
  const { input, range } = checkHeader(json);
  const rejected: Rejection[] = [];
  const sources = checkItems<Source>(input.sources, 'sources', checkSource, rejected);
  const sourceIds = new Set(sources.map((s) => s.id));
  const { people, documents } = checkRecords(input, rejected);
  const personIds = new Set(people.map((p) => p.id));
  const documentIds = new Set(documents.map((d) => d.id));
  const outside = outsideYears(range);
  const events: TimelineEvent[] = [];
  const positions: number[] = [];
  const checked = checkItems<TimelineEvent>(
    input.events,
    'events',
    checkEvent,
    rejected,
    positions,
  );
  checked.forEach((event, i) => {
    const path = `events[${positions[i]}]`;
    if (outside(event)) {
      rejected.push({ path, reason: `date ${event.date} is outside the range` });
      return;
    }
    const sources = known(event.sources, (ref) => sourceIds.has(ref.source));
    if (sources.length === 0) {
      rejected.push({ path, reason: 'none of its sources exists' });
      return;
    }
    // References to unknown people and documents are removed, so the rest stays consistent.
    const people = known(event.people, (id) => personIds.has(id));
    const docs = known(event.documents, (id) => documentIds.has(id));
    // Version 1 files have no labels: one is made from the title.
    if (event.label === undefined) event.label = labelFromTitle(event.title);
    // Copied only when a reference must go: the common case keeps the parsed object as it is.
    events.push(
      sources === event.sources && people === event.people && docs === event.documents
        ? event
        : { ...event, sources, people, documents: docs },
    );
  });
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      range,
      sources,
      events,
      people,
      documents,
      ...checkAliases(input.aliases, events),
    },
    rejected,
  };
}

function isDateReason(value: unknown): boolean {
  if (!isObject(value) || !DATE_REASON_KINDS.includes(value.kind as never)) return false;
  switch (value.kind) {
    case 'publication-day':
      return isIsoDay(value.published);
    case 'year-from-text':
      return Number.isInteger(value.year) && (value.year as number) > 1900;
    default:
      return isIsoDay(value.from) && isIsoDay(value.to);
  }
}

/** `list` itself when every item is kept, else the kept items: no copy in the common case. */
function known<T>(list: T[], keep: (item: T) => boolean): T[] {
  return list.every(keep) ? list : list.filter(keep);
}
