/**
 * What merging across articles (`corpus.ts`) reads of one article's facts. Extraction keeps much
 * more (every sentence with the names, dates and documents found in it); merging needs only the
 * article's metadata, its events, documents, people and sightings, and of a sentence only its
 * text and line, to quote it. The build extracts in worker threads and sends this part back: a
 * fraction of the whole, so copying it between threads, and holding 10,000 articles' worth of it
 * until the merge, costs little.
 */
import type { ArticleFacts, RawEvent, Sighting, UndatedChange } from './article-facts';
import type { DocumentMention } from './documents';
import type { ResolvedDate } from '../vi/dates';
import type { ArticleMeta } from './article';
import type { Warning } from './warnings';

/** A sentence as a source quotes it. */
export interface SentenceRef {
  text: string;
  line: number;
}

export type CorpusEvent = Omit<RawEvent, 'sentence'> & { sentence: SentenceRef };
export type CorpusSighting = Omit<Sighting, 'sentence'> & { sentence: SentenceRef };
export type CorpusUndatedChange = Omit<UndatedChange, 'sentence'> & { sentence: SentenceRef };

export interface CorpusArticle {
  file: string;
  meta: ArticleMeta;
  published: string | null;
  publishedInferred: boolean;
  events: CorpusEvent[];
  undatedChanges: CorpusUndatedChange[];
  people: Map<string, { titles: Set<string> }>;
  sightings: CorpusSighting[];
  documents: { mention: DocumentMention; sentence: SentenceRef; issued?: ResolvedDate }[];
  warnings: Warning[];
}

/**
 * The part of `facts` merging reads. Sentences are replaced by copies of their text and line, so
 * nothing here holds on to the rest (which can then be dropped, or need not be sent between
 * threads).
 */
export function corpusArticle(facts: ArticleFacts): CorpusArticle {
  // A sentence quoted by several events, sightings and documents is copied once.
  const refs = new Map<SentenceRef, SentenceRef>();
  const ref = (s: SentenceRef) => {
    let copy = refs.get(s);
    if (!copy) refs.set(s, (copy = { text: s.text, line: s.line }));
    return copy;
  };
  return {
    file: facts.file,
    meta: facts.meta,
    published: facts.published,
    publishedInferred: facts.publishedInferred,
    events: facts.events.map((e) => ({ ...e, sentence: ref(e.sentence) })),
    undatedChanges: facts.undatedChanges.map((u) => ({ ...u, sentence: ref(u.sentence) })),
    people: new Map([...facts.people].map(([name, p]) => [name, { titles: p.titles }])),
    sightings: facts.sightings.map((s) => ({ ...s, sentence: ref(s.sentence) })),
    documents: facts.documents.map((d) => ({ ...d, sentence: ref(d.sentence) })),
    warnings: facts.warnings,
  };
}
