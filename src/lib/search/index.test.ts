import { describe, expect, it } from 'vitest';
import { loadTestDataset } from './fixtures/test-dataset';
import { createSearchIndex, matchingEventIds, search } from './index';
import type { Highlighted } from './types';

const dataset = loadTestDataset();
const index = createSearchIndex(dataset);

const eventsWith = (predicate: (e: (typeof dataset.events)[number]) => boolean) =>
  dataset.events.filter(predicate).map((e) => e.id);
const DUNG_EVENTS = eventsWith((e) => e.people.includes('dinh-tien-dung'));
const HAI_ONLY_EVENTS = eventsWith(
  (e) => e.people.includes('hoang-trung-hai') && !e.people.includes('dinh-tien-dung'),
);
const DIRECTIVE_24_EVENTS = eventsWith((e) => e.documents.includes('24-ct-tu'));
const DIRECTIVE_24_CONFERENCE = '2023-08-16-hoi-nghi-truc-tuyen-quan-triet-chi-thi-24';
const ONLINE_CONFERENCES = [
  '2021-04-22-hoi-nghi-truc-tuyen-quan-triet-10-chuong-trinh',
  DIRECTIVE_24_CONFERENCE,
];

const marked = (h: Highlighted) => h.ranges.map(([a, b]) => h.text.slice(a, b));

describe('search on the seed dataset', () => {
  it.each([
    'dinh tien dung',
    'Đinh Tiến Dũng',
    'đinh tien dũng',
    'Dinh Tein Dung',
    'DINH TIEN DUNG',
  ])('%j finds Đinh Tiến Dũng first, then his events, and never Hoàng Trung Hải', (query) => {
    const results = search(index, query);
    expect(results.people.map((p) => p.id)).toEqual(['dinh-tien-dung']);
    expect(DUNG_EVENTS).toContain(results.events[0]?.id);
    for (const hit of results.events) expect(HAI_ONLY_EVENTS).not.toContain(hit.id);
  });

  it.each(['24-CT/TU', '24 ct tu', '24-ct/tu', '24ct/tu', 'chi thi 24', 'chỉ thị 24'])(
    '%j finds Chỉ thị 24-CT/TU first and the events about it',
    (query) => {
      const results = search(index, query);
      expect(results.documents[0]?.id).toBe('24-ct-tu');
      expect(results.events.length).toBeGreaterThan(0);
      for (const hit of results.events) expect(DIRECTIVE_24_EVENTS).toContain(hit.id);
    },
  );

  it('171 finds Kế hoạch 171-KH/TU first', () => {
    const results = search(index, '171');
    expect(results.documents[0]?.id).toBe('171-kh-tu');
    expect(results.events[0]?.id).toBe('2023-08-14-ke-hoach-171-kh-tu');
  });

  it.each(['ky luat cong vu', 'kỷ luật', 'Kỷ Luật Công Vụ'])(
    '%j finds the Chỉ thị 24 conference first',
    (query) => {
      expect(search(index, query).events[0]?.id).toBe(DIRECTIVE_24_CONFERENCE);
    },
  );

  it('truc tuyen finds the two online conferences first', () => {
    const ids = search(index, 'truc tuyen').events.map((e) => e.id);
    expect(ids.slice(0, 2).sort()).toEqual([...ONLINE_CONFERENCES].sort());
  });

  it.each([
    ['thanh uy', 'thành uỷ'],
    ['thanh uy', 'Thành ủy'],
    ['hoa', 'hoà'],
  ])('%j and %j give the same results', (a, b) => {
    expect(search(index, a)).toEqual(search(index, b));
  });

  it.each(['xyzzy qwerty', 'dinh tien dung xyzzy', '<script>alert(1)</script>', '9999', '   ', ''])(
    '%j matches nothing',
    (query) => {
      const results = search(index, query);
      expect(results.events).toEqual([]);
      expect(results.people).toEqual([]);
      expect(results.documents).toEqual([]);
      expect(results.total).toEqual({ events: 0, people: 0, documents: 0 });
    },
  );

  it('does not let a loose threshold match Hoàng Trung Hải for dinh tien dung', () => {
    const results = search(index, 'dinh tien dung', { limit: 100 });
    expect(results.people.map((p) => p.id)).not.toContain('hoang-trung-hai');
  });

  it('returns each group best first and respects the limit', () => {
    const results = search(index, 'thanh uy', { limit: 2 });
    expect(results.events).toHaveLength(2);
    expect(results.total.events).toBeGreaterThan(2);
    const scores = results.events.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('waits for a second character: one letter would match nearly everything', () => {
    expect(search(index, 'd').total).toEqual({ events: 0, people: 0, documents: 0 });
    expect(search(index, 'đi').people.map((p) => p.id)).toContain('dinh-tien-dung');
  });

  it('survives a huge query without throwing', () => {
    expect(() => search(index, 'dinh '.repeat(50_000))).not.toThrow();
  });
});

describe('highlight ranges', () => {
  it('point at the matched words in the original text with diacritics', () => {
    const [person] = search(index, 'dinh tien dung').people;
    expect(person?.name.text).toBe('Đinh Tiến Dũng');
    expect(marked(person!.name)).toEqual(['Đinh Tiến Dũng']);
  });

  it('cover a document code typed in another spelling', () => {
    const [doc] = search(index, '24ct/tu').documents;
    expect(doc?.label.text).toBe('Chỉ thị 24-CT/TU');
    expect(marked(doc!.label)).toEqual(['24-CT/TU']);
  });

  it('come with a snippet of the field that matched when the title did not', () => {
    const hit = search(index, 'nguyen van phong').events[0];
    expect(hit?.id).toBe('2022-01-08-tong-ket-cong-tac-xay-dung-dang-2021');
    expect(marked(hit!.title)).toEqual([]);
    expect(marked(hit!.snippet!)).toEqual(['Nguyễn Văn Phong']);
  });

  it('are shown on the modern tone placement the index displays', () => {
    const hit = search(index, 'khoa xvii').events.find((e) => e.id.startsWith('2021-04-22'));
    expect(hit?.title.text).toContain('Thành ủy khóa XVII');
    expect(marked(hit!.title)).toEqual(['khóa XVII']);
  });
});

describe('matchingEventIds', () => {
  it('returns every matching event, unranked and unlimited', () => {
    expect(matchingEventIds(index, '24 ct tu')).toEqual(new Set(DIRECTIVE_24_EVENTS));
    expect(matchingEventIds(index, 'thanh uy').size).toBe(
      search(index, 'thanh uy', { limit: 1 }).total.events,
    );
  });

  it('is empty for an empty or unmatched query', () => {
    expect(matchingEventIds(index, '').size).toBe(0);
    expect(matchingEventIds(index, 'xyzzy').size).toBe(0);
  });
});
