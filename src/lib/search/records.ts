/**
 * Turns a dataset into flat search records: for each event, person and document, the fields a
 * viewer may search, each as display text (normalised once) and its folded tokens.
 */
import type {
  Dataset,
  DocumentRecord,
  EventKind,
  Precision,
  TimelineEvent,
} from '../dataset/types';
import { foldDisplay, normalizeText } from '../vi/fold-map';

/**
 * Field weights. Names, codes and titles are what people remember and type; a word deep in a
 * summary is weaker evidence. `key` fields are short and specific: a query whose words are
 * spread over several key fields (`dung 24`: a person and a code) still counts as one match.
 * `sources` holds the outlet and, for the event an article reports as that day's news, its
 * headline: an editor's words for what the news is, weighed as our compiled title is (a reader
 * who remembers "kỷ luật công vụ" from a headline means the event that headline announced).
 */
export const EVENT_FIELDS = {
  title: { weight: 3, key: true },
  people: { weight: 2.5, key: true },
  documents: { weight: 2.5, key: true },
  sources: { weight: 3, key: false },
  summary: { weight: 1, key: false },
} as const;
export const PERSON_FIELDS = {
  name: { weight: 3, key: true },
  titles: { weight: 1, key: false },
} as const;
export const DOCUMENT_FIELDS = {
  label: { weight: 3, key: true },
  title: { weight: 1.5, key: false },
  issuer: { weight: 0.5, key: false },
} as const;

/** Long fields reach fuse's Bitap ranking only up to here; the token prefilter sees all of them. */
export const FUSE_FIELD_CHARS = 240;

export interface FieldSpec {
  weight: number;
  key: boolean;
}

export interface SearchField {
  name: string;
  spec: FieldSpec;
  /** Display text: what is shown and what highlight ranges index into. */
  text: string;
  /** Folded tokens, in order (turned into vocabulary ids once the vocabulary exists). */
  words: string[];
  /** Vocabulary ids of `words`, filled in when the index is built. */
  ids: Int32Array;
  /** Folded text, cut to `FUSE_FIELD_CHARS`, for fuse. */
  fuseText: string;
}

interface RecordBase {
  id: string;
  fields: SearchField[];
}
export interface EventRecord extends RecordBase {
  type: 'event';
  kind: EventKind;
  date: string;
  endDate: string | null;
  precision: Precision;
  dateInferred: boolean;
}
export interface PersonRecord extends RecordBase {
  type: 'person';
  role: string | null;
}
export interface DocumentSearchRecord extends RecordBase {
  type: 'document';
  issued: string | null;
}
export type SearchRecord = EventRecord | PersonRecord | DocumentSearchRecord;

function field(name: string, spec: FieldSpec, raw: string): SearchField {
  const text = normalizeText(raw);
  const folded = foldDisplay(text);
  return {
    name,
    spec,
    text,
    words: folded.length > 0 ? folded.split(' ') : [],
    ids: new Int32Array(0),
    fuseText: folded.slice(0, FUSE_FIELD_CHARS),
  };
}

export function documentLabel(doc: DocumentRecord): string {
  return doc.code ? `${doc.type} ${doc.code}` : doc.title ? `${doc.type} ${doc.title}` : doc.type;
}

/** Days before its publication that an article's headline still reports as news (overnight). */
export const HEADLINE_DAYS = 1;

interface SourceText {
  /** `outlet: headline`, for the event the article reports. */
  lead: string;
  /** The outlet alone, for events the article only recalls as background. */
  background: string;
  published: string | null;
}

/**
 * A headline is about the day's news, not every earlier event the article recalls: the seed
 * article headlined "…kỷ luật công vụ…" on 16/8 reports the conference that day, not the
 * directive of 7/8 it quotes. Matching its headline on every event it mentions ranked the
 * background events above the news for `ky luat cong vu`.
 */
function reportsAsNews(eventDate: string, published: string | null): boolean {
  if (!published) return true;
  const days = (Date.parse(published) - Date.parse(eventDate)) / 86_400_000;
  return days >= 0 && days <= HEADLINE_DAYS;
}

function eventRecord(
  event: TimelineEvent,
  names: Map<string, string>,
  docs: Map<string, string>,
  sources: Map<string, SourceText>,
): EventRecord {
  const list = (ids: string[], from: Map<string, string>) =>
    ids.flatMap((id) => from.get(id) ?? []);
  return {
    type: 'event',
    id: event.id,
    kind: event.kind,
    date: event.date,
    endDate: event.endDate ?? null,
    precision: event.precision,
    dateInferred: event.dateInferred,
    fields: [
      field('title', EVENT_FIELDS.title, event.title),
      field('people', EVENT_FIELDS.people, list(event.people, names).join(', ')),
      field('documents', EVENT_FIELDS.documents, list(event.documents, docs).join(', ')),
      field(
        'sources',
        EVENT_FIELDS.sources,
        [
          ...new Set(
            event.sources.flatMap((ref) => {
              const source = sources.get(ref.source);
              if (!source) return [];
              const text = reportsAsNews(event.date, source.published)
                ? source.lead
                : source.background;
              return text ? [text] : [];
            }),
          ),
        ].join(' · '),
      ),
      field('summary', EVENT_FIELDS.summary, event.summary),
    ],
  };
}

/** Every searchable record of the dataset: events, then people, then documents. */
export function buildRecords(dataset: Dataset): SearchRecord[] {
  const names = new Map(dataset.people.map((p) => [p.id, p.name]));
  const docs = new Map(dataset.documents.map((d) => [d.id, documentLabel(d)]));
  const sources = new Map(
    dataset.sources.map((s): [string, SourceText] => [
      s.id,
      {
        lead: s.outlet ? `${s.outlet}: ${s.title}` : s.title,
        background: s.outlet ?? '',
        published: s.published,
      },
    ]),
  );
  const events = dataset.events.map((e) => eventRecord(e, names, docs, sources));
  const people = dataset.people.map((p): PersonRecord => {
    // The role seen last; among those, the longest held (`Bí thư Thành ủy` over a title that
    // appears once on the same day).
    const latest = [...p.roles].sort(
      (a, b) =>
        (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') ||
        (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''),
    )[0];
    return {
      type: 'person',
      id: p.id,
      role: latest ? normalizeText(latest.title) : null,
      fields: [
        field('name', PERSON_FIELDS.name, p.name),
        field('titles', PERSON_FIELDS.titles, [...new Set(p.roles.map((r) => r.title))].join(', ')),
      ],
    };
  });
  const documents = dataset.documents.map((d): DocumentSearchRecord => ({
    type: 'document',
    id: d.id,
    issued: d.issued,
    fields: [
      field('label', DOCUMENT_FIELDS.label, documentLabel(d)),
      field('title', DOCUMENT_FIELDS.title, d.code ? (d.title ?? '') : ''),
      field('issuer', DOCUMENT_FIELDS.issuer, d.issuer ?? ''),
    ],
  }));
  return [...events, ...people, ...documents];
}
