import { describe, expect, it } from 'vitest';
import { labelEvents, type LabelDraft } from './label';

const meeting = (date: string, people: string[] = []): LabelDraft => ({
  kind: 'event',
  date,
  title: 'Hội nghị Ban Chấp hành Đảng bộ Thành phố',
  documents: [],
  people,
});
const lookups = {
  personName: (id: string) => ({ a: 'Đinh Tiến Dũng', b: 'Trần Sỹ Thanh' })[id],
  document: () => undefined,
};

describe('labelEvents: labels that tell neighbours apart', () => {
  it('two events with one label within a month each get what differs: the person, else the day', () => {
    const labels = labelEvents([meeting('2021-03-02', ['a']), meeting('2021-03-20')], lookups);
    expect(labels[0]).toMatch(/· Đinh Tiến Dũng$/u);
    expect(labels[1]).toMatch(/· 20\/3$/u);
    expect(new Set(labels).size).toBe(2);
  });

  it('events with one label months apart keep it as it is', () => {
    const labels = labelEvents([meeting('2021-01-05'), meeting('2021-06-05')], lookups);
    expect(labels[0]).toBe(labels[1]);
    expect(labels[0]).not.toContain('·');
  });

  it('only the events with a neighbour within a month are told apart, in any input order', () => {
    const labels = labelEvents(
      [meeting('2021-09-01'), meeting('2021-01-05'), meeting('2021-09-15')],
      lookups,
    );
    expect(labels[1]).not.toContain('·');
    expect(labels[0]).toMatch(/· 1\/9$/u);
    expect(labels[2]).toMatch(/· 15\/9$/u);
  });

  it('labels stay within their limit', () => {
    for (const label of labelEvents([meeting('2021-03-02'), meeting('2021-03-03')], lookups))
      expect(label.length).toBeLessThanOrEqual(40);
  });
});
