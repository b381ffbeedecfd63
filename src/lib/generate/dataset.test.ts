import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate';
import { generateDataset } from './dataset';

const dataset = generateDataset({ events: 3000, seed: 6 });
const dayOf = (date: string) =>
  Date.parse(`${date.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`) / 86_400_000;

describe('generateDataset', () => {
  it('passes validation with zero rejections after a JSON round trip', () => {
    const { rejected, dataset: valid } = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(rejected).toEqual([]);
    expect(valid.events).toHaveLength(3000);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ events: 3000, seed: 6 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    expect(generateDataset({ events: 300, seed: 7 }).events.map((e) => e.title)).not.toEqual(
      generateDataset({ events: 300, seed: 6 }).events.map((e) => e.title),
    );
  });

  it('is bursty: some 7-day window holds at least 5% of the events', () => {
    const days = dataset.events.map((e) => dayOf(e.date)).sort((a, b) => a - b);
    let best = 0;
    for (let i = 0, j = 0; i < days.length; i++) {
      while (days[i]! - days[j]! >= 7) j++;
      best = Math.max(best, i - j + 1);
    }
    expect(best / days.length).toBeGreaterThanOrEqual(0.05);
  });

  it('spreads events over every year of 2019-2023 and nowhere else', () => {
    const years = new Set(dataset.events.map((e) => e.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022', '2023']);
  });

  it('has every kind and every precision', () => {
    expect(new Set(dataset.events.map((e) => e.kind))).toEqual(
      new Set(['event', 'leadership', 'directive']),
    );
    expect(new Set(dataset.events.map((e) => e.precision))).toEqual(
      new Set(['day', 'month', 'quarter', 'year']),
    );
  });

  it('gives leadership events an office and holders, some dated by an inferred window', () => {
    const leadership = dataset.events.filter((e) => e.kind === 'leadership');
    expect(leadership.every((e) => e.office && e.fromPerson)).toBe(true);
    expect(leadership.some((e) => e.toPerson)).toBe(true);
    const windows = leadership.filter((e) => e.dateInferred && e.endDate);
    expect(windows.length).toBeGreaterThan(0);
    for (const e of windows) expect(e.endDate! >= e.date).toBe(true);
  });

  it('links plans to the directives they carry out and keeps re-used codes apart by term', () => {
    const ids = new Set(dataset.documents.map((d) => d.id));
    const plans = dataset.documents.filter((d) => d.implements?.length);
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) for (const target of p.implements!) expect(ids.has(target)).toBe(true);
    const byCode = new Map<string, Set<string | undefined>>();
    for (const d of dataset.documents)
      byCode.set(d.code!, (byCode.get(d.code!) ?? new Set()).add(d.term));
    expect([...byCode.values()].some((terms) => terms.size === 2)).toBe(true);
  });

  it('references only people, documents and sources that exist, with quotes and attendance', () => {
    const people = new Set(dataset.people.map((p) => p.id));
    const documents = new Set(dataset.documents.map((d) => d.id));
    const sources = new Set(dataset.sources.map((s) => s.id));
    // Collected, then compared once: tens of thousands of expect() calls would be slow.
    const broken = dataset.events.flatMap((e) => [
      ...e.people.filter((p) => !people.has(p)),
      ...e.documents.filter((d) => !documents.has(d)),
      ...e.sources
        .filter((s) => !sources.has(s.source) || s.quote.length < 20)
        .map((s) => s.source),
    ]);
    expect(broken).toEqual([]);
    expect(dataset.events.some((e) => (e.attendance?.length ?? 0) > 0)).toBe(true);
    expect(dataset.events.some((e) => e.sources.length > 1)).toBe(true);
  });

  it('writes Vietnamese summaries of about 400 characters', () => {
    const lengths = dataset.events.map((e) => e.summary.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(mean).toBeGreaterThan(300);
    expect(mean).toBeLessThan(500);
    expect(dataset.events[0]!.summary).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  it('keeps every role seen before or when it was last seen', () => {
    const reversed = dataset.people.flatMap((p) =>
      p.roles.filter((r) => r.firstSeen! > r.lastSeen!).map((r) => `${p.name}: ${r.title}`),
    );
    expect(reversed).toEqual([]);
  });
});
