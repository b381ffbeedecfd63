/**
 * One article → the facts it states: its metadata, dated happenings, documents, and people seen
 * with titles. Nothing here looks at other articles; `corpus.ts` merges across them.
 */
import type { Attendance, EventKind, LeadershipChange, Precision } from '../dataset/types';
import { parseArticle, shorten, type ArticleHints, type ParsedArticle } from './article';
import {
  findDateMentions,
  resolveMention,
  type DateMention,
  type ResolvedDate,
  type YearContext,
} from './dates';
import { documentMention, findDocumentMentions, type DocumentMention } from './documents';
import { normalizeArticleText } from './normalize';
import { findGivenNameMentions, findNameMentions, type NameMention } from './people';
import { splitSentences } from './sentences';
import { canonicalTitle, homeCityOf } from './titles';
import {
  EVENT_NOUN,
  BACK_REFERENCE,
  DIRECTIVE_TRIGGER,
  eventTriggerIn,
  OFFICE_AFTER,
  findAttendance,
  fold,
  leadershipChangeIn,
} from './triggers';
import type { Warning } from './warnings';

export interface FactSentence {
  text: string;
  /** `text` folded once: triggers are matched on it. */
  folded: string;
  line: number;
  role: 'body' | 'caption';
  index: number;
  names: NameMention[];
  documents: DocumentMention[];
  dates: DateMention[];
}

/** How a date was arrived at, best first: printed in full, year from publication, inferred. */
export type DateQuality = 'explicit' | 'published-year' | 'inferred-year' | 'publication-day';

export interface RawEvent {
  kind: EventKind;
  date: ResolvedDate;
  quality: DateQuality;
  dateBasis?: string;
  title: string;
  summary: string;
  sentence: FactSentence;
  highlights: string[];
  people: string[];
  chairs: string[];
  attendance: Attendance[];
  /** Keys of documents disseminated (see `documentKey` in corpus.ts: resolved later). */
  documentMentions: DocumentMention[];
  disseminates: DocumentMention[];
  office?: string;
  person?: string;
  /** The holder the change replaces, when the article names them. */
  fromPersonName?: string;
  change?: LeadershipChange;
}

/** What a new event must be given; the rest starts empty. */
type EventStart = Pick<RawEvent, 'kind' | 'date' | 'quality' | 'title' | 'summary' | 'sentence'> &
  Partial<Pick<RawEvent, 'dateBasis' | 'highlights' | 'people' | 'documentMentions'>>;

/**
 * A new event, every field present and in one order whichever kind it is: events made in one
 * shape keep the code that reads them fast, where events of several shapes (a field added to some
 * only) sent it back to the JIT each time a new shape turned up.
 */
function newEvent(start: EventStart): RawEvent {
  return {
    kind: start.kind,
    date: start.date,
    quality: start.quality,
    dateBasis: start.dateBasis,
    title: start.title,
    summary: start.summary,
    sentence: start.sentence,
    highlights: start.highlights ?? [],
    people: start.people ?? [],
    chairs: [],
    attendance: [],
    documentMentions: start.documentMentions ?? [],
    disseminates: [],
    office: undefined,
    person: undefined,
    fromPersonName: undefined,
    change: undefined,
  };
}

export interface Sighting {
  name: string;
  title: string;
  date: string;
  sentence: FactSentence;
}

export interface ArticleFacts {
  file: string;
  meta: ParsedArticle['meta'];
  publishedInferred: boolean;
  /** Published date, printed or inferred (`Sáng nay (22/4)` in an undated article). */
  published: string | null;
  homeCity: string | null;
  yearContext: YearContext;
  yearBasis?: string;
  sentences: FactSentence[];
  events: RawEvent[];
  people: Map<string, { titles: Set<string>; sentences: FactSentence[] }>;
  sightings: Sighting[];
  documents: { mention: DocumentMention; sentence: FactSentence; issued?: ResolvedDate }[];
  warnings: Warning[];
}

const fmt = (iso: string) => iso.split('-').reverse().join('/');
// `giữ chức Bí thư Thành ủy Hà Nội nhiệm kỳ…`: the office named in a change.
const OFFICE_IN_CLAUSE =
  /(?:giữ chức(?: vụ)?|chức vụ|làm)\s+((?:Phó\s+)?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Chủ nhiệm)[^,.;()]*?)(?=\s+(?:nhiệm kỳ|khóa|khoá|từ|kể từ|để|thay|ngày)\s|[,.;()]|$)/u;

/** The latest year an undated article speaks of as a time (not a term, not a target). */
function inferYear(sentences: FactSentence[]): { year: number; basis: string } | null {
  let best: number | null = null;
  for (const s of sentences)
    for (const d of s.dates)
      if (d.kind === 'point' && d.year && !d.invalid && (best === null || d.year > best))
        best = d.year;
  if (best === null) return null;
  return {
    year: best,
    basis: `Bài không ghi ngày đăng; năm ${best} là năm gần nhất bài nhắc tới.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Where a title phrase ends: a date, a relative clause, a purpose, a place, a quote.
const TITLE_STOP =
  /\s(?:ngày|sáng|chiều|tối|vào (?:ngày|sáng|chiều|tối|dịp|lúc)|của|về việc|nhằm|để|với|tại|do|theo|trong|khi|nhưng|song)\s|[.;:“”"(]|,\s*(?:nhiệm kỳ|với|tại|có|đồng thời)/u;

/** A short title for an event from its sentence: the noun phrase from the trigger on. */
function eventTitle(sentence: string, kind: EventKind, triggerIndex: number): string {
  let phrase = sentence.slice(triggerIndex);
  if (kind === 'event' && !EVENT_NOUN.test(fold(phrase.slice(0, 16)))) {
    // A verb trigger (`họp`, `chủ trì`): keep its subject, the words since the date adverbial.
    // Commas inside a quoted name (`Chương trình về “…, …”`) do not end the subject.
    const unquoted = sentence.replace(/“[^”]*”|"[^"]*"/gu, (q) => '_'.repeat(q.length));
    const clauseStart = Math.max(0, unquoted.lastIndexOf(',', triggerIndex) + 1);
    let subject = sentence.slice(clauseStart, triggerIndex);
    const cut = subject.search(/\s(?:của|về)\s|[“"]/u);
    if (cut > 0) subject = subject.slice(0, cut);
    subject = subject.replace(/\s(?:đã|đang|sẽ|vừa)\s*$/u, ' ').trim();
    phrase = `${subject} ${phrase}`;
  }
  const stop = phrase.slice(1).search(TITLE_STOP);
  if (stop >= 0) phrase = phrase.slice(0, stop + 1);
  return shorten(capitalise(phrase.trim().replace(/[,\s]+$/u, '')), 110);
}

// Each step of reading an article is a function of its own. Besides reading better, this keeps
// the functions the JIT compiles small: one function holding every step took a third of a second
// to optimise, and was optimised again each time a rare branch (a handover, an undated lead) was
// first taken, several times per thread.

/** What the steps below share about the article being read. */
interface ArticleContext {
  file: string;
  homeCity: string | null;
  yearContext: YearContext;
  yearBasis?: string;
  warnings: Warning[];
}

/**
 * Reads an article's text (already decoded) into facts. `hints` (front matter, a saved page's
 * metadata) override what the text says of the article's title, outlet, author, date and address.
 */
export function extractArticleFacts(
  file: string,
  rawText: string,
  hints: ArticleHints = {},
): ArticleFacts {
  const text = normalizeArticleText(rawText);
  const parsed = parseArticle(text);
  applyHints(parsed, hints);
  const homeCity = homeCityOf(text);
  const sentences = factSentences(parsed, homeCity);
  const { published, publishedInferred, yearContext, yearBasis } = publicationOf(
    parsed.meta.published,
    sentences,
  );
  const article: ArticleContext = { file, homeCity, yearContext, yearBasis, warnings: [] };
  const documents = documentsIn(article, sentences);
  const people = peopleIn(sentences);

  const events: RawEvent[] = [];
  for (const s of sentences) {
    const event = datedEventIn(article, s, people);
    if (event) events.push(event);
  }
  events.push(...announcedChanges(article, sentences, events, people));
  if (!events.some((e) => e.kind === 'event') && published) {
    const lead = publicationDayEvent(sentences, published);
    if (lead) events.push(lead);
  }
  const merged = mergeArticleEvents(events);

  const main = merged.find((e) => e.kind === 'event');
  const happeningOf = new Map(merged.filter((e) => e.kind === 'event').map((e) => [e.sentence, e]));
  if (main) creditMainHappening(main, happeningOf, sentences, people);
  const sightings = sightingsIn(sentences, merged, main, happeningOf, people, published);

  const { warnings } = article;
  if (parsed.paragraphs.length === 0)
    warnings.push({ file, line: 1, message: 'bài trống hoặc không có nội dung' });
  else if (merged.length === 0 && documents.every((d) => !d.issued))
    warnings.push({
      file,
      line: parsed.paragraphs[0]!.line,
      message: 'không tìm thấy sự kiện nào có ngày tháng',
    });

  return {
    file,
    meta: parsed.meta,
    published,
    publishedInferred,
    homeCity,
    yearContext,
    ...(yearBasis ? { yearBasis } : {}),
    sentences,
    events: merged,
    people,
    sightings,
    documents,
    warnings,
  };
}

function applyHints(parsed: ParsedArticle, hints: ArticleHints): void {
  const meta = parsed.meta;
  if (hints.title) meta.title = hints.title;
  if (hints.outlet) meta.outlet = hints.outlet;
  if (hints.author) meta.author = hints.author;
  if (hints.url) meta.url = hints.url;
  if (hints.published) {
    meta.published = hints.published;
    meta.publishedLine = null;
  }
}

/** The body's sentences, each with the names, documents and dates found in it. */
function factSentences(parsed: ParsedArticle, homeCity: string | null): FactSentence[] {
  const sentences: FactSentence[] = [];
  for (const p of parsed.paragraphs) {
    let from = 0;
    for (const s of splitSentences(p.text, p.line)) {
      // A sentence is a slice of its paragraph, so its fold is a slice of the paragraph's.
      const at = p.folded === null ? -1 : p.text.indexOf(s.text, from);
      if (at >= 0) from = at + s.text.length;
      sentences.push({
        text: s.text,
        folded: at >= 0 ? p.folded!.slice(at, at + s.text.length) : fold(s.text),
        line: s.line,
        role: p.role,
        index: sentences.length,
        names: findNameMentions(s.text, homeCity),
        documents: findDocumentMentions(s.text, homeCity),
        dates: findDateMentions(s.text),
      });
    }
  }
  return sentences;
}

/** Publication date: printed, or `Sáng nay (22/4)` in an undated article. */
function publicationOf(
  printed: string | null,
  sentences: FactSentence[],
): Pick<ArticleFacts, 'published' | 'publishedInferred' | 'yearContext' | 'yearBasis'> {
  const yearContext: YearContext = { published: printed };
  if (printed) return { published: printed, publishedInferred: false, yearContext };
  let yearBasis: string | undefined;
  const inferred = inferYear(sentences);
  if (inferred) {
    yearContext.inferredYear = inferred.year;
    yearBasis = inferred.basis;
  }
  const today = sentences.flatMap((s) => s.dates).find((d) => d.isToday);
  const resolved = today && resolveMention(today, yearContext);
  return resolved && typeof resolved !== 'string'
    ? { published: resolved.date, publishedInferred: true, yearContext, yearBasis }
    : { published: printed, publishedInferred: false, yearContext, yearBasis };
}

/** A point mention as a calendar date; one that cannot be dated is a warning. */
function resolveDate(
  article: ArticleContext,
  s: FactSentence,
  d: DateMention,
): ResolvedDate | null {
  const r = resolveMention(d, article.yearContext);
  if (typeof r === 'string') {
    if (d.kind === 'point')
      article.warnings.push({
        file: article.file,
        line: s.line,
        message: `ngày không hợp lệ "${d.text}": ${r}`,
      });
    return null;
  }
  return r;
}

function qualityOf(d: DateMention, r: ResolvedDate): DateQuality {
  return r.yearInferred ? 'inferred-year' : d.year !== undefined ? 'explicit' : 'published-year';
}

/** Documents, with their issue dates. */
function documentsIn(
  article: ArticleContext,
  sentences: FactSentence[],
): ArticleFacts['documents'] {
  const documents: ArticleFacts['documents'] = [];
  for (const s of sentences)
    for (const mention of s.documents) {
      const issued = mention.issued
        ? (resolveDate(article, s, mention.issued) ?? undefined)
        : undefined;
      documents.push({ mention, sentence: s, ...(issued ? { issued } : {}) });
    }
  return documents;
}

/** People with evidence, and the sentences naming them; given-name mentions resolve to them. */
function peopleIn(sentences: FactSentence[]): ArticleFacts['people'] {
  const people: ArticleFacts['people'] = new Map();
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
  for (const s of sentences)
    for (const g of findGivenNameMentions(s.text)) {
      const matches = [...people.keys()].filter((name) => name.endsWith(` ${g.given}`));
      if (matches.length === 1) mention(matches[0]!, s);
    }
  return people;
}

/**
 * The date that dates a sentence's happening: a day wherever it stands; a month, quarter or year
 * only as the opening adverbial (`Tháng 3/2021, …`), not inside a phrase (`nhiệm vụ trong Quý
 * I/2019`). Dates that belong to a document (its issue date, its subject) do not count.
 */
function happeningDateIn(s: FactSentence): DateMention | undefined {
  const issuedSpans = s.documents.flatMap((d) =>
    d.issued ? [[d.issued.start, d.issued.end]] : [],
  );
  const subjectSpans = s.documents.map((d) => [d.start, d.end + (d.subject?.length ?? 0) + 40]);
  const candidates = s.dates.filter(
    (d) =>
      d.kind === 'point' &&
      !issuedSpans.some(([a, b]) => d.start >= a! && d.end <= b!) &&
      !subjectSpans.some(([a, b]) => d.start > a! && d.end <= b!),
  );
  return (
    candidates.find((d) => d.precision === 'day') ??
    candidates.find(
      (d) =>
        /(?:^|,)\s*(?:cũng\s+)?(?:trong|vào|từ|đầu|cuối)?\s*$/iu.test(s.text.slice(0, d.start)) &&
        /^\s*,/u.test(s.text.slice(d.end)),
    )
  );
}

/**
 * What kind of event a dated sentence reports, and where its trigger stands: a change of office
 * first, then an issued document (unless the sentence only cites one with its own issue date),
 * then a happening (unless the sentence refers back to one).
 */
function triggerIn(
  s: FactSentence,
): { kind: EventKind; index: number; change?: LeadershipChange } | null {
  const folded = s.folded;
  const leadership = leadershipChangeIn(folded);
  if (leadership) return { kind: 'leadership', index: leadership.index, change: leadership.change };
  const directive = DIRECTIVE_TRIGGER.exec(folded);
  if (directive && !s.documents.some((d) => d.code && d.issued))
    return { kind: 'directive', index: directive.index };
  const happening = BACK_REFERENCE.test(folded) ? null : eventTriggerIn(folded);
  return happening ? { kind: 'event', index: happening.index } : null;
}

/** The event a body sentence with a point date and a trigger reports, or null. */
function datedEventIn(
  article: ArticleContext,
  s: FactSentence,
  people: ArticleFacts['people'],
): RawEvent | null {
  if (s.role !== 'body' || !s.dates.some((d) => d.kind === 'point')) return null;
  const dateMention = happeningDateIn(s);
  if (dateMention?.invalid) {
    article.warnings.push({
      file: article.file,
      line: s.line,
      message: `ngày không hợp lệ "${dateMention.text}": ${dateMention.invalid}`,
    });
    return null;
  }
  if (!dateMention) return null;
  const trigger = triggerIn(s);
  if (!trigger) return null;
  const date = resolveDate(article, s, dateMention);
  if (!date) return null;
  const quality = qualityOf(dateMention, date);
  const raw = newEvent({
    kind: trigger.kind,
    date,
    quality,
    dateBasis: quality === 'inferred-year' ? article.yearBasis : undefined,
    title: eventTitle(s.text, trigger.kind, trigger.index),
    summary: shorten(s.text, 320),
    sentence: s,
    highlights: [dateMention.text],
    people: s.names.filter((n) => people.has(n.name)).map((n) => n.name),
    documentMentions: s.documents,
  });
  if (trigger.kind === 'leadership')
    describeChange(raw, trigger.index, trigger.change!, people, article.homeCity);
  if (trigger.kind === 'directive') describeIssuance(raw, trigger.index);
  return raw;
}

/** A change of office: who, which office, and a title that says so. */
function describeChange(
  raw: RawEvent,
  triggerIndex: number,
  change: LeadershipChange,
  people: ArticleFacts['people'],
  homeCity: string | null,
): void {
  const s = raw.sentence;
  const officeAt = s.text.slice(triggerIndex).search(OFFICE_AFTER);
  const afterOffice =
    officeAt >= 0 ? s.text.slice(triggerIndex + officeAt).replace(OFFICE_AFTER, '') : '';
  const office =
    /^((?:Phó\s+)?(?:Bí thư|Chủ tịch|Giám đốc|Trưởng ban|Chủ nhiệm)[^,.;()]*?)(?=\s+(?:nhiệm kỳ|khóa|khoá|từ|kể từ|thay|đối với|ngày|với)\b|[,.;()]|$)/u.exec(
      afterOffice,
    );
  if (office) raw.office = canonicalTitle(office[1]!.trim(), homeCity);
  // The person changed is the one named after the trigger (`đình chỉ công tác đối với ông X`),
  // else the sentence's subject.
  const named = s.names.filter((n) => people.has(n.name) || n.evidence);
  const subject = named.find((n) => n.start > triggerIndex) ?? named[0];
  if (subject) {
    raw.person = subject.name;
    if (!raw.people.includes(subject.name)) raw.people.push(subject.name);
    // A suspension names no office: it is the one the person holds.
    raw.office ??= subject.titles.find((t) => !/^(Ủy viên|Đại biểu)/u.test(t)) ?? subject.titles[0];
  }
  raw.change = change;
  raw.title =
    raw.office && raw.person ? `${raw.person}: ${changeWord(raw.change)} ${raw.office}` : raw.title;
}

/** An issued document: the one named after `ban hành`, else the words that follow it. */
function describeIssuance(raw: RawEvent, triggerIndex: number): void {
  const s = raw.sentence;
  // `ban hành 10 chương trình công tác nhằm…`: the object is the document.
  const object = s.text.slice(triggerIndex).replace(/^ban hành\s+|^ký ban hành\s+/iu, '');
  const cut = object.search(/\s(?:nhằm|để|về|của|ngày)\s|[,.;:]/u);
  const name = (cut > 0 ? object.slice(0, cut) : object).trim();
  const named = s.documents.find((d) => d.start >= triggerIndex);
  if (named) {
    raw.documentMentions = [named];
    raw.title = shorten(`Ban hành ${named.title ?? named.text}`, 110);
  } else if (name) {
    raw.documentMentions = [
      documentMention(0, 0, name, documentTypeOf(name), null, { title: shorten(name, 120) }),
    ];
    raw.title = shorten(`Ban hành ${name}`, 110);
  }
}

/**
 * `Theo quyết định, đồng chí X … giữ chức …` after `Chiều 7/2, … hội nghị công bố quyết định`:
 * a change stated without a day of its own was announced at the happening just reported.
 */
function announcedChanges(
  article: ArticleContext,
  sentences: FactSentence[],
  events: RawEvent[],
  people: ArticleFacts['people'],
): RawEvent[] {
  const announced: RawEvent[] = [];
  const datedHappenings = events.filter((e) => e.kind === 'event' && e.date.precision === 'day');
  let nextHappening = 0;
  let announcedAt: RawEvent | undefined;
  for (const s of sentences) {
    // The latest dated happening before this sentence (events come in sentence order).
    while (
      datedHappenings[nextHappening] &&
      datedHappenings[nextHappening]!.sentence.index < s.index
    )
      announcedAt = datedHappenings[nextHappening++];
    if (s.role !== 'body' || s.dates.some((d) => d.kind === 'point')) continue;
    // Only a sentence naming one of the article's people can announce a change (the cheap test
    // first: most sentences name nobody, and the trigger pattern is the costliest of all).
    if (!announcedAt || !s.names.some((n) => people.has(n.name))) continue;
    if (!leadershipChangeIn(s.folded)) continue;
    for (const n of s.names) {
      if (!people.has(n.name)) continue;
      // Each person's own clause: from the name to the next name.
      const next = s.names.find((m) => m.start > n.end);
      const clause = s.text.slice(n.end, next ? next.start : undefined);
      const change = leadershipChangeIn(fold(clause));
      const officeMatch = OFFICE_IN_CLAUSE.exec(clause);
      if (!change || !officeMatch) continue;
      const office = canonicalTitle(officeMatch[1]!.trim(), article.homeCity);
      const event = newEvent({
        kind: 'leadership',
        date: announcedAt.date,
        quality: announcedAt.quality,
        title: `${n.name}: ${changeWord(change.change)} ${office}`,
        summary: shorten(s.text, 320),
        sentence: s,
        highlights: [n.name, officeMatch[1]!.trim()],
        people: [n.name],
        documentMentions: [...announcedAt.documentMentions],
      });
      event.office = office;
      event.person = n.name;
      event.change = change.change;
      announced.push(event);
    }
  }
  return announced;
}

/**
 * The report's lead names no date ("đã tổ chức hội nghị…"): the happening is dated by the
 * publication day, as an inference a reader makes ("a report of something just past").
 */
function publicationDayEvent(sentences: FactSentence[], published: string): RawEvent | null {
  const lead = sentences.find((s) => s.role === 'body' && s.index < 3 && eventTriggerIn(s.folded));
  if (!lead) return null;
  const trigger = eventTriggerIn(lead.folded)!;
  return newEvent({
    kind: 'event',
    date: { date: published, precision: 'day', yearInferred: false },
    quality: 'publication-day',
    dateBasis: `Bài không nêu ngày diễn ra; lấy theo ngày đăng ${fmt(published)}, sự kiện diễn ra trong hoặc ngay trước ngày này.`,
    title: eventTitle(lead.text, 'event', trigger.index),
    summary: shorten(lead.text, 320),
    sentence: lead,
    documentMentions: lead.documents,
  });
}

/** One happening, one event: an article's sentences about the same day and kind are one event. */
function mergeArticleEvents(events: RawEvent[]): RawEvent[] {
  const merged: RawEvent[] = [];
  for (const e of events) {
    const same = merged.find(
      (m) => m.kind === e.kind && m.date.date === e.date.date && m.kind !== 'leadership',
    );
    // A holder leaving and a successor arriving on one day, in one office, is one change.
    const handover = merged.find(
      (m) =>
        m.kind === 'leadership' &&
        e.kind === 'leadership' &&
        m.date.date === e.date.date &&
        m.office === e.office &&
        m.person !== e.person &&
        (m.change === 'dismissal') !== (e.change === 'dismissal'),
    );
    if (same) {
      // Keep one mention per document: long articles repeat the same codes many times.
      const known = new Set(same.documentMentions.map(mentionKey));
      for (const m of e.documentMentions)
        if (!known.has(mentionKey(m))) same.documentMentions.push(m);
    } else if (handover) {
      const [arriving, leaving] = handover.change === 'dismissal' ? [e, handover] : [handover, e];
      arriving.fromPersonName = leaving.person;
      arriving.people = [...new Set([...arriving.people, ...leaving.people])];
      if (arriving !== handover) merged[merged.indexOf(handover)] = arriving;
    } else merged.push(e);
  }
  return merged;
}

/** The main happening gets the article's people, chairs, attendance and disseminated documents. */
function creditMainHappening(
  main: RawEvent,
  happeningOf: Map<FactSentence, RawEvent>,
  sentences: FactSentence[],
  people: ArticleFacts['people'],
): void {
  main.people = [...new Set([...main.people, ...people.keys()])];
  for (const s of sentences) {
    // Figures belong to the happening of their own sentence, else to the article's main one.
    const target = happeningOf.get(s) ?? main;
    for (const a of findAttendance(s.text)) {
      if (target.attendance.some((x) => x.unit === a.unit)) continue;
      target.attendance.push({
        count: a.count,
        unit: a.unit,
        text: a.text,
        approximate: a.approximate,
      });
      if (s === target.sentence) target.highlights.push(a.text);
    }
    const chairAt = s.folded.indexOf('chu tri');
    if (chairAt >= 0) {
      const chairList = /chủ trì[^:]{0,40}có (?:các )?đồng chí\s*:/iu.test(s.text);
      for (const n of s.names)
        if (people.has(n.name) && (chairList || n.start < chairAt) && !main.chairs.includes(n.name))
          main.chairs.push(n.name);
    }
  }
  const mainText = main.sentence.folded;
  if (/quan triet|trien khai|hoc tap|pho bien|tuyen truyen/u.test(mainText))
    main.disseminates = main.documentMentions.filter((d) => d.code || d.number || d.title);
}

/** Each titled mention of a person, dated by its sentence's event or the article. */
function sightingsIn(
  sentences: FactSentence[],
  merged: RawEvent[],
  main: RawEvent | undefined,
  happeningOf: Map<FactSentence, RawEvent>,
  people: ArticleFacts['people'],
  published: string | null,
): Sighting[] {
  // The day the article speaks of: its main happening, else its first dated change or issue.
  const articleDate =
    (main?.date.precision === 'day' ? main.date.date : undefined) ??
    merged.find((e) => e.date.precision === 'day')?.date.date ??
    published;
  const sightings: Sighting[] = [];
  for (const s of sentences) {
    // A sentence's own happening dates its titles; a document issued on another day does not
    // (`Bí thư … cho hay, ngày 17/3, Thành ủy đã ban hành…` shows the title on the day of speaking).
    const happening = happeningOf.get(s);
    const own = happening?.date.precision === 'day' ? happening : undefined;
    const date = own?.date.date ?? articleDate;
    if (!date) continue;
    for (const n of s.names)
      for (const title of n.titles)
        if (people.has(n.name)) sightings.push({ name: n.name, title, date, sentence: s });
  }
  // A change of office is a sighting of the new holder in that office, on that day.
  for (const e of merged) {
    if (e.kind !== 'leadership' || !e.person || !e.office || e.date.precision !== 'day') continue;
    if (e.change === 'suspension' || e.change === 'dismissal') continue;
    sightings.push({ name: e.person, title: e.office, date: e.date.date, sentence: e.sentence });
  }
  return sightings;
}

function mentionKey(m: DocumentMention): string {
  return `${m.type}|${m.code ?? ''}|${m.number ?? ''}|${m.title ?? ''}`;
}

function changeWord(change: LeadershipChange): string {
  return {
    appointment: 'được bổ nhiệm',
    election: 'được bầu giữ chức',
    assignment: 'được phân công giữ chức',
    suspension: 'bị đình chỉ chức vụ',
    dismissal: 'thôi giữ chức',
    succession: 'kế nhiệm',
    discipline: 'bị kỷ luật',
  }[change];
}

function documentTypeOf(name: string): string {
  const m =
    /(chỉ thị|kế hoạch|chương trình|kết luận|nghị quyết|quyết định|quy định|đề án|hướng dẫn)/iu.exec(
      name,
    );
  return m ? capitalise(m[1]!.toLowerCase()) : 'Văn bản';
}

export type { Precision };
