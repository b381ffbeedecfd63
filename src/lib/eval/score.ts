/**
 * Scores a compiled dataset against hand-checked facts (`gold.ts`): one check per gold fact, and
 * the invariants every dataset must keep whatever the gold says (quotes verbatim, no role holding
 * another person's name or ending in a conjunction, no near-identical events, nothing out of range).
 * Pure: the caller reads the files; `articles` maps a source file to its text as the compiler read
 * it (`normalizeArticleText`), for the verbatim check.
 */
import type { Dataset, TimelineEvent } from '../dataset/types';
import { foldForMatch } from '../vi/fold';
import type { Gold } from './gold';

export type CheckGroup =
  'source' | 'outlet' | 'event' | 'leadership' | 'person' | 'not-person' | 'document' | 'invariant';

export interface Check {
  group: CheckGroup;
  /** What was checked: a gold key, a name, a code. */
  subject: string;
  ok: boolean;
  /** Why it failed (or what was found), for the report. */
  detail?: string;
  /** Reported but not counted (optional people). */
  optional?: boolean;
}

export interface Score {
  checks: Check[];
  held: number;
  counted: number;
  /** Share of counted checks that hold, 0–1. */
  rate: number;
}

const fold = (s: string) => foldForMatch(s).replace(/\s+/gu, ' ').trim();
/** A code as gold compares it: folded, spaces removed, a leading `số` dropped. */
const codeKey = (code: string) =>
  fold(code)
    .replace(/^so\s*/u, '')
    .replace(/\s+/gu, '');
const prefixOf = (file: string) => file.slice(0, 3);

/** Names compare as written, up to Unicode form and old/new tone placement (`Hoà`/`Hòa`). */
function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/([oO])([àáảãạ])(?![\p{L}])/gu, (_, o: string, a: string) => toneOnO(o, a))
    .replace(/([uU])([ỳýỷỹỵ])(?![\p{L}])/gu, (_, u: string, y: string) => toneOnU(u, y));
}
const A_TONES = 'àáảãạ';
const O_TONES = 'òóỏõọ';
const Y_TONES = 'ỳýỷỹỵ';
const U_TONES = 'ùúủũụ';
const toneOnO = (o: string, a: string) => {
  const t = O_TONES[A_TONES.indexOf(a)]!;
  return `${o === 'O' ? t.toUpperCase() : t}a`;
};
const toneOnU = (u: string, y: string) => {
  const t = U_TONES[Y_TONES.indexOf(y)]!;
  return `${u === 'U' ? t.toUpperCase() : t}y`;
};

/** The first and last day a (possibly partial) event date covers. */
function span(e: Pick<TimelineEvent, 'date' | 'endDate'>): [string, string] {
  const start =
    e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date;
  if (e.endDate) return [start, e.endDate];
  if (e.date.length === 10) return [start, e.date];
  if (e.date.length === 7) return [start, `${e.date}-31`];
  return [start, `${e.date}-12-31`];
}

// Words a role title must not end with: a chain that ran on into the next clause.
const TRAILING_CONJUNCTION = /(?:^|\s)(?:và|hoặc|cùng|với|cùng với|của|tại|để)\s*$|[,;:–-]\s*$/iu;

export function scoreDataset(
  dataset: Dataset,
  gold: Gold,
  articles: ReadonlyMap<string, string> = new Map(),
): Score {
  const checks: Check[] = [];
  const personName = new Map(dataset.people.map((p) => [p.id, p.name]));
  const documentById = new Map(dataset.documents.map((d) => [d.id, d]));
  const sourceFile = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const peopleOf = (e: TimelineEvent) =>
    new Set(
      [...e.people, e.fromPerson, e.toPerson]
        .filter((id): id is string => !!id)
        .map((id) => nameKey(personName.get(id) ?? '')),
    );
  const codesOf = (e: TimelineEvent) =>
    new Set(
      [...e.documents, ...(e.disseminates ?? [])]
        .map((id) => documentById.get(id)?.code)
        .filter((c): c is string => !!c)
        .map(codeKey),
    );
  const filesOf = (e: TimelineEvent) =>
    new Set(e.sources.map((s) => prefixOf(sourceFile.get(s.source) ?? '')));

  // Sources: the publication date, and the outlet where gold names one.
  for (const g of gold.sources) {
    const source = dataset.sources.find((s) => prefixOf(s.file) === prefixOf(g.file));
    const ok =
      !!source && (source.published === g.published || (!!g.inferred && !source.published));
    checks.push({
      group: 'source',
      subject: `${g.file} published ${g.published}`,
      ok,
      ...(ok ? {} : { detail: source ? `compiled ${source.published ?? 'no date'}` : 'no source' }),
    });
    if (g.outlet !== undefined) {
      const outlet = source?.outlet ?? '';
      const hit = !!outlet && fold(outlet).includes(fold(g.outlet));
      checks.push({
        group: 'outlet',
        subject: `${g.file} outlet ${g.outlet}`,
        ok: hit,
        ...(hit ? {} : { detail: `compiled ${outlet || 'no outlet'}` }),
      });
    }
  }

  // Events: one compiled event on the day meeting every condition.
  for (const g of gold.events) {
    const sameDay = dataset.events.filter((e) => e.date === g.date);
    const why = (e: TimelineEvent): string | null => {
      if (!g.kind.includes(e.kind)) return `kind ${e.kind}`;
      const people = peopleOf(e);
      const missingPerson = g.people.find((n) => !people.has(nameKey(n)));
      if (missingPerson) return `without ${missingPerson}`;
      const codes = codesOf(e);
      const missingCode = g.documents.find((c) => !codes.has(codeKey(c)));
      if (missingCode) return `without ${missingCode}`;
      const files = filesOf(e);
      const missingFile = g.sources.find((f) => !files.has(prefixOf(f)));
      if (missingFile) return `not citing ${missingFile}`;
      const text = fold(`${e.title} ${e.summary}`);
      const missingWord = (g.words ?? []).find((w) => !text.includes(fold(w)));
      if (missingWord) return `without the word ${missingWord}`;
      return null;
    };
    const reasons = sameDay.map((e) => ({ e, reason: why(e) }));
    const hit = reasons.find((r) => r.reason === null);
    checks.push({
      group: 'event',
      subject: `${g.key} ${g.date}`,
      ok: !!hit,
      detail: hit
        ? hit.e.title
        : sameDay.length
          ? reasons.map((r) => `"${r.e.title}": ${r.reason}`).join(' | ')
          : 'nothing on that day',
    });
  }

  // Changes of office naming both holders, within the bounds.
  for (const g of gold.leadership) {
    const [from, to] = [nameKey(g.from), nameKey(g.to)];
    const candidates = dataset.events.filter((e) => {
      if (e.kind !== 'leadership') return false;
      const people = peopleOf(e);
      return people.has(from) && people.has(to);
    });
    const hit = candidates.find((e) => {
      const [start, end] = span(e);
      return start >= g.notBefore && end <= g.notAfter;
    });
    checks.push({
      group: 'leadership',
      subject: `${g.key} ${g.from} → ${g.to}`,
      ok: !!hit,
      detail: hit
        ? `${hit.date}${hit.endDate ? `–${hit.endDate}` : ''} ${hit.title}`
        : candidates.length
          ? candidates.map((e) => `${e.date}${e.endDate ? `–${e.endDate}` : ''}`).join(', ')
          : 'no change names both',
    });
  }

  // People, with a title.
  for (const g of gold.people) {
    const person = dataset.people.find((p) => nameKey(p.name) === nameKey(g.name));
    const title = fold(g.title);
    const ok = !!person && person.roles.some((r) => fold(r.title).includes(title));
    checks.push({
      group: 'person',
      subject: `${g.name}: ${g.title}`,
      ok,
      ...(g.optional ? { optional: true } : {}),
      ...(ok
        ? {}
        : {
            detail: person
              ? `roles: ${person.roles.map((r) => r.title).join('; ') || 'none'}`
              : 'not found',
          }),
    });
  }
  const foldedNames = new Map(dataset.people.map((p) => [fold(p.name), p.name]));
  for (const name of gold.notPeople) {
    const found = foldedNames.get(fold(name));
    checks.push({
      group: 'not-person',
      subject: name,
      ok: !found,
      ...(found ? { detail: `compiled as a person: ${found}` } : {}),
    });
  }

  // Documents and their issue dates.
  for (const g of gold.documents) {
    const doc = dataset.documents.find((d) => d.code && codeKey(d.code) === codeKey(g.code));
    const ok = !!doc && doc.issued === g.issued;
    checks.push({
      group: 'document',
      subject: `${g.code} issued ${g.issued ?? 'unknown'}`,
      ok,
      ...(ok ? {} : { detail: doc ? `compiled issued ${doc.issued ?? 'unknown'}` : 'not found' }),
    });
  }

  checks.push(...invariants(dataset, articles));
  const counted = checks.filter((c) => !c.optional);
  const held = counted.filter((c) => c.ok).length;
  return {
    checks,
    held,
    counted: counted.length,
    rate: counted.length ? held / counted.length : 1,
  };
}

/** What every dataset must keep, with or without gold. */
export function invariants(dataset: Dataset, articles: ReadonlyMap<string, string>): Check[] {
  const checks: Check[] = [];
  const sourceFile = new Map(dataset.sources.map((s) => [s.id, s.file]));

  const notVerbatim: string[] = [];
  let unchecked = 0;
  for (const e of dataset.events)
    for (const ref of e.sources) {
      const text = articles.get(sourceFile.get(ref.source) ?? '');
      if (text === undefined) unchecked++;
      else if (!text.includes(ref.quote)) notVerbatim.push(`${e.id} (${ref.source})`);
    }
  checks.push({
    group: 'invariant',
    subject: 'every quote occurs verbatim in its article',
    ok: notVerbatim.length === 0,
    detail: notVerbatim.length
      ? notVerbatim.join(', ')
      : unchecked
        ? `${unchecked} quote(s) of articles not given were not checked`
        : undefined,
  });

  const names = dataset.people.map((p) => p.name);
  const badRoles: string[] = [];
  for (const p of dataset.people)
    for (const r of p.roles) {
      const other = names.find((n) => n !== p.name && r.title.includes(n));
      if (other) badRoles.push(`${p.name}: "${r.title}" holds ${other}`);
      else if (TRAILING_CONJUNCTION.test(r.title))
        badRoles.push(`${p.name}: "${r.title}" ends in a conjunction`);
    }
  checks.push({
    group: 'invariant',
    subject: "no role holds another person's name or ends in a conjunction",
    ok: badRoles.length === 0,
    ...(badRoles.length ? { detail: badRoles.join(' | ') } : {}),
  });

  const twins: string[] = [];
  const words = (t: string) =>
    new Set(
      fold(t)
        .split(/[^a-z0-9]+/u)
        .filter((w) => w.length > 1),
    );
  for (let i = 0; i < dataset.events.length; i++)
    for (let j = i + 1; j < dataset.events.length; j++) {
      const [a, b] = [dataset.events[i]!, dataset.events[j]!];
      if (a.kind !== b.kind || a.date.length !== 10 || b.date.length !== 10) continue;
      const gap = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 86_400_000;
      if (gap > 3) continue;
      const [x, y] = [words(a.title), words(b.title)];
      let shared = 0;
      for (const w of x) if (y.has(w)) shared++;
      if (shared / Math.max(1, Math.max(x.size, y.size)) >= 0.8) twins.push(`${a.id} ~ ${b.id}`);
    }
  checks.push({
    group: 'invariant',
    subject: 'no two events of a kind within 3 days with near-identical titles',
    ok: twins.length === 0,
    ...(twins.length ? { detail: twins.join(', ') } : {}),
  });

  const first = dataset.range.start.slice(0, 4);
  const last = dataset.range.end.slice(0, 4);
  const outside = dataset.events.filter(
    (e) => e.date.slice(0, 4) < first || e.date.slice(0, 4) > last,
  );
  checks.push({
    group: 'invariant',
    subject: `no event outside ${first}–${last}`,
    ok: outside.length === 0,
    ...(outside.length ? { detail: outside.map((e) => e.id).join(', ') } : {}),
  });
  return checks;
}

/** The report: one line per check, then a summary per group and overall. */
export function formatScore(score: Score, { failuresOnly = false } = {}): string[] {
  const lines: string[] = [];
  for (const c of score.checks) {
    if (failuresOnly && c.ok) continue;
    const mark = c.ok ? '✓' : c.optional ? '·' : '✗';
    lines.push(`${mark} ${c.group.padEnd(10)} ${c.subject}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  lines.push('');
  const groups = [...new Set(score.checks.map((c) => c.group))];
  for (const g of groups) {
    const counted = score.checks.filter((c) => c.group === g && !c.optional);
    const optional = score.checks.filter((c) => c.group === g && c.optional);
    const held = counted.filter((c) => c.ok).length;
    lines.push(
      `${g.padEnd(10)} ${held}/${counted.length}${optional.length ? ` (+ ${optional.filter((c) => c.ok).length}/${optional.length} optional)` : ''}`,
    );
  }
  lines.push(`checks     ${score.held}/${score.counted} held (${(score.rate * 100).toFixed(1)}%)`);
  return lines;
}
