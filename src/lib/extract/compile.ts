/**
 * The compiler: articles (decoded text) → a validated dataset, warnings and a report. Pure: no
 * file system, no clock; the CLI in scripts/build-data.ts reads and writes files around it.
 */
import {
  DEFAULT_RANGE,
  SCHEMA_VERSION,
  type Dataset,
  type DateRange,
  type EventKind,
} from '../dataset/types';
import { keepPublishedIds, resolveAliases, type IdRecord } from '../dataset/id-record';
import { validateDataset } from '../dataset/validate';
import { extractArticleFacts } from './article-facts';
import type { ArticleHints } from './article';
import type { CorpusArticle } from './corpus-article';
import { mergeCorpus, type CorpusResult } from './corpus';
import type { Warning } from './warnings';

export interface ArticleInput {
  /** File name, used for source ids and in warnings. */
  file: string;
  text: string;
  /** What the input knows besides the text (front matter, a saved page's metadata). */
  hints?: ArticleHints;
}

export interface CompileOptions {
  range?: DateRange;
  /**
   * Every event id published before (`seeds/ids.json`): an event that is unmistakably one of
   * them keeps its id, and the others resolve to current events as aliases.
   */
  published?: IdRecord;
  /** Applied to the merged dataset before validation: an editor's corrections (issue 17). */
  correct?: (candidate: Dataset) => Dataset;
}

export interface BuildReport {
  articles: number;
  events: number;
  eventsByKind: Record<EventKind, number>;
  people: number;
  documents: number;
  warnings: number;
  outOfRange: { id: string; date: string; file: string }[];
}

export interface CompileResult {
  dataset: Dataset;
  warnings: Warning[];
  report: BuildReport;
}

export function compileArticles(
  articles: ArticleInput[],
  options: CompileOptions = {},
): CompileResult {
  const facts = articles.map((a) => extractArticleFacts(a.file, a.text, a.hints));
  return compileFacts(facts, articles.length, options);
}

/**
 * The second half of compiling, for callers that extract each article's facts elsewhere (the
 * CLI does it in worker threads, which send back the part merging reads: see
 * `corpus-article.ts`): merge, validate, report.
 */
export function compileFacts(
  facts: CorpusArticle[],
  articleCount: number,
  options: CompileOptions = {},
): CompileResult {
  return compileMerged(mergeCorpus(facts, options.range ?? DEFAULT_RANGE), articleCount, options);
}

/**
 * The last part of compiling, for callers that merge as they go (the CLI merges each article as
 * soon as it and those before it are extracted: see `CorpusMerge`): validate, report. `merged`
 * must come from the same `options.range`.
 */
export function compileMerged(
  merged: CorpusResult,
  articleCount: number,
  options: CompileOptions = {},
): CompileResult {
  const range = options.range ?? DEFAULT_RANGE;
  let candidate: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    range,
    sources: merged.sources,
    events: merged.events,
    people: merged.people,
    documents: merged.documents,
  };
  // Published ids first: an editor's correction keyed by an old id then follows its event.
  if (options.published) {
    keepPublishedIds(candidate, options.published);
    const aliases = resolveAliases(candidate, options.published);
    if (Object.keys(aliases).length) candidate.aliases = aliases;
  }
  if (options.correct) candidate = options.correct(candidate);
  // The build writes only what the app would accept: validate with the app's own validator. The
  // candidate holds JSON values only (no class instances, dates or NaN), so it is validated as it
  // is, not after a round trip through JSON text (most of a second at 10,000 articles); the one
  // thing that round trip changed, properties left undefined, is done here.
  const { dataset, rejected } = validateDataset({
    ...candidate,
    sources: candidate.sources.map(withoutUndefined),
    events: candidate.events.map(withoutUndefined),
    people: candidate.people.map(withoutUndefined),
    documents: candidate.documents.map(withoutUndefined),
  });
  const warnings = [...merged.warnings];
  for (const r of rejected)
    warnings.push({ file: 'dataset', message: `${r.path} bị loại: ${r.reason}` });
  const eventsByKind: Record<EventKind, number> = { event: 0, leadership: 0, directive: 0 };
  for (const e of dataset.events) eventsByKind[e.kind]++;
  return {
    dataset,
    warnings,
    report: {
      articles: articleCount,
      events: dataset.events.length,
      eventsByKind,
      people: dataset.people.length,
      documents: dataset.documents.length,
      warnings: warnings.length,
      outOfRange: merged.outOfRange,
    },
  };
}

/** `item` without its properties whose value is undefined (as JSON would write it). */
function withoutUndefined<T extends object>(item: T): T {
  const values = item as Record<string, unknown>;
  for (const key in values)
    if (values[key] === undefined)
      return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
  return item;
}
