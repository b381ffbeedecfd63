// Runs in jsdom (the *.svelte.test.ts project) to parse the SVG back with DOMParser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/types';
import { validateDataset } from '../dataset/validate';
import { vi as viStrings } from '../i18n/vi';
import { testDataset } from '../share/test-dataset';
import { sortEvents } from '../timeline/order';
import { parseIsoLocal } from '../timeline/time';
import { readPalette } from './image';
import { buildTimelineSvg, type SvgPalette, type TimelineSvgContent } from './timeline-svg';

const sample: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const palette: SvgPalette = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  accent: '#0b5cad',
  fg: '#1c1f23',
  muted: '#575d66',
  grid: '#ece9e2',
  event: '#0072b2',
  leadership: '#c2500a',
  directive: '#00795a',
};
const content = (over: Partial<TimelineSvgContent> = {}): TimelineSvgContent => ({
  events: sortEvents(sample.events),
  domain: [parseIsoLocal('2019-01-01'), parseIsoLocal('2024-01-01')],
  width: 1000,
  title: viStrings.appTitle,
  range: 'Đang xem 1/1/2019 – 31/12/2023',
  legend: { event: 'Sự kiện', leadership: 'Lãnh đạo', directive: 'Văn bản' },
  credit: 'Nguồn: Hà Nội Mới, Nhân Dân, VOV · dữ liệu mở',
  months: viStrings.months,
  ...over,
});

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('buildTimelineSvg', () => {
  const { svg, width, height } = buildTimelineSvg(content(), palette);
  const doc = parse(svg);
  const text = (part: string) => doc.querySelector(`[data-part="${part}"]`)?.textContent;

  it('is well-formed SVG with its size, an accessible title and a background', () => {
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(width).toBe(1048);
    expect(doc.querySelector('title')?.textContent).toBe(
      `${viStrings.appTitle} — Đang xem 1/1/2019 – 31/12/2023`,
    );
  });

  it('draws the title, the date range, the legend and the credit in', () => {
    expect(text('title')).toBe(viStrings.appTitle);
    expect(text('range')).toBe('Đang xem 1/1/2019 – 31/12/2023');
    expect(text('legend')).toBe('Sự kiệnLãnh đạoVăn bản');
    expect(text('credit')).toBe('Nguồn: Hà Nội Mới, Nhân Dân, VOV · dữ liệu mở');
  });

  it('draws three lanes holding marks, and year ticks on the axis', () => {
    const lanes = [...doc.querySelectorAll('[data-lane]')].map((g) => g.getAttribute('data-lane'));
    expect(lanes).toEqual(['event', 'leadership', 'directive']);
    const marks = doc.querySelectorAll('[data-lane] circle, [data-lane] rect, [data-lane] path');
    expect(marks.length).toBeGreaterThan(5);
    const labels = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['2019', '2020', '2021', '2022', '2023']));
  });

  it('leaves out events outside the view', () => {
    const narrow = buildTimelineSvg(
      content({ domain: [parseIsoLocal('2031-01-01'), parseIsoLocal('2031-02-01')] }),
      palette,
    );
    expect(parse(narrow.svg).querySelectorAll('[data-lane] circle')).toHaveLength(0);
  });

  it('has no external resource: no href, no url(), no @import, no script', () => {
    expect(svg).not.toMatch(/href|url\(|@import|<script|<image|<foreignObject/i);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false);
  });

  it('keeps hostile titles as text', () => {
    const evil = testDataset();
    const out = buildTimelineSvg(
      content({
        events: sortEvents(evil.events),
        domain: [parseIsoLocal('2023-08-01'), parseIsoLocal('2023-09-01')],
        title: '<script>alert(1)</script>',
        credit: '"><image href="https://evil.example/x.png"/>',
      }),
      palette,
    );
    const parsed = parse(out.svg);
    expect(parsed.querySelector('script, image')).toBeNull();
    expect(parsed.querySelector('[data-part="title"]')?.textContent).toBe(
      '<script>alert(1)</script>',
    );
    expect(out.svg).not.toContain('<script');
  });

  it('uses the palette for the lanes', () => {
    expect(doc.querySelector('[data-lane="event"] circle')?.getAttribute('fill')).toBe('#0072b2');
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#fbfaf7');
  });
});

describe('readPalette', () => {
  it('reads the theme’s CSS variables and falls back where one is missing', () => {
    document.documentElement.style.setProperty('--bg', '#15181c');
    document.documentElement.style.setProperty('--c-event', '#56b4e9');
    const p = readPalette();
    expect(p.bg).toBe('#15181c');
    expect(p.event).toBe('#56b4e9');
    expect(p.directive).toBe('#00795a');
  });
});
