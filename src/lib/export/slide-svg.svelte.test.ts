// Runs in jsdom (the *.svelte.test.ts project) to read the slide back with DOMParser, as a
// reader of the file would: what is in it, where, and that it references nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/types';
import { validateDataset } from '../dataset/validate';
import { generateDataset } from '../generate/dataset';
import { vi as viStrings } from '../i18n/vi';
import { testDataset } from '../share/test-dataset';
import { buildOfficeRows } from '../timeline/leadership';
import { sortEvents, visibleEvents } from '../timeline/order';
import { parseIsoLocal } from '../timeline/time';
import { LEGEND_STRINGS } from '../../components/legend/strings';
import { buildSlideSvg, LABEL_CHAR, SLIDE_SIZE, type SlideContent } from './slide-svg';
import type { SvgPalette } from './timeline-svg';

const sample: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const palette: SvgPalette = {
  bg: '#fbfaf7',
  surface: '#ffffff',
  fg: '#1c1f23',
  muted: '#575d66',
  grid: '#ece9e2',
  event: '#0072b2',
  leadership: '#c2500a',
  directive: '#00795a',
  accent: '#0b5cad',
};

function content(dataset: Dataset, over: Partial<SlideContent> = {}): SlideContent {
  return {
    events: sortEvents(dataset.events),
    domain: [parseIsoLocal('2019-01-01'), parseIsoLocal('2024-01-01')],
    dataset,
    kinds: ['event', 'leadership', 'directive'],
    title: viStrings.appTitle,
    range: 'Đang xem 1/1/2019 – 31/12/2023',
    credit: 'Nguồn: https://news.example/timeline/',
    months: viStrings.months,
    lanes: { event: 'Sự kiện', leadership: 'Lãnh đạo', directive: 'Văn bản' },
    legend: LEGEND_STRINGS.vi,
    otherOffices: viStrings.timeline.otherOffices,
    ...over,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

/** The plot's scale, from its transform (`translate(0 y) scale(k)`). */
const plotScale = (doc: Document) =>
  Number(
    /scale\(([\d.]+)\)/.exec(
      doc.querySelector('[data-part="plot"]')!.getAttribute('transform')!,
    )![1],
  );

/** Each label's box on the slide, estimated at LABEL_CHAR a character (an upper bound). */
function labelBoxes(doc: Document) {
  const k = plotScale(doc);
  return [...doc.querySelectorAll('text[data-label-for]')].map((text) => {
    const x = Number(text.getAttribute('x'));
    const width = [...text.textContent!].length * LABEL_CHAR;
    const [a, b] = text.getAttribute('text-anchor') === 'end' ? [x - width, x] : [x, x + width];
    return {
      id: text.getAttribute('data-label-for')!,
      text: text.textContent!,
      y: Number(text.getAttribute('y')),
      left: 72 + a * k,
      right: 72 + b * k,
    };
  });
}

describe('buildSlideSvg', () => {
  const highlighted = sortEvents(sample.events).find((p) => p.event.kind === 'directive')!.event;
  const { svg, width, height } = buildSlideSvg(
    content(sample, {
      highlight: { id: highlighted.id, date: '7 tháng 8, 2023', title: highlighted.title },
    }),
    palette,
  );
  const doc = parse(svg);

  it('is a 1920 × 1080 slide', () => {
    expect([width, height]).toEqual([SLIDE_SIZE.width, SLIDE_SIZE.height]);
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 1920 1080');
  });

  it('holds every label of the view whole, inside the slide, none over another', () => {
    const boxes = labelBoxes(doc);
    const inView = sample.events.filter((e) => e.kind !== 'leadership');
    expect(boxes.map((b) => b.id).sort()).toEqual(inView.map((e) => e.id).sort());
    for (const box of boxes) {
      const event = sample.events.find((e) => e.id === box.id)!;
      expect(box.text).toBe(event.label);
      expect(box.text).not.toContain('…');
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1920);
    }
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.y === b.y) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  });

  it('draws the leadership rows: each office, its holders, the change flags', () => {
    const offices = [...doc.querySelectorAll('[data-office]')].map((g) =>
      g.getAttribute('data-office'),
    );
    expect(offices).toEqual(buildOfficeRows(sample).map((r) => r.office));
    const text = doc.querySelector('[data-lane="leadership"]')!.textContent!;
    for (const person of sample.people.filter((p) => text.includes(p.name)))
      expect(text).toContain(person.name);
    expect(text).toContain('Đinh Tiến Dũng');
    const change = sample.events.find((e) => e.kind === 'leadership')!;
    expect(
      doc.querySelector(`[data-lane="leadership"] [data-event-id="${change.id}"]`),
    ).not.toBeNull();
  });

  it('halos the highlighted event and names it in full at the foot', () => {
    const marked = [...doc.querySelectorAll('[data-highlighted="true"]')];
    expect(marked.map((g) => g.getAttribute('data-event-id'))).toEqual([highlighted.id]);
    expect(
      marked[0]!.querySelector(`[fill="${palette.accent}"], [stroke="${palette.accent}"]`),
    ).not.toBeNull();
    const foot = doc.querySelector('[data-part="highlight"]')!.textContent!.replace(/\s+/g, ' ');
    expect(foot).toContain(highlighted.title);
  });

  it('carries the title, date range, legend and source credit', () => {
    const part = (name: string) => doc.querySelector(`[data-part="${name}"]`)?.textContent;
    expect(part('title')).toBe(viStrings.appTitle);
    expect(part('range')).toBe('Đang xem 1/1/2019 – 31/12/2023');
    expect(part('credit')).toBe('Nguồn: https://news.example/timeline/');
    const legend = part('legend')!;
    for (const words of [
      'Sự kiện',
      'Lãnh đạo',
      'Văn bản',
      ...Object.values(LEGEND_STRINGS.vi).slice(1),
    ])
      expect(legend).toContain(words);
  });

  it('draws an inferred date hollow and dashed, as the marks do', () => {
    const inferred = sample.events.find((e) => e.dateInferred && e.kind !== 'leadership')!;
    const glyph = doc.querySelector(`[data-event-id="${inferred.id}"]`)!;
    expect(glyph.querySelector('[stroke-dasharray]')).not.toBeNull();
  });

  it('references nothing: no link, no url(), no import, no script, no embedded page', () => {
    expect(svg).not.toMatch(/href|url\(|@import|<script|<image|<foreignObject/i);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on')).toBe(false);
        if (attr.name !== 'xmlns') expect(attr.value).not.toMatch(/^[a-z]+:\/\//i);
      }
  });

  it('keeps hostile titles as text', () => {
    const evil = testDataset();
    const first = evil.events[0]!;
    const out = buildSlideSvg(
      content(evil, {
        domain: [parseIsoLocal('2023-08-01'), parseIsoLocal('2023-09-01')],
        title: '<script>alert(1)</script>',
        highlight: { id: first.id, date: '1', title: '"><image href="https://x.example/a.png"/>' },
      }),
      palette,
    );
    const parsed = parse(out.svg);
    expect(parsed.querySelector('script, image')).toBeNull();
    expect(parsed.querySelector('[data-part="title"]')?.textContent).toBe(
      '<script>alert(1)</script>',
    );
  });
});

describe('a busy slide', () => {
  const busy = generateDataset({ events: 400, seed: 7 });
  const events = sortEvents(busy.events);
  const domain = [parseIsoLocal('2021-01-01'), parseIsoLocal('2021-07-01')] as const;
  const { svg } = buildSlideSvg(content(busy, { events, domain }), palette);
  const doc = parse(svg);

  it('still fits the slide, labels whole and apart, the rest counted in clusters', () => {
    const plot = doc.querySelector('[data-part="plot"]')!;
    const top = Number(/translate\(0 ([\d.]+)\)/.exec(plot.getAttribute('transform')!)![1]);
    const k = plotScale(doc);
    const lanes = [...plot.querySelectorAll('[data-lane]')];
    expect(lanes.length).toBe(3);
    const boxes = labelBoxes(doc);
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) {
      const event = busy.events.find((e) => e.id === box.id)!;
      expect(box.text).toBe(event.label);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1920);
      expect(top + box.y * k).toBeLessThan(1080);
    }
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.y === b.y) expect(a.right <= b.left || b.right <= a.left).toBe(true);
    const shown = visibleEvents(events, domain[0], domain[1], 400 * 86_400_000).filter(
      (p) => p.event.kind !== 'leadership',
    ).length;
    const marks = doc.querySelectorAll(
      '[data-lane="event"] [data-event-id], [data-lane="directive"] [data-event-id]',
    ).length;
    const counted = [
      ...doc.querySelectorAll('[data-lane="event"] text, [data-lane="directive"] text'),
    ]
      .filter((t) => /^\d+$/.test(t.textContent!))
      .reduce((n, t) => n + Number(t.textContent), 0);
    expect(marks + counted).toBe(shown);
  });
});
