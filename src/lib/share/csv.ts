/**
 * "Download CSV": one row per event, for newsrooms that work in spreadsheets. RFC 4180 (CRLF,
 * quoted fields), UTF-8 with a byte-order mark because Excel otherwise reads Vietnamese as
 * Windows-1252, and every cell defused against formula injection: a headline starting with `=`
 * must stay text when the file is opened.
 */
import type { Dataset, TimelineEvent } from '../dataset/types';
import { eventPagePath, siteLink } from './paths';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'date',
  'endDate',
  'precision',
  'dateInferred',
  'title',
  'summary',
  'people',
  'documents',
  'sourceOutlets',
  'sourceHeadlines',
  'sourceUrls',
  'quote',
  // What a person did (issue 17): `true` when an editor checked the event, and the fields an
  // editor changed (`title; date`), so a spreadsheet tells checked facts from extracted ones.
  'reviewed',
  'edited',
  'permalink',
] as const;

export interface CsvOptions {
  /** Makes permalinks absolute (`https://news.example/timeline/`); relative to the app otherwise. */
  siteUrl?: string | null;
}

const BOM = '\uFEFF';
const LIST_SEPARATOR = '; ';
// OWASP's list: these make Excel, LibreOffice and Google Sheets evaluate a cell.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: a leading apostrophe defuses formulas, quotes only when needed. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(event: TimelineEvent, lookups: Lookups, options: CsvOptions): string {
  const sources = [...new Set(event.sources.map((ref) => ref.source))].flatMap(
    (id) => lookups.sources.get(id) ?? [],
  );
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: event.id,
    kind: event.kind,
    date: event.date,
    endDate: event.endDate ?? '',
    precision: event.precision,
    dateInferred: String(event.dateInferred),
    title: event.title,
    summary: event.summary,
    people: event.people.map((id) => lookups.people.get(id) ?? id).join(LIST_SEPARATOR),
    documents: event.documents.map((id) => lookups.documents.get(id) ?? id).join(LIST_SEPARATOR),
    sourceOutlets: [...new Set(sources.flatMap((s) => s.outlet ?? []))].join(LIST_SEPARATOR),
    sourceHeadlines: sources.map((s) => s.title).join(LIST_SEPARATOR),
    // In the headlines' order, a blank for a source without one, so the two lists line up.
    sourceUrls: sources.some((s) => s.url)
      ? sources.map((s) => s.url ?? '').join(LIST_SEPARATOR)
      : '',
    quote: event.sources[0]?.quote ?? '',
    reviewed: String(event.reviewed === true),
    edited: (event.edited ?? []).join(LIST_SEPARATOR),
    permalink: siteLink(options.siteUrl, eventPagePath(event.id)),
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

interface Lookups {
  people: Map<string, string>;
  documents: Map<string, string>;
  sources: Map<string, Dataset['sources'][number]>;
}

export function datasetToCsv(dataset: Dataset, options: CsvOptions = {}): string {
  const lookups: Lookups = {
    people: new Map(dataset.people.map((p) => [p.id, p.name])),
    // A document without a code is known by its name (`Kế hoạch tuyên truyền`).
    documents: new Map(dataset.documents.map((d) => [d.id, d.code ?? d.title ?? d.type])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
  };
  const lines = [CSV_COLUMNS.join(','), ...dataset.events.map((e) => row(e, lookups, options))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
