/**
 * One article → the facts it states: its metadata, dated happenings, changes of office and
 * discipline, documents, and people seen with titles. Nothing here looks at other articles;
 * `corpus.ts` merges across them.
 */
import type {
  Attendance,
  DateReason,
  EventKind,
  LeadershipChange,
  Precision,
  Sanction,
} from '../dataset/types';
import { changeTriggerIn, type ChangeTrigger } from '../vi/changes';
import { dayDiff, resolveMention, type DateMention, type ResolvedDate } from '../vi/dates';
import { isSingleHolderOffice } from '../vi/offices';
import { homePlaceOf, type Place } from '../vi/places';
import { parseArticle, type ArticleHints, type ParsedArticle } from './article';
import { readChange, type ChangeReading } from './change-reading';
import { documentMention, type DocumentMention } from './documents';
import { changeTitle, happeningPhrase, organizerBefore, type Addressed } from './event-title';
import { normalizeArticleText } from './normalize';
import { factSentences, peopleIn, type ArticlePeople, type FactSentence } from './sentence-facts';
import {
  BACK_REFERENCE,
  DIRECTIVE_TRIGGER,
  EVENT_NOUN,
  eventTriggerIn,
  findAttendance,
  fold,
} from './triggers';
import type { Warning } from './warnings';
import { supportedYear, yearEvidence, type YearEvidence } from './year-evidence';

export type { FactSentence } from './sentence-facts';

/** How a date was arrived at, best first: printed in full, year from publication, inferred. */
export type DateQuality = 'explicit' | 'published-year' | 'inferred-year' | 'publication-day';

export interface RawEvent {
  kind: EventKind;
  date: ResolvedDate;
  quality: DateQuality;
  dateBasis?: string;
  dateReason?: DateReason;
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
  sanction?: Sanction;
  /** Given the body to run (`phụ trách, điều hành`), not its head's title: no role follows. */
  runsBody?: true;
  /** `thay ông Z được điều động làm W`: where the holder replaced went. */
  predecessor?: { name: string; title: string };
}

/**
 * A change of office the article states but cannot date (`Ông X được phân công giữ chức Bí thư
 * Thành ủy Hải Phòng thay ông Y`): merging bounds it by other articles' dated sightings, and the
 * text's own bounds (`notBefore`, from a term it names).
 */
export interface UndatedChange {
  person: string;
  fromPersonName?: string;
  office: string;
  change: LeadershipChange;
  sanction?: Sanction;
  /** See `RawEvent.runsBody`. */
  runsBody?: true;
  title: string;
  sentence: FactSentence;
  highlights: string[];
  notBefore?: string;
  predecessor?: { name: string; title: string };
}

/** What a new event must be given; the rest starts empty. */
type EventStart = Pick<RawEvent, 'kind' | 'date' | 'quality' | 'title' | 'summary' | 'sentence'> &
  Partial<
    Pick<RawEvent, 'dateBasis' | 'dateReason' | 'highlights' | 'people' | 'documentMentions'>
  >;

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
    dateReason: start.dateReason,
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
    sanction: undefined,
    predecessor: undefined,
  };
}

export interface Sighting {
  name: string;
  title: string;
  /** The day the article shows the person with the title; null when it cannot be dated. */
  date: string | null;
  /** The date is printed or published, not a year inferred from the text. */
  stated: boolean;
  sentence: FactSentence;
}

export interface ArticleFacts {
  file: string;
  meta: ParsedArticle['meta'];
  publishedInferred: boolean;
  /** Published date, printed or inferred (`Sáng nay (22/4)` in an undated article). */
  published: string | null;
  home: Place | null;
  sentences: FactSentence[];
  events: RawEvent[];
  undatedChanges: UndatedChange[];
  people: ArticlePeople;
  sightings: Sighting[];
  documents: { mention: DocumentMention; sentence: FactSentence; issued?: ResolvedDate }[];
  warnings: Warning[];
}

const fmt = (iso: string) => iso.split('-').reverse().join('/');
// A sentence shorter than this is its own summary; a longer one is still quoted whole.
const SUMMARY_MAX = 600;

// Each step of reading an article is a function of its own. Besides reading better, this keeps
// the functions the JIT compiles small: one function holding every step took a third of a second
// to optimise, and was optimised again each time a rare branch (a handover, an undated lead) was
// first taken, several times per thread.

/** What the steps below share about the article being read. */
interface ArticleContext {
  file: string;
  home: Place | null;
  published: string | null;
  evidence: YearEvidence;
  warnings: Warning[];
  addressed: Addressed;
  people: ArticlePeople;
  sentences: FactSentence[];
  /** The change each sentence states, read once, in order (the discourse carries over). */
  changes: Map<FactSentence, ChangeReading & { person: string }>;
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
  const home = homePlaceOf(text, parsed.meta.title);
  const sentences = factSentences(parsed, home);
  const evidence = yearEvidence(sentences);
  const { published, publishedInferred } = publicationOf(parsed.meta.published, sentences);
  const people = peopleIn(sentences);
  const article: ArticleContext = {
    file,
    home,
    published,
    evidence,
    warnings: [],
    addressed: addressing(sentences, people),
    people,
    sentences,
    changes: new Map(),
  };
  const documents = documentsIn(article, sentences);
  const discourse: Discourse = {};
  for (const s of sentences) {
    if (s.role === 'caption') continue;
    const reading = changeIn(article, s, discourse);
    if (reading) article.changes.set(s, reading);
  }

  const events: RawEvent[] = [];
  const undated: UndatedChange[] = [];
  for (const s of sentences) {
    const event = datedEventIn(article, s);
    if (event) events.push(event);
  }
  for (const change of contextChanges(article, sentences, events, undated)) events.push(change);
  if (published && !events.some((e) => e.kind === 'event')) {
    const lead = publicationDayEvent(article, sentences, published);
    if (lead) events.push(lead);
  }
  const merged = mergeArticleEvents(events);
  const undatedChanges = undated.filter(
    (u) =>
      !merged.some(
        (e) => e.kind === 'leadership' && e.person === u.person && e.office === u.office,
      ),
  );

  const main = merged.find((e) => e.kind === 'event');
  const happeningOf = new Map(merged.filter((e) => e.kind === 'event').map((e) => [e.sentence, e]));
  if (main) creditMainHappening(main, happeningOf, sentences, people);
  const sightings = sightingsIn(article, sentences, merged, undatedChanges, main, happeningOf);

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
    home,
    sentences,
    events: merged,
    undatedChanges,
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

/** Publication date: printed, or `Sáng nay (22/4)` in an undated article. */
function publicationOf(
  printed: string | null,
  sentences: FactSentence[],
): { published: string | null; publishedInferred: boolean } {
  if (printed) return { published: printed, publishedInferred: false };
  // `Sáng nay (22/4)` names the day of writing; its year, the text must support.
  const evidence = yearEvidence(sentences);
  for (const s of sentences)
    for (const d of s.dates) {
      if (!d.isToday) continue;
      const resolved = resolveMention(d, {
        yearFor: (m) => supportedYear(m, evidence, s.index, s.text),
      });
      if (typeof resolved !== 'string')
        return { published: resolved.date, publishedInferred: true };
    }
  return { published: null, publishedInferred: false };
}

/** `ông Phan Văn Mãi`: each person as the article addresses them (`ông`, `bà`), or by name. */
function addressing(sentences: FactSentence[], people: ArticlePeople): Addressed {
  const honorific = new Map<string, string>();
  for (const s of sentences)
    for (const r of s.refs) {
      if (honorific.has(r.name)) continue;
      const word = /(?:^|[^\p{L}])(ông|bà)\s+$/iu.exec(
        s.text.slice(Math.max(0, r.start - 6), r.start),
      );
      if (word) honorific.set(r.name, word[1]!.toLowerCase());
    }
  return (name) =>
    people.has(name) && honorific.has(name) ? `${honorific.get(name)} ${name}` : name;
}

/** A point mention as a calendar date; one that cannot be dated is a warning. */
function resolveDate(
  article: ArticleContext,
  s: FactSentence,
  d: DateMention,
): ResolvedDate | null {
  const r = resolveMention(d, {
    published: article.published,
    yearFor: (m) => supportedYear(m, article.evidence, s.index, s.text),
  });
  if (typeof r === 'string') {
    if (d.kind === 'point')
      article.warnings.push({
        file: article.file,
        line: s.line,
        message:
          d.year === undefined && !d.invalid && !d.relative && !article.published
            ? `không rõ năm của "${d.text}": bài không ghi ngày đăng và không mốc nào trong bài xác định được năm; sự việc này không được đưa lên dòng thời gian`
            : `ngày không hợp lệ "${d.text}": ${r}`,
      });
    return null;
  }
  return r;
}

function qualityOf(d: DateMention, r: ResolvedDate): DateQuality {
  return r.yearInferred ? 'inferred-year' : d.year !== undefined ? 'explicit' : 'published-year';
}

/** Why an inferred year is what it is, in words and as data. */
function yearReason(
  article: ArticleContext,
  r: ResolvedDate,
): Pick<RawEvent, 'dateBasis' | 'dateReason'> {
  if (!r.yearInferred) return {};
  const year = Number(r.date.slice(0, 4));
  const latest = article.evidence.latest;
  return {
    dateBasis: latest
      ? `Bài không ghi ngày đăng; năm ${year} theo mốc có ngày tháng năm muộn nhất trong bài (${fmt(latest.day)}), sự kiện diễn ra sau mốc này.`
      : `Bài không ghi ngày đăng; năm ${year} là năm bài nêu.`,
    dateReason: { kind: 'year-from-text', year },
  };
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

/**
 * The date that dates a sentence's happening: a day wherever it stands; a month, quarter or year
 * only as the opening adverbial (`Tháng 3/2021, …`) or after `vào` (`… vào tháng 4/2020`), not
 * inside a phrase (`nhiệm vụ trong Quý I/2019`). Dates that belong to a document (its issue date,
 * its subject) and births do not count.
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
      !subjectSpans.some(([a, b]) => d.start > a! && d.end <= b!) &&
      !/(?:sinh|sinh ngày|sinh năm|vào Đảng)\s*(?:ngày|năm|tháng)?\s*$/iu.test(
        s.text.slice(Math.max(0, d.start - 16), d.start),
      ),
  );
  return (
    candidates.find((d) => d.precision === 'day') ??
    candidates.find(
      (d) =>
        (/(?:^|,)\s*(?:cũng\s+)?(?:trong|vào|từ|đầu|cuối)?\s*$/iu.test(s.text.slice(0, d.start)) &&
          /^\s*,/u.test(s.text.slice(d.end))) ||
        /\svào\s+$/iu.test(s.text.slice(Math.max(0, d.start - 6), d.start)),
    )
  );
}

/** The person and measure of the last change read: `ông Thành` is still its subject later on. */
interface Discourse {
  person?: string;
  sanction?: Sanction;
  office?: string;
}

/**
 * The change a sentence states, read: who, which office, whom they replaced. A discipline
 * sentence that names nobody (`Thời gian thi hành kỷ luật tính từ ngày …`) is about the official
 * the article last named in one.
 */
function changeIn(
  article: ArticleContext,
  s: FactSentence,
  discourse: Discourse,
): (ChangeReading & { person: string }) | null {
  // The first phrase that names someone changing: `Hội nghị đã bầu Ủy ban Kiểm tra…; bà X … được
  // bầu giữ chức Chủ nhiệm…` states its change at the second.
  let first: ChangeReading | null = null;
  let reading: ChangeReading | null = null;
  for (
    let trigger: ChangeTrigger | null = changeTriggerIn(s.folded);
    trigger && !reading;
    trigger = changeTriggerIn(s.folded, trigger.index + trigger.length)
  ) {
    // `Quyết định … về việc chỉ định …` names a decision's subject, not a change by itself.
    if (/về\s+(?:việc\s+)?$/iu.test(s.text.slice(Math.max(0, trigger.index - 10), trigger.index)))
      continue;
    const r = readChange(s, trigger, article.home);
    first ??= r;
    if (r.person && (r.office || r.change === 'discipline')) reading = r;
  }
  reading ??= first;
  if (!reading) return null;
  const disciplinary = reading.change === 'discipline' || reading.change === 'suspension';
  // The measure is not carried over: another decision may have taken another one.
  if (!reading.person && disciplinary && discourse.person) {
    reading.person = discourse.person;
    reading.office ??= discourse.office;
  }
  if (!reading.person) return null;
  // A measure names no office: it is the one the person holds (`cách hết các chức vụ trong Đảng`
  // is every party post at once, none in particular).
  const everyPost = /het cac chuc vu/u.test(
    s.folded.slice(reading.triggerIndex, reading.triggerIndex + 30),
  );
  if (!reading.office && !everyPost && (disciplinary || reading.change === 'dismissal'))
    reading.office = currentOffice(article, s, reading.person);
  // Taking up an office needs the office: `phân công nhiệm vụ` is no change of holder.
  if (!reading.office && !disciplinary) return null;
  discourse.person = reading.person;
  if (reading.sanction) discourse.sanction = reading.sanction;
  if (reading.office) discourse.office = reading.office;
  return reading as ChangeReading & { person: string };
}

/** The office a person holds by this sentence, or by the article: a head's, not a membership. */
function currentOffice(
  article: ArticleContext,
  s: FactSentence,
  person: string,
): string | undefined {
  const head = (titles: Iterable<string>) =>
    [...titles].find(
      (t) => !/^(?:Ủy viên|Đại biểu|(?:Thành|Tỉnh|Quận|Huyện|Thị|Đảng) ủy viên)/u.test(t),
    );
  const here = s.names.find((n) => n.name === person);
  return (here && head(here.titles)) ?? head(article.people.get(person)?.titles ?? []);
}

/** Makes a leadership event of a change, dated `date`. */
function changeEvent(
  article: ArticleContext,
  s: FactSentence,
  reading: ChangeReading & { person: string },
  date: ResolvedDate,
  quality: DateQuality,
  extra: Partial<Pick<RawEvent, 'dateBasis' | 'dateReason' | 'documentMentions'>> & {
    highlights?: string[];
  } = {},
): RawEvent {
  const raw = newEvent({
    kind: 'leadership',
    date,
    quality,
    title: changeTitle({ ...reading, fromPerson: reading.fromPerson }, article.addressed),
    summary: summaryOf(s.text),
    sentence: s,
    highlights: [...(extra.highlights ?? []), reading.triggerText, reading.officeText ?? ''],
    people: [...new Set([reading.person, ...(reading.fromPerson ? [reading.fromPerson] : [])])],
    documentMentions: extra.documentMentions ?? s.documents,
    dateBasis: extra.dateBasis,
    dateReason: extra.dateReason,
  });
  raw.person = reading.person;
  raw.office = reading.office;
  raw.change = reading.change;
  raw.sanction = reading.sanction;
  if (reading.runsBody) raw.runsBody = true;
  raw.fromPersonName = reading.fromPerson;
  if (reading.predecessorMove)
    raw.predecessor = {
      name: reading.predecessorMove.person,
      title: reading.predecessorMove.office,
    };
  return raw;
}

/**
 * What kind of event a dated sentence reports, and where its trigger stands: an issued document
 * (unless the sentence only cites one with its own issue date), then a happening (unless the
 * sentence refers back to one).
 */
function triggerIn(s: FactSentence): { kind: EventKind; index: number } | null {
  const folded = s.folded;
  const directive = DIRECTIVE_TRIGGER.exec(folded);
  if (directive && !s.documents.some((d) => d.code && d.issued))
    return { kind: 'directive', index: directive.index };
  const happening = BACK_REFERENCE.test(folded) ? null : eventTriggerIn(folded);
  return happening ? { kind: 'event', index: happening.index } : null;
}

/**
 * The event a sentence with a point date reports, or null: a change of office or discipline
 * first (dated by the sentence's own date, else by the decision it cites: `Quyết định số
 * 339/QĐ-TTg ngày 4/3/2020 … phê chuẩn kết quả bầu … đối với ông X`), then an issued document,
 * then a happening.
 */
function datedEventIn(article: ArticleContext, s: FactSentence): RawEvent | null {
  if (s.role === 'caption') return null;
  const change = article.changes.get(s);
  if (!s.dates.some((d) => d.kind === 'point')) return null;
  const dateMention = happeningDateIn(s);
  if (dateMention?.invalid) {
    article.warnings.push({
      file: article.file,
      line: s.line,
      message: `ngày không hợp lệ "${dateMention.text}": ${dateMention.invalid}`,
    });
    return null;
  }
  if (change) {
    const decision = s.documents.find((d) => d.issued);
    const mention = dateMention ?? decision?.issued;
    const date = mention && resolveDate(article, s, mention);
    if (!mention || !date) return null;
    return changeEvent(article, s, change, date, qualityOf(mention, date), {
      ...yearReason(article, date),
      highlights: [mention.text],
      documentMentions: !dateMention && decision ? [decision] : s.documents,
    });
  }
  if (!dateMention) return null;
  const trigger = triggerIn(s);
  if (!trigger) return null;
  const date = resolveDate(article, s, dateMention);
  if (!date) return null;
  const raw = newEvent({
    kind: trigger.kind,
    date,
    quality: qualityOf(dateMention, date),
    ...yearReason(article, date),
    title:
      trigger.kind === 'event'
        ? happeningTitle(article, s, trigger.index)
        : happeningPhrase(s.text, trigger.index),
    summary: summaryOf(s.text),
    sentence: s,
    highlights: [dateMention.text],
    people: s.refs.map((r) => r.name),
    documentMentions: s.documents,
  });
  if (trigger.kind === 'directive') describeIssuance(raw, trigger.index);
  return raw;
}

/** A sentence as an event's summary: whole when it is not unreasonably long. */
function summaryOf(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.slice(0, SUMMARY_MAX);
  return cut.slice(0, Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), SUMMARY_MAX / 2));
}

/**
 * A happening's title: its noun phrase (`Hội nghị lần thứ 24 Ban Chấp hành Đảng bộ thành phố`);
 * with a verb trigger (`họp`, `chủ trì`), the words since the date adverbial too (`Ban Chỉ đạo
 * Chương trình 01-CTr/TU đã họp …`). A bare noun (`Kỳ họp`) takes the fullest name the article
 * gives that happening (`Kỳ họp thứ nhất, HĐND TP.Hà Nội khóa XVI`).
 */
function happeningTitle(article: ArticleContext, s: FactSentence, triggerIndex: number): string {
  const sentence = s.text;
  let phrase: string;
  if (EVENT_NOUN.test(fold(sentence.slice(triggerIndex, triggerIndex + 16)))) {
    const organizer = organizerBefore(sentence, triggerIndex);
    phrase = organizer
      ? `${organizer} ${happeningPhrase(sentence, triggerIndex, false)}`
      : happeningPhrase(sentence, triggerIndex);
  } else {
    // Commas inside a quoted name (`Chương trình về “…, …”`) do not end the subject.
    const unquoted = sentence.replace(/“[^”]*”|"[^"]*"/gu, (q) => '_'.repeat(q.length));
    const clauseStart = Math.max(0, unquoted.lastIndexOf(',', triggerIndex) + 1);
    let subject = sentence.slice(clauseStart, triggerIndex);
    const cut = subject.search(/\s(?:của|về)\s|[“"]/u);
    if (cut > 0) subject = subject.slice(0, cut);
    subject = subject.replace(/\s(?:đã|đang|sẽ|vừa)\s*$/u, ' ').trim();
    phrase = happeningPhrase(`${subject} ${sentence.slice(triggerIndex)}`, 0);
  }
  return phrase.split(/\s+/u).length >= 3 ? phrase : (fullestName(article, phrase) ?? phrase);
}

/** The longest `Kỳ họp thứ …`, `Hội nghị lần thứ …` the article prints for a bare noun. */
function fullestName(article: ArticleContext, bare: string): string | null {
  const noun = fold(bare).split(' ').slice(0, 2).join(' ');
  let best: string | null = null;
  for (const s of article.sentences) {
    for (let at = s.folded.indexOf(noun); at >= 0; at = s.folded.indexOf(noun, at + 1)) {
      const phrase = happeningPhrase(s.text, at);
      // Only a name that says which one (`Kỳ họp thứ nhất, …`), not `các kỳ họp thường lệ`.
      if (!NUMBERED_HAPPENING.test(fold(phrase))) continue;
      if (!best || phrase.length > best.length) best = phrase;
    }
  }
  return best;
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
    raw.title = `Ban hành ${named.title ?? named.text}${named.subject ? ` ${named.subject}` : ''}`;
  } else if (name) {
    raw.documentMentions = [
      documentMention(0, 0, name, documentTypeOf(name), null, { title: name }),
    ];
    raw.title = `Ban hành ${name}`;
  }
}

// An undated change in a sentence that opens like these follows the decision or happening just
// reported: `Theo đó, Bộ Chính trị quyết định điều động …` after `… Quyết định số 567-QĐ/TW, ngày
// 14/7/2022`.
const FOLLOWS =
  /^\s*(?:Theo đó|Theo quyết định|Theo Quyết định|Cụ thể|Tại hội nghị|Tại kỳ họp|Tại Đại hội|Tại phiên|Cũng tại)/u;

/**
 * Changes stated without a date of their own. In order of preference, each takes the date of:
 * the decision just cited (`Theo đó, …`); the article's dated happening it names (`Cũng trong
 * ngày làm việc thứ tư của Hội nghị Trung ương 14, … khai trừ …`) or follows; the publication
 * day, when it is the news of the article's lead. What none of these dates is kept as an undated
 * change, for merging to bound by other articles.
 */
function contextChanges(
  article: ArticleContext,
  sentences: FactSentence[],
  events: RawEvent[],
  undated: UndatedChange[],
): RawEvent[] {
  const found: RawEvent[] = [];
  const datedChanges = new Set(
    events.filter((e) => e.kind === 'leadership').map((e) => e.sentence),
  );
  const happenings = events.filter((e) => e.kind === 'event' && e.date.precision === 'day');
  const firstBody = sentences.find((s) => s.role === 'body')?.index ?? 0;
  for (const s of sentences) {
    const reading = article.changes.get(s);
    if (!reading || datedChanges.has(s)) continue;
    const before = (k: number) => sentences[s.index - k];
    const decision = [before(1), before(2)]
      .flatMap((p) => p?.documents ?? [])
      .find((d) => d.issued && d.code);
    const sentenceOfDecision = [before(1), before(2)].find((p) => p?.documents.includes(decision!));
    const follows = FOLLOWS.test(s.text);
    if (follows && decision && sentenceOfDecision) {
      const date = resolveDate(article, sentenceOfDecision, decision.issued!);
      if (date) {
        found.push(
          changeEvent(article, s, reading, date, qualityOf(decision.issued!, date), {
            ...yearReason(article, date),
            documentMentions: [decision],
          }),
        );
        continue;
      }
    }
    // The happening the sentence names, or the one just reported, or the change just before.
    const named = happenings.find((h) => sameHappeningNoun(h.sentence.folded, s.folded));
    const previous = [...happenings].reverse().find((h) => h.sentence.index < s.index);
    const justBefore = [...events, ...found].find(
      (e) => e.kind === 'leadership' && e.sentence.index === s.index - 1,
    );
    const at =
      named ??
      (follows || (previous && s.index - previous.sentence.index <= 2) ? previous : justBefore);
    if (at) {
      found.push(
        changeEvent(article, s, reading, at.date, at.quality, {
          dateBasis: at.dateBasis,
          dateReason: at.dateReason,
          documentMentions: [...at.documentMentions, ...s.documents],
        }),
      );
      continue;
    }
    // The news of the lead, in a dated article: the day it was published.
    const published = article.published;
    if (published && s.index <= firstBody + 2) {
      found.push(
        changeEvent(
          article,
          s,
          reading,
          { date: published, precision: 'day', yearInferred: false },
          'publication-day',
          {
            dateBasis: `Bài không nêu ngày; lấy theo ngày đăng ${fmt(published)}, thay đổi diễn ra trong hoặc ngay trước ngày này.`,
            dateReason: { kind: 'publication-day', published },
          },
        ),
      );
      continue;
    }
    if (!reading.office) continue;
    const term = s.dates.find((d) => d.kind === 'term' && d.years);
    const notBefore = term?.years ? `${term.years[0]}-01-01` : undefined;
    const again = undated.find(
      (u) =>
        u.person === reading.person && u.office === reading.office && u.change === reading.change,
    );
    if (again) {
      // The same change stated twice (`… thay ông Y.` then `Sáng 4/5, … nhiệm kỳ 2020-2025`).
      if (notBefore && (!again.notBefore || notBefore > again.notBefore))
        again.notBefore = notBefore;
      again.fromPersonName ??= reading.fromPerson;
      continue;
    }
    undated.push({
      person: reading.person,
      ...(reading.fromPerson ? { fromPersonName: reading.fromPerson } : {}),
      office: reading.office,
      change: reading.change,
      ...(reading.sanction ? { sanction: reading.sanction } : {}),
      ...(reading.runsBody ? { runsBody: true as const } : {}),
      title: changeTitle(reading, article.addressed),
      sentence: s,
      highlights: [reading.triggerText, reading.officeText ?? ''],
      ...(notBefore ? { notBefore } : {}),
      ...(reading.predecessorMove
        ? {
            predecessor: {
              name: reading.predecessorMove.person,
              title: reading.predecessorMove.office,
            },
          }
        : {}),
    });
  }
  return found;
}

// `Hội nghị Trung ương 14`, `Kỳ họp thứ 2`, `Đại hội … lần thứ XVII`: a happening named with its
// number; two sentences naming the same one speak of one happening.
const NUMBERED_HAPPENING =
  /(hoi nghi|ky hop|dai hoi|phien hop)(?:\s+[a-z ]{0,40}?)?\s+(?:lan thu|thu)\s+([0-9]+|[xvil]+|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)(?![a-z0-9])|(hoi nghi trung uong)\s+([0-9]+)(?![a-z0-9])/u;
function sameHappeningNoun(a: string, b: string): boolean {
  const [x, y] = [NUMBERED_HAPPENING.exec(a), NUMBERED_HAPPENING.exec(b)];
  if (!x || !y) return false;
  const noun = (m: RegExpExecArray) => (m[1] ? [m[1], m[2]] : ['hoi nghi', m[4]]);
  const [[nx, ix], [ny, iy]] = [noun(x), noun(y)];
  return nx === ny && ix === iy;
}

const EARLIER = /^(?:truoc do|truoc day|truoc khi)(?![a-z])/u;

/**
 * The report's lead names no date ("đã tổ chức hội nghị…"): the happening is dated by the
 * publication day, as an inference a reader makes ("a report of something just past").
 */
function publicationDayEvent(
  article: ArticleContext,
  sentences: FactSentence[],
  published: string,
): RawEvent | null {
  const lead = sentences.find(
    (s) =>
      s.role === 'body' &&
      s.index < 4 &&
      !article.changes.has(s) &&
      !BACK_REFERENCE.test(s.folded) &&
      // `Trước đó, tại kỳ họp chuyên đề, …`: a happening before the news, not on its day.
      !EARLIER.test(s.folded) &&
      eventTriggerIn(s.folded),
  );
  if (!lead) return null;
  const trigger = eventTriggerIn(lead.folded)!;
  return newEvent({
    kind: 'event',
    date: { date: published, precision: 'day', yearInferred: false },
    quality: 'publication-day',
    dateBasis: `Bài không nêu ngày diễn ra; lấy theo ngày đăng ${fmt(published)}, sự kiện diễn ra trong hoặc ngay trước ngày này.`,
    dateReason: { kind: 'publication-day', published },
    title: happeningTitle(article, lead, trigger.index),
    summary: summaryOf(lead.text),
    sentence: lead,
    people: lead.refs.map((r) => r.name),
    documentMentions: lead.documents,
  });
}

/**
 * One happening, one event: an article's sentences about the same day and kind are one event; a
 * day inside a happening's span (`từ ngày 11 đến 13/10`) is that happening's. A holder leaving
 * and a successor arriving on one day, in one single-holder office, by one decision, is one
 * change; two decisions about two people are two.
 */
function mergeArticleEvents(events: RawEvent[]): RawEvent[] {
  const merged: RawEvent[] = [];
  const withinSpan = (m: RawEvent, e: RawEvent) =>
    !!m.date.endDate && e.date.date >= m.date.date && e.date.date <= m.date.endDate;
  // Spans first, so that the days inside them join them.
  const ordered = [...events].sort((a, b) => Number(!a.date.endDate) - Number(!b.date.endDate));
  for (const e of ordered) {
    const same =
      e.kind !== 'leadership'
        ? merged.find(
            (m) =>
              m.kind === e.kind &&
              (m.date.date === e.date.date || (e.kind === 'event' && withinSpan(m, e))),
          )
        : merged.find(
            (m) =>
              m.kind === 'leadership' &&
              m.person === e.person &&
              (m.change === e.change || (m.change === 'discipline' && e.change === 'discipline')) &&
              (m.date.date === e.date.date || reportedLater(m, e) || reportedLater(e, m)),
          );
    const handover = merged.find(
      (m) =>
        m.kind === 'leadership' &&
        e.kind === 'leadership' &&
        m.date.date === e.date.date &&
        m.office === e.office &&
        !!e.office &&
        isSingleHolderOffice(e.office) &&
        m.person !== e.person &&
        (m.change === 'dismissal') !== (e.change === 'dismissal') &&
        sameDecision(m, e),
    );
    if (same) {
      // One change stated twice (the headline, then the body): the better-dated statement stands
      // for it, and takes what the other names besides (the holder replaced, the office).
      const [keep, other] =
        e.kind === 'leadership' && betterStatement(e, same) ? [e, same] : [same, e];
      if (keep !== same) merged[merged.indexOf(same)] = keep;
      // Keep one mention per document: long articles repeat the same codes many times.
      const known = new Set(keep.documentMentions.map(mentionKey));
      for (const m of other.documentMentions)
        if (!known.has(mentionKey(m))) keep.documentMentions.push(m);
      if (keep.kind === 'leadership') {
        if (keep.sanction === 'expulsion-proposed' && other.sanction)
          keep.sanction = other.sanction;
        keep.fromPersonName ??= other.fromPersonName;
        keep.office ??= other.office;
        keep.predecessor ??= other.predecessor;
        keep.people = [...new Set([...keep.people, ...other.people])];
      }
    } else if (handover) {
      const [arriving, leaving] = handover.change === 'dismissal' ? [e, handover] : [handover, e];
      arriving.fromPersonName = leaving.person;
      arriving.people = [...new Set([...arriving.people, ...leaving.people])];
      if (arriving !== handover) merged[merged.indexOf(handover)] = arriving;
    } else merged.push(e);
  }
  return merged.sort((a, b) => a.sentence.index - b.sentence.index);
}

const QUALITY_ORDER: readonly DateQuality[] = [
  'explicit',
  'published-year',
  'inferred-year',
  'publication-day',
];

/**
 * `a` states a change better than `b` does: with a better-founded date, or, as well dated, in the
 * body rather than the headline (which shortens it: `Ông X được bầu giữ chức Y`, without `thay
 * cho ông Z`).
 */
function betterStatement(a: RawEvent, b: RawEvent): boolean {
  const [qa, qb] = [QUALITY_ORDER.indexOf(a.quality), QUALITY_ORDER.indexOf(b.quality)];
  if (qa !== qb) return qa < qb;
  return b.sentence.role === 'headline' && a.sentence.role !== 'headline';
}

/** `b` is `a` reported on the day of publication, within the week after it happened. */
function reportedLater(a: RawEvent, b: RawEvent): boolean {
  if (b.quality !== 'publication-day' || a.quality === 'publication-day') return false;
  const gap = dayDiff(a.date.date, b.date.date);
  return gap >= 0 && gap <= 7;
}

/** Two changes come from one decision when neither names a document, or they name the same. */
function sameDecision(a: RawEvent, b: RawEvent): boolean {
  const codes = (e: RawEvent) => e.documentMentions.map((d) => d.code).filter(Boolean);
  const [x, y] = [codes(a), codes(b)];
  return (x.length === 0 && y.length === 0) || x.some((c) => y.includes(c));
}

/** The main happening gets the article's people, chairs, attendance and disseminated documents. */
function creditMainHappening(
  main: RawEvent,
  happeningOf: Map<FactSentence, RawEvent>,
  sentences: FactSentence[],
  people: ArticlePeople,
): void {
  main.people = [...new Set([...main.people, ...people.keys()])];
  for (const s of sentences) {
    if (s.role === 'headline') continue;
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

/**
 * Each titled mention of a person, dated by its sentence's event or the article's day; undated
 * when the article has none. A change of office is a sighting of the new holder in that office,
 * and `thay ông Z được điều động làm W` one of the holder replaced in W.
 */
function sightingsIn(
  article: ArticleContext,
  sentences: FactSentence[],
  merged: RawEvent[],
  undated: UndatedChange[],
  main: RawEvent | undefined,
  happeningOf: Map<FactSentence, RawEvent>,
): Sighting[] {
  const stated = (e: RawEvent | undefined) => !!e && e.quality !== 'inferred-year';
  // The day the article speaks of: its main happening, else its first dated change or issue.
  const articleEvent =
    (main?.date.precision === 'day' ? main : undefined) ??
    merged.find((e) => e.date.precision === 'day');
  const articleDate = articleEvent?.date.date ?? article.published;
  const articleStated = articleEvent ? stated(articleEvent) : !!article.published;
  const sightings: Sighting[] = [];
  for (const s of sentences) {
    // A sentence's own happening dates its titles; a document issued on another day does not
    // (`Bí thư … cho hay, ngày 17/3, Thành ủy đã ban hành…` shows the title on the day of speaking).
    const happening = happeningOf.get(s);
    const own = happening?.date.precision === 'day' ? happening : undefined;
    const date = own?.date.date ?? articleDate ?? null;
    const isStated = own ? stated(own) : articleStated;
    for (const n of s.names)
      for (const title of n.titles)
        if (article.people.has(n.name))
          sightings.push({
            name: n.name,
            title,
            date,
            stated: date !== null && isStated,
            sentence: s,
          });
  }
  for (const e of merged) {
    if (e.kind !== 'leadership' || !e.person || !e.office || e.date.precision !== 'day') continue;
    if (e.predecessor)
      sightings.push({
        ...e.predecessor,
        date: e.date.date,
        stated: stated(e),
        sentence: e.sentence,
      });
    if (
      e.runsBody ||
      e.change === 'suspension' ||
      e.change === 'dismissal' ||
      e.change === 'discipline'
    )
      continue;
    sightings.push({
      name: e.person,
      title: e.office,
      date: e.date.date,
      stated: stated(e),
      sentence: e.sentence,
    });
  }
  for (const u of undated) {
    if (u.predecessor)
      sightings.push({ ...u.predecessor, date: null, stated: false, sentence: u.sentence });
    if (
      u.runsBody ||
      u.change === 'suspension' ||
      u.change === 'dismissal' ||
      u.change === 'discipline'
    )
      continue;
    sightings.push({
      name: u.person,
      title: u.office,
      date: null,
      stated: false,
      sentence: u.sentence,
    });
  }
  return sightings;
}

function mentionKey(m: DocumentMention): string {
  return `${m.type}|${m.code ?? ''}|${m.number ?? ''}|${m.title ?? ''}`;
}

function documentTypeOf(name: string): string {
  const m =
    /(chỉ thị|kế hoạch|chương trình|kết luận|nghị quyết|quyết định|quy định|đề án|hướng dẫn)/iu.exec(
      name,
    );
  return m ? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase() : 'Văn bản';
}

export type { Precision };
