/**
 * The queries against the real compiled seeds (not only the hand-made fixture): the
 * compiler's ids, titles and document ids differ from the fixture's, and search must not rely on
 * either. Expected items are found by their facts (names, codes, kinds), never by hard-coded id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileArticles, type ArticleInput } from '../extract/compile';
import { foldForSearch } from '../vi/fold-map';
import { createSearchIndex, search } from './index';

const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seeds: ArticleInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(dir + file, 'utf8') }));
const { dataset } = compileArticles(seeds);
const index = createSearchIndex(dataset);

const dung = dataset.people.find((p) => p.name === 'Đinh Tiến Dũng')!.id;
const hai = dataset.people.find((p) => p.name === 'Hoàng Trung Hải')!.id;
const directive24 = dataset.documents.find((d) => d.code === '24-CT/TU')!.id;
const plan171 = dataset.documents.find((d) => d.code === '171-KH/TU')!.id;
const ids = (keep: (e: (typeof dataset.events)[number]) => boolean) =>
  dataset.events.filter(keep).map((e) => e.id);
const DUNG_EVENTS = ids((e) => e.people.includes(dung));
const HAI_ONLY_EVENTS = ids((e) => e.people.includes(hai) && !e.people.includes(dung));
const DIRECTIVE_24_EVENTS = ids((e) => e.documents.includes(directive24));
const PLAN_171_EVENT = ids((e) => e.kind === 'directive' && e.documents.includes(plan171));
// The conference about Chỉ thị 24: an event (not the issuance) that involves the directive.
const DIRECTIVE_24_CONFERENCE = ids((e) => e.kind === 'event' && e.documents.includes(directive24));
const ONLINE = ids((e) => foldForSearch(e.title).includes('truc tuyen'));

describe('search on the compiled seeds', () => {
  it('the seeds hold what the queries look for', () => {
    expect(DUNG_EVENTS.length).toBeGreaterThan(0);
    expect(DIRECTIVE_24_CONFERENCE).toHaveLength(1);
    expect(PLAN_171_EVENT).toHaveLength(1);
    expect(ONLINE.length).toBeGreaterThanOrEqual(2);
  });

  it.each(['dinh tien dung', 'Đinh Tiến Dũng', 'đinh tien dũng', 'Dinh Tein Dung'])(
    '%j finds Đinh Tiến Dũng first, then his events, and never Hoàng Trung Hải alone',
    (query) => {
      const results = search(index, query);
      expect(results.people[0]?.id).toBe(dung);
      expect(results.people.map((p) => p.id)).not.toContain(hai);
      expect(DUNG_EVENTS).toContain(results.events[0]?.id);
      for (const hit of results.events) expect(HAI_ONLY_EVENTS).not.toContain(hit.id);
    },
  );

  it.each(['24-CT/TU', '24 ct tu', 'chi thi 24', 'chỉ thị 24'])(
    '%j finds Chỉ thị 24-CT/TU first and the events about it',
    (query) => {
      const results = search(index, query);
      expect(results.documents[0]?.id).toBe(directive24);
      expect(results.events.length).toBeGreaterThan(0);
      expect(DIRECTIVE_24_EVENTS).toContain(results.events[0]?.id);
    },
  );

  it('171 finds Kế hoạch 171-KH/TU first', () => {
    const results = search(index, '171');
    expect(results.documents[0]?.id).toBe(plan171);
    expect(results.events[0]?.id).toBe(PLAN_171_EVENT[0]);
  });

  it("ky luat cong vu finds the Chỉ thị 24 conference first (its article's headline)", () => {
    expect(search(index, 'ky luat cong vu').events[0]?.id).toBe(DIRECTIVE_24_CONFERENCE[0]);
  });

  // The directive's title also says "kỷ luật", but the headline that says it is the news of the
  // conference: the conference leads, the directive and its plan follow.
  it('kỷ luật finds the Chỉ thị 24 conference first, then the directive', () => {
    const found = search(index, 'kỷ luật').events.map((e) => e.id);
    expect(found[0]).toBe(DIRECTIVE_24_CONFERENCE[0]);
    expect(found.slice(1, 3).some((id) => DIRECTIVE_24_EVENTS.includes(id))).toBe(true);
  });

  it('truc tuyen finds the online conferences first', () => {
    const found = search(index, 'truc tuyen').events.map((e) => e.id);
    expect(found.slice(0, ONLINE.length).sort()).toEqual([...ONLINE].sort());
  });

  it('thanh uy and thành uỷ give the same results', () => {
    expect(search(index, 'thành uỷ')).toEqual(search(index, 'thanh uy'));
    expect(search(index, 'thanh uy').events.length).toBeGreaterThan(0);
  });

  it.each(['xyzzy qwerty', 'dinh tien dung xyzzy'])('%j matches nothing', (query) => {
    expect(search(index, query).total).toEqual({ events: 0, people: 0, documents: 0 });
  });
});
