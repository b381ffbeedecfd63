/**
 * An article's sentences, each with what it names: people (with the titles printed around them),
 * documents and dates; and, once the article's people are known, every reference to a person in
 * it, full names and later mentions by given name (`ông Dũng`) alike.
 */
import type { ParsedArticle } from './article';
import { findDateMentions, type DateMention } from '../vi/dates';
import { foldForMatch } from '../vi/fold';
import type { Place } from '../vi/places';
import { findDocumentMentions, type DocumentMention } from './documents';
import { findGivenNameMentions, findNameMentions, type NameMention } from './people';
import { splitSentences } from './sentences';

export type SentenceRole = 'body' | 'caption' | 'headline';

/** A person named in a sentence, by full name or by given name alone. */
export interface PersonRef {
  /** The person's full name. */
  name: string;
  start: number;
  end: number;
  /** Named by given name only (`ông Vinh`). */
  given: boolean;
}

export interface FactSentence {
  text: string;
  /** `text` folded once: triggers are matched on it. */
  folded: string;
  line: number;
  role: SentenceRole;
  index: number;
  names: NameMention[];
  documents: DocumentMention[];
  dates: DateMention[];
  /** Every reference to one of the article's people, in order (filled by `resolveRefs`). */
  refs: PersonRef[];
}

export type ArticlePeople = Map<string, { titles: Set<string>; sentences: FactSentence[] }>;

const fold = (s: string) => foldForMatch(s);

function sentenceOf(
  text: string,
  folded: string,
  line: number,
  role: SentenceRole,
  index: number,
  home: Place | null,
): FactSentence {
  return {
    text,
    folded,
    line,
    role,
    index,
    names: findNameMentions(text, home),
    documents: findDocumentMentions(text, home),
    dates: findDateMentions(text),
    refs: [],
  };
}

/**
 * The headline (as a sentence of its own: it names people, offices and documents, and is
 * quotable), then the body's sentences.
 */
export function factSentences(parsed: ParsedArticle, home: Place | null): FactSentence[] {
  const sentences: FactSentence[] = [];
  const { title, titleLine } = parsed.meta;
  if (title && titleLine !== null)
    sentences.push(sentenceOf(title, fold(title), titleLine, 'headline', 0, home));
  for (const p of parsed.paragraphs) {
    let from = 0;
    for (const s of splitSentences(p.text, p.line)) {
      // A sentence is a slice of its paragraph, so its fold is a slice of the paragraph's.
      const at = p.folded === null ? -1 : p.text.indexOf(s.text, from);
      if (at >= 0) from = at + s.text.length;
      const folded = at >= 0 ? p.folded!.slice(at, at + s.text.length) : fold(s.text);
      sentences.push(sentenceOf(s.text, folded, s.line, p.role, sentences.length, home));
    }
  }
  return sentences;
}

/** People with evidence, and the sentences naming them; given-name mentions resolve to them. */
export function peopleIn(sentences: FactSentence[]): ArticlePeople {
  const people: ArticlePeople = new Map();
  // Membership by set: a long article mentions its protagonist in thousands of sentences.
  const seenIn = new Map<string, Set<FactSentence>>();
  const mention = (name: string, s: FactSentence) => {
    const seen = seenIn.get(name) ?? new Set<FactSentence>();
    seenIn.set(name, seen);
    if (seen.has(s)) return;
    seen.add(s);
    people.get(name)!.sentences.push(s);
  };
  for (const s of sentences)
    for (const n of s.names) {
      if (!n.evidence) continue;
      const entry = people.get(n.name) ?? { titles: new Set<string>(), sentences: [] };
      n.titles.forEach((t) => entry.titles.add(t));
      people.set(n.name, entry);
      mention(n.name, s);
    }
  for (const s of sentences) {
    const refs: PersonRef[] = s.names
      .filter((n) => people.has(n.name))
      .map((n) => ({ name: n.name, start: n.start, end: n.end, given: false }));
    for (const g of findGivenNameMentions(s.text)) {
      const matches = [...people.keys()].filter((name) => name.endsWith(` ${g.given}`));
      if (matches.length !== 1) continue;
      mention(matches[0]!, s);
      if (!refs.some((r) => r.start <= g.start && g.end <= r.end))
        refs.push({ name: matches[0]!, start: g.start, end: g.end, given: true });
    }
    s.refs = refs.sort((a, b) => a.start - b.start);
  }
  return people;
}
