/**
 * Many articles' facts → one dataset: the same document, person or happening reported in several
 * articles becomes one record with several sources; changes of office-holder are inferred from
 * who is seen holding an office when.
 */
import type {
  Attendance,
  DateRange,
  DocumentRecord,
  Person,
  Source,
  SourceRef,
  TimelineEvent,
} from '../dataset/types';
import type { DateQuality } from './article-facts';
import type { CorpusArticle, CorpusEvent, CorpusUndatedChange } from './corpus-article';
import { addDays, dayDiff } from '../vi/dates';
import { codeKey, shortRefKey, type DocumentMention } from './documents';
import { foldForMatch } from '../vi/fold';
import { pushTo, slugify } from './normalize';
import {
  boundUndatedChanges,
  inferLeadershipChanges,
  linkPreviousHolders,
  officeSightings,
} from './leadership';
import type { DraftEvent } from './draft-event';
import { isWebAddress } from '../dataset/web-address';
import { labelEvents } from './label';
import type { Warning } from './warnings';

const QUALITY_RANK: Record<DateQuality, number> = {
  explicit: 0,
  'published-year': 1,
  'inferred-year': 2,
  'publication-day': 3,
};
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fmt = (iso: string) => iso.split('-').reverse().join('/');

export interface CorpusResult {
  sources: Source[];
  events: TimelineEvent[];
  people: Person[];
  documents: DocumentRecord[];
  outOfRange: { id: string; date: string; file: string }[];
  warnings: Warning[];
}

export function sourceIdOf(file: string): string {
  return slugify(file.replace(/\.[^.]+$/u, ''), 80) || 'source';
}

/** Unique ids: the first keeps `base`, later ones get `-2`, `-3` (inputs arrive sorted). */
function uniqueIds(bases: string[]): string[] {
  const used = new Map<string, number>();
  return bases.map((base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

// ---------------------------------------------------------------- documents

interface DocGroup {
  key: string;
  code: string | null;
  type: string;
  title?: string;
  issuers: string[];
  subject?: string;
  issued?: string;
  issuedEvidence?: {
    article: CorpusArticle;
    mention: DocumentMention;
    line: number;
    quote: string;
  };
  term?: string;
  implementsRefs: { article: CorpusArticle; ref: NonNullable<DocumentMention['implementsRef']> }[];
}

/** A document's identity: its code and term (codes restart each term), or its name. */
function groupKey(m: DocumentMention, term: string | undefined): string | null {
  if (m.code) return `code:${m.code.toUpperCase()}${term ? `|${term}` : ''}`;
  if (m.number?.startsWith('set-')) return `set:${m.number}|${foldForMatch(m.type)}`;
  // Named documents are one document whatever follows the name: `Nghị quyết Đại hội XVII` and
  // `Nghị quyết Đại hội XVII Đảng bộ thành phố` in a story about the city are the same.
  if (m.title)
    return `title:${foldForMatch(m.title)
      .replace(/\s*\(khoa [xvil]+\)/u, '')
      .replace(
        /\s+(cua dang|dang bo (thanh pho|tp)( [a-z ]+)?|cua thanh uy( khoa [xvil]+)?)$/u,
        '',
      )}`;
  return null;
}

/** `Quyết định số 123 của Bộ Chính trị`: numbered, with an issuer, without a code. */
function isNumberedTitle(m: DocumentMention): boolean {
  return !m.code && !!m.title && !!m.number && !m.number.startsWith('set-');
}

class DocumentIndex {
  groups = new Map<string, DocGroup>();
  /** Base key (a code without its term) → keys of its term variants. */
  private variants = new Map<string, Set<string>>();
  /** Group key → every sentence that prints its issue date, in file order. */
  issuedSightings = new Map<
    string,
    { article: CorpusArticle; mention: DocumentMention; line: number; quote: string }[]
  >();
  /** Per article, short-reference key → group key of a coded document it names. */
  private byArticle = new Map<CorpusArticle, Map<string, string>>();

  add(article: CorpusArticle): void {
    const local = this.byArticle.get(article) ?? new Map<string, string>();
    this.byArticle.set(article, local);
    // A code printed once with its term and again without: the bare mention shares the term,
    // unless the article ties the code to several terms.
    const termsByCode = new Map<string, Set<string>>();
    for (const { mention } of article.documents)
      if (mention.code && mention.term) {
        const code = mention.code.toUpperCase();
        termsByCode.set(code, (termsByCode.get(code) ?? new Set()).add(mention.term));
      }
    // A number with its issuer and no code (`Quyết định số 123 của Bộ Chính trị`) is the coded
    // document of that number and type when the article prints one; otherwise a document of its own.
    const numberedLast = [...article.documents].sort(
      (a, b) => Number(isNumberedTitle(a.mention)) - Number(isNumberedTitle(b.mention)),
    );
    for (const { mention, sentence, issued } of numberedLast) {
      if (!mention.code && !mention.title) continue;
      if (isNumberedTitle(mention) && local.has(shortRefKey(mention.type, mention.number!)))
        continue;
      const known = mention.code ? termsByCode.get(mention.code.toUpperCase()) : undefined;
      const term = mention.term ?? (known?.size === 1 ? [...known][0] : undefined);
      const key = this.resolveVariant(groupKey(mention, term)!, mention);
      const g = this.groups.get(key) ?? {
        key,
        code: mention.code,
        type: mention.type,
        issuers: [],
        implementsRefs: [],
      };
      if (term) g.term = term;
      if (mention.title && (!g.title || mention.title.length > g.title.length))
        g.title = mention.title;
      if (mention.issuer) g.issuers.push(mention.issuer);
      if (mention.subject && !g.subject) g.subject = mention.subject;
      if (issued && !g.issued) {
        g.issued = issued.date;
        g.issuedEvidence = { article, mention, line: sentence.line, quote: sentence.text };
      }
      if (issued) {
        const list = this.issuedSightings.get(key) ?? [];
        if (!list.some((x) => x.article === article))
          list.push({ article, mention, line: sentence.line, quote: sentence.text });
        this.issuedSightings.set(key, list);
      }
      // One relation per article and target, however often the article repeats it.
      const target = mention.implementsRef;
      if (
        target &&
        !g.implementsRefs.some(
          (x) =>
            x.article === article &&
            x.ref.type === target.type &&
            x.ref.code === target.code &&
            x.ref.number === target.number,
        )
      )
        g.implementsRefs.push({ article, ref: target });
      this.groups.set(key, g);
      if (key.includes('|') && key.startsWith('code:')) {
        const base = key.slice(0, key.indexOf('|'));
        this.variants.set(base, (this.variants.get(base) ?? new Set()).add(key));
      }
      if (mention.code) local.set(codeKey(mention.code), key);
    }
  }

  /** A code seen without a term joins the one variant with a term, if there is exactly one. */
  private resolveVariant(key: string, m: DocumentMention): string {
    if (!m.code || key.includes('|') || this.groups.has(key)) return key;
    const variants = this.variants.get(key);
    return variants?.size === 1 ? [...variants][0]! : key;
  }

  /** The group a mention in `article` refers to, short references included. */
  lookup(article: CorpusArticle, m: DocumentMention): string | null {
    if (m.number && !m.number.startsWith('set-') && !m.code) {
      const coded = this.byArticle.get(article)?.get(shortRefKey(m.type, m.number));
      if (coded) return coded;
      if (isNumberedTitle(m)) {
        const own = groupKey(m, m.term);
        if (own && this.groups.has(own)) return own;
      }
      return this.uniqueByCodeKey(shortRefKey(m.type, m.number));
    }
    const key = groupKey(m, m.term);
    if (!key) return null;
    if (this.groups.has(key)) return key;
    const variants = this.variants.get(key);
    return variants?.size === 1 ? [...variants][0]! : null;
  }

  private byCodeKey: Map<string, string[]> | null = null;
  private uniqueByCodeKey(ck: string): string | null {
    if (!this.byCodeKey) {
      this.byCodeKey = new Map();
      for (const g of this.groups.values())
        if (g.code)
          this.byCodeKey.set(codeKey(g.code), [
            ...(this.byCodeKey.get(codeKey(g.code)) ?? []),
            g.key,
          ]);
    }
    const hits = this.byCodeKey.get(ck) ?? [];
    return hits.length === 1 ? hits[0]! : null;
  }

  /** A document of `type` named in `article` (other than `except`), if only one is. */
  uniqueOfType(article: CorpusArticle, type: string, except: string): string | null {
    const keys = new Set<string>();
    for (const { mention } of article.documents) {
      if (mention.type !== type) continue;
      const key = this.lookup(article, mention);
      if (key && key !== except) keys.add(key);
    }
    return keys.size === 1 ? [...keys][0]! : null;
  }
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || byString(a[0], b[0]),
  )[0]?.[0];
}

// ---------------------------------------------------------------- events

interface EventDraft {
  raw: CorpusEvent;
  article: CorpusArticle;
  others: { raw: CorpusEvent; article: CorpusArticle }[];
}

const STOP_WORDS = new Set(
  'va cua cac nhung tai ve voi trong cho de la da duoc mot nay tp thanh pho ha noi'.split(' '),
);
function contentWords(text: string): Set<string> {
  return new Set(
    foldForMatch(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}
type WordsOf = (text: string) => Set<string>;
function similarity(a: string, b: string, words: WordsOf): number {
  const [x, y] = [words(a), words(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Two reports of one happening: the same kind, compatible dates (the same day, or one dated only
 * by its publication and the other within the week before), and mostly the same words.
 */
function sameHappening(a: EventDraft, b: EventDraft, words: WordsOf): boolean {
  if (a.raw.kind !== b.raw.kind) return false;
  // A change of office is the same change when it is about the same person, office and act.
  const leadership = a.raw.kind === 'leadership';
  if (
    leadership &&
    (a.raw.person !== b.raw.person ||
      a.raw.office !== b.raw.office ||
      a.raw.change !== b.raw.change)
  )
    return false;
  const [da, db] = [a.raw.date, b.raw.date];
  if (da.precision !== 'day' || db.precision !== 'day') return false;
  let compatible = da.date === db.date;
  if (
    !compatible &&
    (a.raw.quality === 'publication-day') !== (b.raw.quality === 'publication-day')
  ) {
    const [pub, other] =
      a.raw.quality === 'publication-day' ? [da.date, db.date] : [db.date, da.date];
    const gap = dayDiff(other, pub);
    compatible = gap >= 0 && gap <= 7;
  }
  if (!compatible) return false;
  if (leadership) return true;
  return (
    similarity(a.raw.title, b.raw.title, words) >= 0.5 ||
    similarity(a.raw.summary, b.raw.summary, words) >= 0.5
  );
}

// ---------------------------------------------------------------- the merge

// Days from a report's day to its candidates' days, in the order the candidates are tried.
const WEEK_OFFSETS = [0, 1, 2, 3, 4, 5, 6, 7, -1, -2, -3, -4, -5, -6, -7];

type DatedSighting = CorpusArticle['sightings'][number] & { article: CorpusArticle };

/**
 * What merging works out from one article, or one text, alone: kept from one merge to the next by
 * a builder that merges again on every change (scripts/dataset-builder.ts), where an unchanged
 * article is the same object as before. At 10,000 articles, working these out again (and
 * collecting what they allocate) was a fifth of a rebuild.
 */
export class MergeMemo {
  // Each report is compared with every candidate of its week: split its words once.
  private readonly wordsOf = new Map<string, Set<string>>();
  // The same few hundred days recur across thousands of reports: compute each one's week once.
  private readonly weeks = new Map<string, string[]>();
  private readonly sightingsOf = new WeakMap<CorpusArticle, DatedSighting[]>();
  private readonly sourceOf = new WeakMap<CorpusArticle, Source>();
  // Titles and names → their slugs (ids are built from them on every merge).
  private readonly slugs = new Map<string, string>();

  /** `slugify(text, max)`, worked out once per text. */
  readonly slug = (text: string, max: number): string =>
    bounded(this.slugs, `${max}\u0000${text}`, () => slugify(text, max));

  readonly words = (text: string): Set<string> =>
    bounded(this.wordsOf, text, () => contentWords(text));

  /** The days around `date` that a report of it may share a happening with, in the order tried. */
  readonly weekAround = (date: string): string[] =>
    bounded(this.weeks, date, () => WEEK_OFFSETS.map((k) => addDays(date, k)));

  /** The article's sightings, each with its article. */
  sightings(a: CorpusArticle): DatedSighting[] {
    let found = this.sightingsOf.get(a);
    if (!found) this.sightingsOf.set(a, (found = a.sightings.map((s) => ({ ...s, article: a }))));
    return found;
  }

  /** The article's record in `sources`. */
  source(a: CorpusArticle): Source {
    let found = this.sourceOf.get(a);
    if (!found) this.sourceOf.set(a, (found = sourceOf(a)));
    return found;
  }
}

// Texts of articles since changed stay in a memo's maps: start afresh past this many.
const MAX_TEXTS = 200_000;

/** `map`'s value for `key`, made once; a map grown past `MAX_TEXTS` starts afresh. */
function bounded<V>(map: Map<string, V>, key: string, make: () => V): V {
  let found = map.get(key);
  if (found === undefined) {
    if (map.size >= MAX_TEXTS) map.clear();
    map.set(key, (found = make()));
  }
  return found;
}

function sourceOf(a: CorpusArticle): Source {
  return {
    id: sourceIdOf(a.file),
    file: a.file,
    title: a.meta.title ?? a.file,
    outlet: a.meta.outlet,
    author: a.meta.author,
    published: a.published,
    publishedInferred: a.publishedInferred,
    // Only a web address may become a link; anything else was reported when it was read.
    ...(isWebAddress(a.meta.url) ? { url: a.meta.url } : {}),
  };
}

export function mergeCorpus(articles: CorpusArticle[], range: DateRange): CorpusResult {
  const merge = new CorpusMerge();
  for (const a of [...articles].sort((x, y) => byString(x.file, y.file))) merge.add(a);
  return merge.finish(
    range,
    articles.flatMap((a) => a.warnings),
  );
}

/**
 * `mergeCorpus` an article at a time: `add` each article in file order, then `finish`. What
 * merging does per article (its source, documents, people and sightings, and matching each report
 * against the happenings reported before it) depends only on the articles before it, so the build
 * does it while later articles are still being extracted; `finish` does what needs them all.
 */
export class CorpusMerge {
  private readonly state: MergeState = {
    articles: [],
    sources: [],
    sourceIdByFile: new Map(),
    docs: new DocumentIndex(),
    names: new Set(),
    sightings: [],
    drafts: [],
    undated: [],
  };
  // Candidates for "the same happening" share a day or lie within the week before: bucket by day.
  private readonly byDay = new Map<string, EventDraft[]>();

  /** `memo`: what an earlier merge worked out from the same articles (see `MergeMemo`). */
  constructor(private readonly memo = new MergeMemo()) {}

  /** Adds the next article; articles come in file order (ids depend on it). */
  add(a: CorpusArticle): void {
    const { articles, sources, sourceIdByFile, docs, names, sightings } = this.state;
    const last = articles.at(-1);
    if (last && byString(last.file, a.file) > 0)
      throw new Error(`articles out of file order: ${a.file} after ${last.file}`);
    articles.push(a);
    const source = this.memo.source(a);
    sourceIdByFile.set(a.file, source.id);
    sources.push(source);
    docs.add(a);
    for (const name of a.people.keys()) names.add(name);
    for (const s of this.memo.sightings(a)) sightings.push(s);
    for (const change of a.undatedChanges) this.state.undated.push({ change, article: a });
    for (const raw of a.events) this.draft(raw, a);
  }

  /** Files a report as a new happening, or as one more report of a happening filed before. */
  private draft(raw: CorpusEvent, a: CorpusArticle): void {
    const draft: EventDraft = { raw, article: a, others: [] };
    const same =
      raw.date.precision === 'day'
        ? this.firstNearby(raw.date.date, (d) => sameHappening(d, draft, this.memo.words))
        : undefined;
    if (same) {
      // Keep the report with the best date as the event's face.
      if (QUALITY_RANK[raw.quality] < QUALITY_RANK[same.raw.quality]) {
        same.others.push({ raw: same.raw, article: same.article });
        same.raw = raw;
        same.article = a;
      } else same.others.push({ raw, article: a });
    } else {
      this.state.drafts.push(draft);
      if (raw.date.precision === 'day') pushTo(this.byDay, raw.date.date, draft);
    }
  }

  /** The first draft of the week around `date` (days in `WEEK_OFFSETS` order) that `match`es. */
  private firstNearby(date: string, match: (d: EventDraft) => boolean): EventDraft | undefined {
    for (const day of this.memo.weekAround(date))
      for (const d of this.byDay.get(day) ?? []) if (match(d)) return d;
    return undefined;
  }

  /**
   * The records of every article added. `articleWarnings` are the articles' own warnings, in the
   * order the report lists them; warnings about the merge follow them.
   */
  finish(range: DateRange, articleWarnings: Warning[]): CorpusResult {
    return finishMerge(this.state, this.memo, range, [...articleWarnings]);
  }
}

/** What `CorpusMerge.add` gathers, in file order. */
interface MergeState {
  articles: CorpusArticle[];
  sources: Source[];
  sourceIdByFile: Map<string, string>;
  docs: DocumentIndex;
  /** Every person's full name. */
  names: Set<string>;
  sightings: DatedSighting[];
  /** Happenings, each with the reports of it. */
  drafts: EventDraft[];
  /** Changes stated without a date, to be bounded by other articles' sightings. */
  undated: { change: CorpusUndatedChange; article: CorpusArticle }[];
}

function finishMerge(
  state: MergeState,
  memo: MergeMemo,
  range: DateRange,
  warnings: Warning[],
): CorpusResult {
  const { articles: sorted, sources, sourceIdByFile, docs, sightings, drafts } = state;
  const ref = (
    article: CorpusArticle,
    quote: string,
    line: number,
    highlights: string[] = [],
  ): SourceRef => ({
    source: sourceIdByFile.get(article.file)!,
    quote,
    line,
    ...(highlights.filter(Boolean).length
      ? { highlights: [...new Set(highlights.filter((h) => h && quote.includes(h)))] }
      : {}),
  });

  // Documents.
  const docGroups = [...docs.groups.values()].sort((x, y) => byString(x.key, y.key));
  const docIds = uniqueIds(
    docGroups.map((g) =>
      g.code
        ? memo.slug(`${g.code}${g.term ? ` ${g.term}` : ''}`, 60)
        : memo.slug(g.title ?? g.type, 60),
    ),
  );
  const docIdByKey = new Map(docGroups.map((g, i) => [g.key, docIds[i]!]));
  // A much-cited document has thousands of issuer mentions: count them once.
  const issuerOf = new Map(docGroups.map((g) => [g, mostCommon(g.issuers)]));
  const documents: DocumentRecord[] = docGroups.map((g, i) => {
    const record: DocumentRecord = {
      id: docIds[i]!,
      code: g.code,
      type: g.type,
      issued: g.issued ?? null,
    };
    // A coded document's title is its subject (`về …`); an uncoded one needs its name first.
    const title =
      !g.code && g.title && g.subject ? `${g.title} ${g.subject}` : (g.subject ?? g.title);
    if (title) record.title = title;
    const issuer = issuerOf.get(g);
    if (issuer) record.issuer = issuer;
    if (g.term) record.term = g.term;
    const implemented = new Set<string>();
    for (const { article, ref: target } of g.implementsRefs) {
      const key = target.code
        ? docs.lookup(article, { ...target, start: 0, end: 0, text: target.code })
        : docs.uniqueOfType(article, target.type, g.key);
      const id = key && key !== g.key ? docIdByKey.get(key) : undefined;
      if (id) implemented.add(id);
    }
    if (implemented.size) record.implements = [...implemented].sort(byString);
    return record;
  });
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const docIdOf = (article: CorpusArticle, m: DocumentMention) => {
    const key = docs.lookup(article, m);
    return key ? docIdByKey.get(key) : undefined;
  };
  // `Ngày 3/2, Ban Thường vụ đã ban hành Chỉ thị số 02-CT/TU`: the sentence's date is the issue date.
  for (const a of sorted)
    for (const e of a.events) {
      if (e.kind !== 'directive') continue;
      for (const m of e.documentMentions) {
        const id = docIdOf(a, m);
        const record = id === undefined ? undefined : documentById.get(id);
        if (record && record.issued === null) record.issued = e.date.date;
      }
    }

  // People: one record per full name, roles from dated sightings.
  const names = [...state.names].sort(byString);
  const personIds = uniqueIds(names.map((n) => memo.slug(n, 60)));
  const personIdByName = new Map(names.map((n, i) => [n, personIds[i]!]));
  const sightingsByName = new Map<string, DatedSighting[]>();
  for (const s of sightings) pushTo(sightingsByName, s.name, s);
  const people: Person[] = names.map((name, i) => {
    // A title is dated by the sightings whose dates are printed or published; one that only
    // undated articles (or years inferred from a text) show is a role with no dates.
    const roles = new Map<string, { firstSeen: string | null; lastSeen: string | null }>();
    for (const s of sightingsByName.get(name) ?? []) {
      const r = roles.get(s.title) ?? { firstSeen: null, lastSeen: null };
      roles.set(s.title, r);
      if (s.date === null || !s.stated) continue;
      if (r.firstSeen === null || s.date < r.firstSeen) r.firstSeen = s.date;
      if (r.lastSeen === null || s.date > r.lastSeen) r.lastSeen = s.date;
    }
    return {
      id: personIds[i]!,
      name,
      roles: [...roles.entries()]
        .map(([title, r]) => ({ title, ...r }))
        .sort(
          (x, y) =>
            byString(x.firstSeen ?? '\uffff', y.firstSeen ?? '\uffff') ||
            byString(x.title, y.title),
        ),
    };
  });

  // Events: happenings merged across articles; directives one per issued document.
  const events: DraftEvent[] = [];
  for (const d of drafts) {
    const reports = [{ raw: d.raw, article: d.article }, ...d.others];
    const docIds = new Set<string>();
    const disseminated = new Set<string>();
    for (const r of reports) {
      for (const m of r.raw.documentMentions) {
        const id = docIdOf(r.article, m);
        if (id) docIds.add(id);
      }
      for (const m of r.raw.disseminates) {
        const id = docIdOf(r.article, m);
        if (id) disseminated.add(id);
      }
    }
    // A day whose year was inferred is confirmed by another report printed within a month after.
    let { dateBasis } = d.raw;
    let dateInferred = d.raw.quality === 'inferred-year' || d.raw.quality === 'publication-day';
    if (dateInferred && d.raw.quality === 'inferred-year') {
      const confirmation = d.others.find(
        (o) =>
          o.article.published &&
          !o.article.publishedInferred &&
          dayDiff(d.raw.date.date, o.article.published) >= 0 &&
          dayDiff(d.raw.date.date, o.article.published) <= 31,
      );
      if (confirmation) {
        dateInferred = false;
        dateBasis = undefined;
      }
    }
    const attendance: Attendance[] = [];
    for (const r of reports)
      for (const x of r.raw.attendance)
        if (!attendance.some((y) => y.unit === x.unit)) attendance.push(x);
    const peopleNames = [...new Set(reports.flatMap((r) => r.raw.people))];
    const chairs = [...new Set(reports.flatMap((r) => r.raw.chairs))];
    const event: DraftEvent = {
      kind: d.raw.kind,
      date: d.raw.date.date,
      ...(d.raw.date.endDate ? { endDate: d.raw.date.endDate } : {}),
      precision: d.raw.date.precision,
      dateInferred,
      ...(dateInferred && dateBasis ? { dateBasis } : {}),
      ...(dateInferred && d.raw.dateReason ? { dateReason: d.raw.dateReason } : {}),
      title: d.raw.title,
      summary: d.raw.summary,
      people: peopleNames
        .map((n) => personIdByName.get(n)!)
        .filter(Boolean)
        .sort(byString),
      documents: [...docIds].sort(byString),
      sources: reports
        .map((r) => ref(r.article, r.raw.sentence.text, r.raw.sentence.line, r.raw.highlights))
        .sort((x, y) => byString(x.source, y.source)),
    };
    const roles = peopleNames
      .map((n) => ({
        person: personIdByName.get(n)!,
        titles: [
          ...new Set(reports.flatMap((r) => [...(r.article.people.get(n)?.titles ?? [])])),
        ].sort(byString),
      }))
      .filter((r) => r.person && r.titles.length);
    if (roles.length) event.roles = roles.sort((x, y) => byString(x.person, y.person));
    if (chairs.length) event.chairs = chairs.map((n) => personIdByName.get(n)!).filter(Boolean);
    if (attendance.length) event.attendance = attendance;
    if (disseminated.size) event.disseminates = [...disseminated].sort(byString);
    if (d.raw.kind === 'leadership') {
      if (d.raw.office) event.office = d.raw.office;
      const subject = d.raw.person && personIdByName.get(d.raw.person);
      // A suspension or dismissal is about the holder leaving; the others about one arriving.
      if (subject && (d.raw.change === 'suspension' || d.raw.change === 'dismissal'))
        event.fromPerson = subject;
      else if (subject) event.toPerson = subject;
      // Another report of the same change may name the holder replaced, or the measure.
      const fromName = reports.find((r) => r.raw.fromPersonName)?.raw.fromPersonName;
      if (fromName) event.fromPerson = personIdByName.get(fromName);
      if (d.raw.change) event.change = d.raw.change;
      const sanction = reports.find((r) => r.raw.sanction)?.raw.sanction;
      if (sanction) event.sanction = sanction;
    }
    events.push(event);
  }

  // Documents whose issuance a `ban hành` sentence, or a decision about someone (`Quyết định số
  // 339/QĐ-TTg ngày 4/3/2020 … phê chuẩn …`), already made an event of.
  const issuedByEvent = new Set(
    events.flatMap((e) =>
      e.kind === 'directive'
        ? e.documents
        : e.documents.filter((id) => documentById.get(id)?.issued === e.date),
    ),
  );
  // Directive events from documents with an issue date (deduplicated with `ban hành` sentences).
  for (const g of docGroups) {
    if (!g.issued || !g.issuedEvidence) continue;
    const id = docIdByKey.get(g.key)!;
    if (issuedByEvent.has(id)) continue;
    const { article, mention, line, quote } = g.issuedEvidence;
    const issuer = issuerOf.get(g);
    const label = g.code ? `${g.type} ${g.code}` : (g.title ?? g.type);
    const subject = g.subject ? ` ${g.subject}` : '';
    const sources = [ref(article, quote, line, [mention.text, mention.issued?.text ?? ''])];
    // Every other article that prints the same issue date is a source too.
    for (const other of docs.issuedSightings.get(g.key) ?? [])
      if (other.article !== article)
        sources.push(
          ref(other.article, other.quote, other.line, [
            other.mention.text,
            other.mention.issued?.text ?? '',
          ]),
        );
    events.push({
      kind: 'directive',
      date: g.issued,
      precision: g.issued.length === 10 ? 'day' : g.issued.length === 7 ? 'month' : 'year',
      dateInferred: false,
      title: `${issuer ? `${issuer} ban hành ` : 'Ban hành '}${label}${subject}`,
      summary: `${label}${issuer ? ` của ${issuer}` : ''}, ban hành ngày ${fmt(g.issued)}${subject}.`,
      people: [],
      documents: [id],
      sources: sources.sort((x, y) => byString(x.source, y.source)),
    });
  }

  // Changes of office-holder: stated ones linked to the holder before, undated ones bounded,
  // unstated ones inferred.
  const byOffice = officeSightings(sightings);
  const nameById = new Map(people.map((p) => [p.id, p.name]));
  linkPreviousHolders(events, byOffice, personIdByName, nameById);
  events.push(...boundUndatedChanges(state.undated, byOffice, events, personIdByName, ref, range));
  events.push(...inferLeadershipChanges(byOffice, events, personIdByName, ref));

  // Range, ids, order.
  const outOfRange: CorpusResult['outOfRange'] = [];
  // The first source with an id names its file (two file names can slug to one id).
  const fileBySourceId = new Map<string, string>();
  for (const s of sources) if (!fileBySourceId.has(s.id)) fileBySourceId.set(s.id, s.file);
  const inRange = events.filter((e) => {
    const ok =
      e.date.slice(0, 4) >= range.start.slice(0, 4) &&
      e.date.slice(0, 4) <= range.end.slice(0, 4) &&
      e.date >= range.start.slice(0, e.date.length) &&
      e.date <= range.end.slice(0, e.date.length);
    if (!ok) {
      const src = e.sources[0]!;
      const file = fileBySourceId.get(src.source) ?? src.source;
      outOfRange.push({ id: slugify(e.title), date: e.date, file });
      warnings.push({
        file,
        ...(src.line ? { line: src.line } : {}),
        message: `sự kiện ngày ${e.date} nằm ngoài phạm vi ${range.start}–${range.end}, bị bỏ qua`,
      });
    }
    return ok;
  });
  inRange.sort(
    (x, y) => byString(x.date, y.date) || byString(x.kind, y.kind) || byString(x.title, y.title),
  );
  const eventIds = uniqueIds(inRange.map((e) => `${e.date}-${memo.slug(e.title, 60)}`));
  const personNameById = new Map(people.map((p) => [p.id, p.name]));
  const labels = labelEvents(inRange, {
    personName: (id) => personNameById.get(id),
    document: (id) => documentById.get(id),
  });
  const finalEvents: TimelineEvent[] = inRange.map((e, i) => ({
    id: eventIds[i]!,
    ...e,
    label: labels[i]!,
  }));

  return { sources, events: finalEvents, people, documents, outOfRange, warnings };
}
