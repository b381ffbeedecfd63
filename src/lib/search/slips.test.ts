/**
 * One slip of the finger in any word of a name or a code: a letter wrong, missing, extra, or two
 * swapped. Every such query still finds its person or document first, and results mark only the
 * words that make the match, each whole.
 */
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../vi/fold-map';
import { loadTestDataset } from './fixtures/test-dataset';
import { generateDataset } from '../generate/dataset';
import { createSearchIndex, search } from './index';
import { makePlan, type Plan } from './plan';
import { scoreAll } from './score';
import type { Highlighted } from './types';

const dataset = loadTestDataset();
const index = createSearchIndex(dataset);
const marked = (h: Highlighted | null) => (h ? h.ranges.map(([a, b]) => h.text.slice(a, b)) : []);

/** Every query one slip away from `text`, with what the slip was. */
function slips(text: string): [string, string][] {
  const words = foldForSearch(text).split(' ');
  const out: [string, string][] = [];
  words.forEach((word, w) => {
    if (!/^\p{L}+$/u.test(word)) return; // numbers are typed exactly: `171` is never `170`
    const put = (kind: string, changed: string) => {
      if (changed === word) return;
      out.push([`${kind} in “${word}”`, words.map((x, i) => (i === w ? changed : x)).join(' ')]);
    };
    for (let i = 0; i < word.length; i++) {
      put('wrong letter', word.slice(0, i) + 'z' + word.slice(i + 1));
      put('missing letter', word.slice(0, i) + word.slice(i + 1));
      put('extra letter', word.slice(0, i) + 'z' + word.slice(i));
      if (i + 1 < word.length)
        put('swapped letters', word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
  });
  return out;
}

describe('a name with one slip in any word finds its person first', () => {
  for (const person of dataset.people)
    it.each(slips(person.name))(`${person.name}: %s (%j)`, (_, query) => {
      expect(search(index, query).people[0]?.id).toBe(person.id);
    });
});

describe('a document code with one slip in any of its letters finds it first', () => {
  for (const doc of dataset.documents.filter((d) => d.code))
    it.each(slips(doc.code!))(`${doc.code}: %s (%j)`, (_, query) => {
      expect(search(index, query).documents[0]?.id).toBe(doc.id);
    });
});

describe('the queries readers actually mistyped', () => {
  it.each([
    ['hoang trung hia', 'hoang-trung-hai'],
    ['dinh tien dnug', 'dinh-tien-dung'],
    ['dinh tein dung', 'dinh-tien-dung'],
  ])('%j finds its person first, and marks the whole name', (query, id) => {
    const [first] = search(index, query).people;
    expect(first?.id).toBe(id);
    expect(marked(first!.name)).toEqual([first!.name.text]);
  });

  it('a short word alone is not taken for a slip: `hia` is not Hoàng Trung Hải', () => {
    expect(search(index, 'hia').people.map((p) => p.id)).not.toContain('hoang-trung-hai');
  });
});

describe('highlighting marks whole matched words only', () => {
  it('dinh tien dung marks the name, never dựng, tiếp or triển elsewhere in a title', () => {
    const { events } = search(index, 'dinh tien dung', { limit: 100 });
    const texts = events.flatMap((e) => [e.title.text, e.snippet?.text ?? '']).join(' ');
    // The results do hold those words, so the test can fail.
    expect(texts).toMatch(/dựng/);
    expect(texts).toMatch(/triển/);
    for (const e of events)
      for (const mark of [...marked(e.title), ...marked(e.snippet)])
        expect(mark).toBe('Đinh Tiến Dũng');
  });

  it('a word being typed is marked whole, as is a typo', () => {
    const [person] = search(index, 'dinh tein du').people;
    expect(marked(person!.name)).toEqual(['Đinh Tiến Dũng']);
  });

  it('a query spread over a person and a code marks the person in the people it lists', () => {
    const [hit] = search(index, 'dung 24').events;
    expect(hit?.snippet?.text).toContain('Đinh Tiến Dũng');
    expect(marked(hit!.snippet)).toEqual(['Dũng']);
  });
});

describe('dropping slips that no neighbour could stand beside', () => {
  it('changes no result, only the work', () => {
    const generated = createSearchIndex(generateDataset({ events: 600, seed: 7 }));
    const ids = (plan: Plan | null) => {
      generated.last = null;
      return plan ? scoreAll(generated, plan).map((s) => `${s.record.id} ${s.score}`) : [];
    };
    const names = generateDataset({ events: 600, seed: 7 }).people.slice(0, 12);
    const queries = [
      ...names.flatMap((p) => slips(p.name).map(([, q]) => q)),
      'chi thi 2',
      'ky lu',
      'dinh tei',
      'hoang trung hia',
    ];
    let pruned = 0;
    for (const q of queries) {
      const loose = makePlan(generated.vocabulary, q);
      const tight = makePlan(generated.vocabulary, q, generated.neighbours);
      expect(ids(tight), q).toEqual(ids(loose));
      pruned += (loose?.matches ?? []).reduce(
        (n, m, t) => n + m.ids.size - tight!.matches[t]!.ids.size,
        0,
      );
    }
    expect(pruned).toBeGreaterThan(0);
  });
});
