/**
 * Validation of the full dataset (`timeline.json`), shared by the build (which refuses to write an
 * invalid dataset) and the app (which must never trust what it fetched). The checks it shares with
 * the core file live in `validate-core.ts`, re-exported here.
 */
import { SCHEMA_VERSION, type Dataset, type Source, type TimelineEvent } from './types';
import {
  checkCoreEvent,
  checkHeader,
  checkItems,
  checkShared,
  ItemChecker,
  isObject,
  MAX_STRING_LENGTH,
  type Json,
  type Rejection,
} from './validate-core';

export * from './validate-core';

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
  return c.problems;
}

function checkEvent(item: Json): string[] {
  const c = checkCoreEvent(item);
  c.string('dateBasis', { optional: true });
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
  const { people, documents, events, ...aliases } = checkShared<TimelineEvent>(
    input,
    range,
    checkEvent,
    rejected,
    (event, path) => {
      const refs = event.sources.filter((ref) => sourceIds.has(ref.source));
      if (refs.length > 0) return { ...event, sources: refs };
      rejected.push({ path, reason: 'none of its sources exists' });
      return null;
    },
  );
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      range,
      sources,
      events,
      people,
      documents,
      ...aliases,
    },
    rejected,
  };
}
