import { describe, expect, it } from 'vitest';
import { formatTick } from '../vi/date-text';
import { vi } from '../i18n/vi';
import { labelWidth, minPeriodPx, placeAxisLabels } from './axis-labels';
import { chooseTickLevel, ticksFor } from './ticks';
import { DAY, parseIsoLocal } from './time';
import { timeScale } from './scale';
import type { Domain } from './domain';

const DIGIT = 7;
const text = (tick: { at: number; level: Parameters<typeof formatTick>[1] }) =>
  formatTick(tick.at, tick.level, vi.months);
const SAMPLE = new Date(2021, 11, 30).getTime();
const need = (level: Parameters<typeof formatTick>[1]) =>
  minPeriodPx(formatTick(SAMPLE, level, vi.months), DIGIT);

function labelsFor(domain: Domain, width: number) {
  const ticks = ticksFor(domain, width, need);
  return placeAxisLabels(ticks, timeScale(domain, width), width, text, DIGIT);
}

describe('placeAxisLabels', () => {
  it('leaves out the year at the right edge that would run into the one before ("20232024")', () => {
    // The phone's default view: the range padded by 2 % on each side, 355 px wide.
    const domain: Domain = [parseIsoLocal('2018-11-25'), parseIsoLocal('2024-02-06')];
    const labels = labelsFor(domain, 355);
    expect(labels.map((l) => l.text)).toEqual(['2019', '2020', '2021', '2022', '2023']);
  });

  it('ends a label at its tick when it would run past the right edge', () => {
    const domain: Domain = [parseIsoLocal('2019-01-01'), parseIsoLocal('2024-01-20')];
    const labels = labelsFor(domain, 1200);
    const last = labels[labels.length - 1]!;
    expect(last.text).toBe('2024');
    expect(last.anchor).toBe('end');
    expect(last.x1).toBeLessThanOrEqual(1200);
  });

  const widths = [320, 390, 768, 1366, 1900];
  const spans = [5.2 * 365, 2 * 365, 300, 120, 45, 12, 4].map((d) => d * DAY);
  const cases = widths.flatMap((w) => spans.map((s) => [w, s / DAY] as const));
  it.each(cases)(
    'at %i px and %f days no two labels touch, and all stay in the plot',
    (w, days) => {
      for (const start of [parseIsoLocal('2019-03-17'), parseIsoLocal('2021-12-20')]) {
        const labels = labelsFor([start, start + days * DAY], w);
        expect(labels.length).toBeGreaterThan(0);
        for (const [a, b] of labels.slice(1).map((l, i) => [labels[i]!, l] as const))
          expect(b.x0 - a.x1).toBeGreaterThanOrEqual(8);
        for (const l of labels) {
          expect(l.x0).toBeGreaterThanOrEqual(0);
          expect(l.x1).toBeLessThanOrEqual(w);
        }
      }
    },
  );

  it('labels most ticks: levels are chosen so that their labels fit', () => {
    for (const w of widths)
      for (const s of spans) {
        const domain: Domain = [parseIsoLocal('2020-02-03'), parseIsoLocal('2020-02-03') + s];
        const ticks = ticksFor(domain, w, need);
        const labels = labelsFor(domain, w);
        // Only an edge label may be dropped.
        expect(labels.length).toBeGreaterThanOrEqual(ticks.length - 1);
      }
  });
});

describe('minPeriodPx', () => {
  it('asks more room of a month ("Th12 2021") than the 64 px floor', () => {
    expect(minPeriodPx('Th12 2021', DIGIT)).toBe(labelWidth('Th12 2021', DIGIT) + 13);
    expect(minPeriodPx('2021', DIGIT)).toBe(64);
  });
  it('makes a year on a laptop show months only where a month can hold its label', () => {
    expect(chooseTickLevel(365 * DAY, 900, need)).toBe('quarter');
    expect(chooseTickLevel(365 * DAY, 1200, need)).toBe('month');
    expect(chooseTickLevel(365 * DAY, 900)).toBe('month'); // the fixed 64 px floor alone
  });
  it('grows with the text: at 200 % text zoom a level needs twice the digit width', () => {
    expect(minPeriodPx('Th12 2021', 2 * DIGIT)).toBeGreaterThan(minPeriodPx('Th12 2021', DIGIT));
  });
});
