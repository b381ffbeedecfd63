/**
 * The compiler against fixture articles it was not written from (src/lib/extract/fixtures): each
 * fact a careful reader finds must be in the dataset, and nothing a reader would reject.
 * Per-article facts are checked on the article compiled alone (as its reader sees it); the corpus
 * facts (merges, changes of holder) on all fixtures compiled together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { compileArticles } from './compile';
import { expectedArticles, expectedCorpus } from './fixtures/expected';
import { foldForMatch } from '../vi/fold';
import { normalizeArticleText } from './normalize';

const dir = fileURLToPath(new URL('./fixtures/articles/', import.meta.url));
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(dir + file, 'utf8') }));
const corpus = compileArticles(articles);
const alone = new Map(articles.map((a) => [a.file, compileArticles([a])]));
const articleText = new Map(articles.map((a) => [a.file, normalizeArticleText(a.text)]));

const fold = (s: string) => foldForMatch(s).replace(/\s+/g, ' ').trim();
const nameOf = (d: Dataset, id: string | undefined) => d.people.find((p) => p.id === id)?.name;
const codeOf = (d: Dataset, id: string) => d.documents.find((x) => x.id === id)?.code;
const filesOf = (d: Dataset, e: TimelineEvent) =>
  e.sources.map((r) => d.sources.find((s) => s.id === r.source)!.file);
const describeEvent = (e: TimelineEvent) => `${e.kind} ${e.date} ${e.title}`;

describe.each(expectedArticles.map((a) => [a.file, a] as const))('%s', (file, article) => {
  const { dataset, warnings } = alone.get(file)!;

  it('has its headline, outlet, author and publication date', () => {
    const source = dataset.sources[0]!;
    const { title, outlet, author, published } = article.meta;
    if (title !== undefined) expect(fold(source.title)).toBe(fold(title));
    if (outlet !== undefined)
      expect(source.outlet && fold(source.outlet)).toBe(outlet && fold(outlet));
    if (author !== undefined) expect(source.author).toBe(author);
    if (published !== undefined) expect(source.published).toBe(published);
  });

  it.each(article.events.map((x) => [`${x.kind} ${x.date}`, x] as const))(
    'has the %s event',
    (_, x) => {
      const candidates = dataset.events.filter(
        (e) => e.kind === x.kind && e.date === x.date && e.precision === x.precision,
      );
      expect(
        candidates.length,
        `events: ${dataset.events.map(describeEvent).join(' | ')}`,
      ).toBeGreaterThan(0);
      // Several events may share a day and kind (measures taken at one meeting): the one meant
      // is the one with the expected people.
      const e =
        candidates.find((c) => {
          const names = c.people.map((id) => nameOf(dataset, id));
          return (
            (x.people ?? []).every((n) => names.includes(n)) &&
            (x.change === undefined || c.change === x.change)
          );
        }) ?? candidates[0]!;
      if (x.dateInferred !== undefined) expect(e.dateInferred).toBe(x.dateInferred);
      if (x.endDate !== undefined) expect(e.endDate).toBe(x.endDate);
      if (x.change !== undefined) expect(e.change).toBe(x.change);
      if (x.sanction !== undefined) expect(e.sanction).toBe(x.sanction);
      if (x.fromPerson !== undefined) expect(nameOf(dataset, e.fromPerson)).toBe(x.fromPerson);
      if (x.toPerson !== undefined) expect(nameOf(dataset, e.toPerson)).toBe(x.toPerson);
      if (e.dateInferred) expect(e.dateBasis).toBeTruthy();
      for (const word of x.titleIncludes ?? []) expect(fold(e.title)).toContain(fold(word));
      const names = e.people.map((id) => nameOf(dataset, id));
      for (const name of x.people ?? []) expect(names).toContain(name);
      const codes = e.documents.map((id) => codeOf(dataset, id));
      for (const code of x.documents ?? []) expect(codes).toContain(code);
      const counts = (e.attendance ?? []).map((y) => `${y.count} ${fold(y.unit)}`);
      for (const a of x.attendance ?? []) expect(counts).toContain(`${a.count} ${fold(a.unit)}`);
      if (x.office) expect(fold(e.office ?? '')).toContain(fold(x.office));
      // Every quote is a verbatim sentence of its article.
      for (const ref of e.sources) expect(articleText.get(file)).toContain(ref.quote);
    },
  );

  it('names its people with their titles', () => {
    for (const p of article.people) {
      const person = dataset.people.find((q) => q.name === p.name);
      expect(person, p.name).toBeDefined();
      const titles = person!.roles.map((r) => fold(r.title));
      for (const t of p.titles ?? [])
        expect(
          titles.some((x) => x.includes(fold(t))),
          `${p.name}: ${t} in ${titles.join(', ')}`,
        ).toBe(true);
      for (const t of p.notTitles ?? []) expect(titles, p.name).not.toContain(fold(t));
    }
  });

  it('lists no place, thing or byline as a person', () => {
    const names = dataset.people.map((p) => fold(p.name));
    for (const not of article.notPeople) expect(names).not.toContain(fold(not));
  });

  it('finds its documents with type and issue date', () => {
    for (const d of article.documents) {
      const found = dataset.documents.filter((x) =>
        d.code
          ? x.code === d.code
          : fold(x.type) === fold(d.type) &&
            (!d.titleIncludes || fold(x.title ?? '').includes(fold(d.titleIncludes))),
      );
      expect(found.length, d.code ?? d.type).toBeGreaterThan(0);
      expect(found.some((x) => fold(x.type) === fold(d.type))).toBe(true);
      if (d.issued !== undefined) expect(found.map((x) => x.issued)).toContain(d.issued);
    }
  });

  it('keeps page furniture and teasers out of events', () => {
    const quotes = dataset.events.flatMap((e) => e.sources.map((s) => s.quote));
    for (const text of article.notEventText ?? [])
      for (const q of quotes) expect(q).not.toContain(text);
  });

  it('reports, with its line, what cannot be dated', () => {
    for (const w of article.warnings ?? [])
      expect(
        warnings.some((x) => x.file === file && x.message.includes(w) && x.line !== undefined),
      ).toBe(true);
  });
});

describe('the fixture corpus compiled together', () => {
  const { dataset } = corpus;

  it.each(expectedCorpus.mergedEvents.map((m) => [m.date, m] as const))(
    'reports of %s are one event',
    (_, m) => {
      const hits = dataset.events.filter(
        (e) =>
          e.kind === m.kind &&
          e.date === m.date &&
          m.sourceFiles.every((f) => filesOf(dataset, e).includes(f)),
      );
      expect(hits).toHaveLength(1);
    },
  );

  it.each(expectedCorpus.distinctDocuments.map((d) => [d.code, d] as const))(
    '%s of different terms stays apart',
    (code, d) => {
      const docs = dataset.documents.filter((x) => x.code === code);
      expect(docs.map((x) => x.term).sort()).toEqual([...d.terms].sort());
    },
  );

  it.each(expectedCorpus.leadershipChanges.map((c) => [`${c.from} → ${c.to}`, c] as const))(
    '%s',
    (_, c) => {
      const change = dataset.events.find(
        (e) =>
          e.kind === 'leadership' &&
          nameOf(dataset, e.fromPerson) === c.from &&
          nameOf(dataset, e.toPerson) === c.to,
      );
      expect(
        change,
        dataset.events
          .filter((e) => e.kind === 'leadership')
          .map(describeEvent)
          .join(' | '),
      ).toBeDefined();
      expect(fold(change!.office ?? '')).toContain(fold(c.office));
      if (c.date) expect(change!.date).toBe(c.date);
      if (c.window) {
        expect(change!.date >= c.window[0], `${change!.date} ≥ ${c.window[0]}`).toBe(true);
        expect((change!.endDate ?? change!.date) <= c.window[1]).toBe(true);
        expect(change!.dateInferred).toBe(true);
      }
    },
  );

  it('gives every event a unique URL-safe id', () => {
    const ids = dataset.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
