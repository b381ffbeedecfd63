/**
 * Applies an editor's corrections to a compiled dataset, before it is validated. Pure: the
 * articles come in through `articleText`. Each id is looked up in the dataset first, then in its
 * aliases (the published-id record resolved against this compile), so a correction follows an
 * event the compiler has since renamed. An id found in neither is stale: reported with its line,
 * and the entry is not applied. Nothing is changed in place: what a correction touches is copied.
 */
import { labelFromTitle } from '../dataset/label-fallback';
import type {
  Dataset,
  DocumentRecord,
  EventRole,
  Person,
  Source,
  TimelineEvent,
} from '../dataset/types';
import { precisionOf } from './fields';
import { articleProblems, locateQuote, normalizeQuote, type ArticleText } from './quotes';
import type { AddedEvent, Corrections, Entry, EventEdit, Problem } from './types';

export interface ApplyResult {
  dataset: Dataset;
  /** Entries applied. */
  applied: number;
  /** Entries whose id (or an id they name) is no longer in the dataset. */
  stale: Problem[];
  /** Entries that cannot be applied as written (the build stops on these). */
  errors: Problem[];
}

/** The order of `edited`, so two builds of the same corrections write the same list. */
const EDITED_ORDER = [
  'kind',
  'date',
  'endDate',
  'precision',
  'title',
  'label',
  'summary',
  'sources',
  'people',
  'documents',
];

function withEdited(existing: readonly string[] | undefined, more: readonly string[]): string[] {
  const all = new Set([...(existing ?? []), ...more]);
  const rank = (f: string) => (EDITED_ORDER.includes(f) ? EDITED_ORDER.indexOf(f) : 99);
  return [...all].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The last day of the quarter that starts in `month` (`YYYY-MM`). */
function quarterEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m + 2, 0)).getUTCDate();
  return `${year}-${String(m + 2).padStart(2, '0')}-${last}`;
}

const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];

export function applyCorrections(
  dataset: Dataset,
  corrections: Corrections,
  articleText: ArticleText,
): ApplyResult {
  const file = corrections.file;
  const stale: Problem[] = [];
  const errors: Problem[] = [];
  const staleAt = (line: number, message: string) => stale.push({ file, line, message });
  const errorAt = (line: number, message: string) => errors.push({ file, line, message });
  let applied = 0;

  // Sources, keyed by id or by the article's file name.
  const sources = dataset.sources.slice();
  for (const { id, line, set } of corrections.sources) {
    const i = sources.findIndex((s) => s.id === id || s.file === id);
    if (i < 0) {
      staleAt(line, `sources.${id}: no such source (stale)`);
      continue;
    }
    sources[i] = editSource(sources[i]!, set);
    applied++;
  }

  // Documents.
  const documents = dataset.documents.slice();
  const documentAt = new Map(documents.map((d, i) => [d.id, i]));
  for (const { id, line, set, lines } of corrections.documents) {
    const i = documentAt.get(id);
    if (i === undefined) {
      staleAt(line, `documents.${id}: no such document (stale)`);
      continue;
    }
    const missing = set.implements?.find((target) => !documentAt.has(target));
    if (missing) {
      staleAt(
        lines.implements ?? line,
        `documents.${id}.implements: no document "${missing}" (stale)`,
      );
      continue;
    }
    if (set.implements?.includes(id)) {
      errorAt(
        lines.implements ?? line,
        `documents.${id}.implements: a document cannot carry out itself`,
      );
      continue;
    }
    documents[i] = editDocument(documents[i]!, set);
    applied++;
  }

  // People: names, offices, and strings that are not people at all.
  const people = dataset.people.slice();
  const personAt = new Map(people.map((p, i) => [p.id, i]));
  const notPeople = new Set<string>();
  const rolesTaken = new Map<string, Set<string>>();
  const rolesGiven: { person: string; title: string; from: string; to: string }[] = [];
  for (const { id, line, set, lines } of corrections.people) {
    const i = personAt.get(id);
    if (i === undefined) {
      staleAt(line, `people.${id}: no such person (stale)`);
      continue;
    }
    const person = people[i]!;
    const absent = set.removeRoles?.find((t) => !person.roles.some((r) => r.title === t));
    if (absent) {
      staleAt(lines.removeRoles ?? line, `people.${id}.removeRoles: no role "${absent}" (stale)`);
      continue;
    }
    applied++;
    if (set.notAPerson !== undefined) {
      notPeople.add(id);
      continue;
    }
    const taken = new Set(set.removeRoles ?? []);
    if (taken.size) rolesTaken.set(id, taken);
    for (const r of set.addRoles ?? []) rolesGiven.push({ person: id, ...r });
    people[i] = editPerson(person, set.name, taken, set.addRoles ?? []);
  }

  // Events: the ones the compiler missed first, so that later entries may name them too.
  let events = dataset.events.slice();
  const aliases: Record<string, string> = { ...dataset.aliases };
  const problemsInArticles = articleProblems(corrections, articleText);
  errors.push(...problemsInArticles);
  const badLines = new Set(problemsInArticles.map((p) => p.line));
  const known = new Set(events.map((e) => e.id));
  for (const entry of corrections.add) {
    const { id, line, set, lines } = entry;
    if (badLines.has(lines.source ?? -1) || badLines.has(lines.quote ?? -1)) continue;
    if (known.has(id) || aliases[id]) {
      errorAt(line, `add.${id}: the id already names an event; choose another`);
      continue;
    }
    const source = sources.find((s) => s.file === set.source);
    if (!source) {
      errorAt(
        lines.source ?? line,
        `add.${id}.source: "${set.source}" gave no source in this build`,
      );
      continue;
    }
    const unknownPerson = set.people?.find((p) => !personAt.has(p) || notPeople.has(p));
    const unknownDocument = set.documents?.find((d) => !documentAt.has(d));
    if (unknownPerson || unknownDocument) {
      const [field, what] = unknownPerson
        ? (['people', unknownPerson] as const)
        : (['documents', unknownDocument!] as const);
      staleAt(lines[field] ?? line, `add.${id}.${field}: no "${what}" (stale)`);
      continue;
    }
    const text = articleText(set.source)!;
    events.push(addedEvent(id, set, source, locateQuote(text, set.quote)!.line));
    known.add(id);
    applied++;
  }

  const at = () => new Map(events.map((e, i) => [e.id, i]));
  let index = at();
  /** The id an entry means today: itself, or what the published-id record says it became. */
  const resolve = (id: string): string | null =>
    index.has(id) ? id : aliases[id] !== undefined && index.has(aliases[id]) ? aliases[id] : null;

  const hidden = new Set<string>();
  const merges: { from: string; to: string; entry: Entry<EventEdit> }[] = [];
  for (const entry of corrections.events) {
    const { id, line, set, lines } = entry;
    const current = resolve(id);
    if (!current) {
      staleAt(
        line,
        `events.${id}: no such event, and ids.json does not say what it became (stale)`,
      );
      continue;
    }
    let into: string | null = null;
    if (set.mergeInto !== undefined) {
      into = resolve(set.mergeInto);
      if (!into) {
        staleAt(
          lines.mergeInto ?? line,
          `events.${id}.mergeInto: no event "${set.mergeInto}" (stale)`,
        );
        continue;
      }
      if (into === current) {
        errorAt(
          lines.mergeInto ?? line,
          `events.${id}.mergeInto: "${set.mergeInto}" is the same event`,
        );
        continue;
      }
    }
    const i = index.get(current)!;
    events[i] = editEvent(events[i]!, set);
    if (set.hide !== undefined) hidden.add(current);
    if (into) merges.push({ from: current, to: into, entry });
    applied++;
  }

  // Merges last, following chains (A into B, B into C: all of it ends in C).
  const mergedInto = new Map<string, string>();
  const finalTarget = (id: string) => {
    const seen = new Set<string>();
    while (mergedInto.has(id) && !seen.has(id)) {
      seen.add(id);
      id = mergedInto.get(id)!;
    }
    return id;
  };
  for (const { from, to, entry } of merges) {
    const target = finalTarget(to);
    const where = entry.lines.mergeInto ?? entry.line;
    if (target === from) {
      errorAt(where, `events.${entry.id}.mergeInto: merges go round in a circle`);
      continue;
    }
    if (hidden.has(target)) {
      errorAt(where, `events.${entry.id}.mergeInto: "${entry.set.mergeInto}" is hidden`);
      continue;
    }
    index = at();
    events[index.get(target)!] = combine(events[index.get(target)!]!, events[index.get(from)!]!);
    mergedInto.set(from, target);
  }

  // Strings that are not people leave every event; offices added or taken follow into events.
  if (notPeople.size || rolesTaken.size || rolesGiven.length)
    events = events.map((e) => editEventPeople(e, notPeople, rolesTaken, rolesGiven));
  events = events.filter((e) => !hidden.has(e.id) && !mergedInto.has(e.id));
  // Old links to a merged event open the event it joined; links to a hidden one find nothing.
  for (const from of mergedInto.keys()) aliases[from] = finalTarget(from);
  for (const [old, current] of Object.entries(aliases)) {
    const target = finalTarget(current);
    if (hidden.has(target) || !events.some((e) => e.id === target)) delete aliases[old];
    else aliases[old] = target;
  }

  const { aliases: _old, ...rest } = dataset;
  return {
    dataset: {
      ...rest,
      sources,
      events,
      people: people.filter((p) => !notPeople.has(p.id)),
      documents,
      ...(Object.keys(aliases).length ? { aliases } : {}),
    },
    applied,
    stale,
    errors,
  };
}

function editSource(source: Source, set: Corrections['sources'][number]['set']): Source {
  const next: Source = { ...source };
  if (set.outlet !== undefined) next.outlet = set.outlet;
  if (set.author !== undefined) next.author = set.author;
  if (set.published !== undefined) {
    next.published = set.published;
    next.publishedInferred = false;
  }
  if (set.url === null) delete next.url;
  else if (set.url !== undefined) next.url = set.url;
  return next;
}

function editDocument(
  doc: DocumentRecord,
  set: Corrections['documents'][number]['set'],
): DocumentRecord {
  const next: DocumentRecord = { ...doc };
  if (set.issued !== undefined) next.issued = set.issued;
  if (set.type !== undefined) next.type = set.type;
  if (set.title !== undefined) next.title = set.title;
  if (set.implements) next.implements = union(doc.implements, set.implements).sort();
  return next;
}

function editPerson(
  person: Person,
  name: string | undefined,
  taken: Set<string>,
  given: readonly { title: string; from: string; to: string }[],
): Person {
  const roles = person.roles
    .filter((r) => !taken.has(r.title))
    .concat(given.map((r) => ({ title: r.title, firstSeen: r.from, lastSeen: r.to })))
    // A role seen with no dated sighting (firstSeen null) sorts first.
    .sort(
      (a, b) =>
        (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') || a.title.localeCompare(b.title),
    );
  return { ...person, ...(name !== undefined ? { name } : {}), roles };
}

function editEvent(event: TimelineEvent, set: EventEdit): TimelineEvent {
  const next: TimelineEvent = { ...event };
  const edited: string[] = [];
  if (set.kind !== undefined) {
    next.kind = set.kind;
    edited.push('kind');
  }
  if (set.date !== undefined) {
    // A date an editor sets is stated, not inferred: the compiler's reasons no longer apply.
    next.date = set.date;
    next.precision = set.precision ?? precisionOf(set.date);
    next.dateInferred = false;
    delete next.dateBasis;
    delete next.dateReason;
    const end = set.endDate ?? (next.precision === 'quarter' ? quarterEnd(set.date) : undefined);
    if (end) next.endDate = end;
    else delete next.endDate;
    edited.push('date');
    if (set.precision !== undefined) edited.push('precision');
    if (set.endDate !== undefined) edited.push('endDate');
  }
  if (set.title !== undefined) {
    next.title = set.title;
    // The compiler's label summed up the old title; a new one starts from the new title's words.
    if (set.label === undefined) next.label = labelFromTitle(set.title);
    edited.push('title');
  }
  if (set.label !== undefined) {
    next.label = set.label;
    edited.push('label');
  }
  if (set.summary !== undefined) {
    next.summary = set.summary;
    edited.push('summary');
  }
  if (set.reviewed === true) next.reviewed = true;
  else if (set.reviewed === false) delete next.reviewed;
  if (edited.length) next.edited = withEdited(event.edited, edited);
  return next;
}

function addedEvent(id: string, set: AddedEvent, source: Source, line: number): TimelineEvent {
  const precision = set.precision ?? precisionOf(set.date);
  const end = set.endDate ?? (precision === 'quarter' ? quarterEnd(set.date) : undefined);
  const quote = normalizeQuote(set.quote);
  const edited = ['kind', 'date', 'title'];
  if (set.endDate) edited.push('endDate');
  if (set.precision) edited.push('precision');
  if (set.label) edited.push('label');
  if (set.summary) edited.push('summary');
  if (set.people?.length) edited.push('people');
  if (set.documents?.length) edited.push('documents');
  return {
    id,
    kind: set.kind,
    date: set.date,
    ...(end ? { endDate: end } : {}),
    precision,
    dateInferred: false,
    title: set.title,
    label: set.label ?? labelFromTitle(set.title),
    summary: set.summary ?? quote,
    people: set.people ?? [],
    documents: set.documents ?? [],
    sources: [{ source: source.id, quote, line }],
    reviewed: true,
    edited: withEdited(undefined, edited),
  };
}

/** `into` with `from`'s evidence, people and documents added. */
function combine(into: TimelineEvent, from: TimelineEvent): TimelineEvent {
  const key = (r: { source: string; quote: string }) => `${r.source}\n${r.quote}`;
  const have = new Set(into.sources.map(key));
  const next: TimelineEvent = {
    ...into,
    sources: [...into.sources, ...from.sources.filter((r) => !have.has(key(r)))],
    people: union(into.people, from.people),
    documents: union(into.documents, from.documents),
    edited: withEdited(into.edited, ['sources']),
  };
  if (into.disseminates || from.disseminates)
    next.disseminates = union(into.disseminates, from.disseminates);
  if (into.chairs || from.chairs) next.chairs = union(into.chairs, from.chairs);
  if (into.roles || from.roles) next.roles = mergeRoles(into.roles ?? [], from.roles ?? []);
  if (!into.attendance && from.attendance) next.attendance = from.attendance;
  return next;
}

function mergeRoles(a: readonly EventRole[], b: readonly EventRole[]): EventRole[] {
  const byPerson = new Map<string, string[]>();
  for (const r of [...a, ...b]) byPerson.set(r.person, union(byPerson.get(r.person), r.titles));
  return [...byPerson].map(([person, titles]) => ({ person, titles }));
}

/** An event without the strings that are not people, and with offices added or taken. */
function editEventPeople(
  event: TimelineEvent,
  notPeople: Set<string>,
  rolesTaken: Map<string, Set<string>>,
  rolesGiven: readonly { person: string; title: string; from: string; to: string }[],
): TimelineEvent {
  const involved = (p: string) =>
    event.people.includes(p) || event.fromPerson === p || event.toPerson === p;
  const touched =
    [...notPeople].some(involved) ||
    [...rolesTaken.keys()].some(involved) ||
    rolesGiven.some((r) => involved(r.person));
  if (!touched) return event;
  const next: TimelineEvent = { ...event, people: event.people.filter((p) => !notPeople.has(p)) };
  if (event.fromPerson && notPeople.has(event.fromPerson)) delete next.fromPerson;
  if (event.toPerson && notPeople.has(event.toPerson)) delete next.toPerson;
  if (event.chairs) next.chairs = event.chairs.filter((p) => !notPeople.has(p));
  let roles = (event.roles ?? [])
    .filter((r) => !notPeople.has(r.person))
    .map((r) => {
      const taken = rolesTaken.get(r.person);
      return taken ? { ...r, titles: r.titles.filter((t) => !taken.has(t)) } : r;
    });
  const end = event.endDate ?? event.date;
  for (const given of rolesGiven) {
    // An office held over the event's dates is the person's title in it.
    if (!next.people.includes(given.person)) continue;
    if (given.from.slice(0, end.length) > end || given.to < event.date) continue;
    const own = roles.find((r) => r.person === given.person);
    if (own)
      roles = roles.map((r) => (r === own ? { ...r, titles: union(r.titles, [given.title]) } : r));
    else roles = [...roles, { person: given.person, titles: [given.title] }];
  }
  if (event.roles || roles.length) next.roles = roles;
  return next;
}
