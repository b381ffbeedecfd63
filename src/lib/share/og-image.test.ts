import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/types';
import { ogImageSvg, ogSiteImageSvg, timelineStrip, wrapText, type MeasureText } from './og-image';
import { testDataset } from './test-dataset';

/** Every character 0.5 em wide: lines break where a reader of the table can count. */
const measure: MeasureText = (text, size) => Array.from(text).length * size * 0.5;
const fitsChars = (n: number) => (line: string) => Array.from(line).length <= n;

describe('wrapText', () => {
  it.each([
    ['Hội nghị Thành ủy', 20, 2, ['Hội nghị Thành ủy']],
    ['Hội nghị trực tuyến quán triệt', 12, 3, ['Hội nghị', 'trực tuyến', 'quán triệt']],
    ['Hội nghị trực tuyến quán triệt Chỉ thị', 12, 2, ['Hội nghị', 'trực tuyến…']],
    ['  nhiều   khoảng   trắng ', 20, 2, ['nhiều khoảng trắng']],
    ['Siêu-dài-không-có-khoảng-trắng', 10, 2, ['Siêu-dài-k', 'hông-có-k…']],
    ['', 10, 2, []],
  ])('%j in %i characters, %i lines → %j', (text, width, lines, expected) => {
    const wrapped = wrapText(text, lines, fitsChars(width));
    expect(wrapped).toEqual(expected);
    for (const line of wrapped) expect(Array.from(line).length).toBeLessThanOrEqual(width);
  });
});

describe('ogImageSvg', () => {
  const dataset = testDataset();
  const strip = timelineStrip(dataset.events, dataset.range);
  const event = dataset.events[0]!;
  const svg = ogImageSvg({
    event,
    strip,
    siteName: 'Dòng thời gian',
    credit: 'news.example',
    measure,
  });
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it('is 1200×630 and shows the kind, the date, the label, the title and the credit', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(texts).toEqual(
      expect.arrayContaining([
        'SỰ KIỆN',
        'ngày 16/8/2023',
        event.label,
        'Dòng thời gian',
        'news.example',
      ]),
    );
    expect(texts.join(' ')).toContain('Hội nghị trực tuyến quán triệt');
    expect(texts).toEqual(expect.arrayContaining(['2019', '2020', '2021', '2022', '2023']));
  });

  it('marks the event on the strip at its date', () => {
    const x = strip.x(event.date);
    expect(x).toBeGreaterThan(strip.x('2023-01-01'));
    expect(x).toBeLessThan(strip.x('2023-12-31'));
    expect(svg).toContain(`<circle cx="${x.toFixed(1)}"`);
  });

  it('writes article text as text, never as markup', () => {
    const evil = dataset.events.find((e) => e.id === 'evil')!;
    const out = ogImageSvg({
      event: { ...evil, label: 'a\u0000b <b>' },
      strip,
      siteName: '"x" & y',
      measure,
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('\u0000');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('&quot;x&quot; &amp; y');
  });

  it('leaves out the title when it is the label, and the credit when there is none', () => {
    const short: TimelineEvent = { ...event, title: event.label };
    const out = ogImageSvg({ event: short, strip, siteName: 'Dòng thời gian', measure });
    expect(out.split(`>${event.label}<`)).toHaveLength(2);
    expect(out).not.toContain('news.example');
  });
});

describe('timelineStrip', () => {
  it('draws each lane’s events across the range, however many there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      kind: (['event', 'leadership', 'directive'] as const)[i % 3]!,
      date: `20${19 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}`,
    }));
    const strip = timelineStrip(many, { start: '2019-01-01', end: '2023-12-31' });
    // One rectangle per lane and column at most: the picture's size does not grow with the data.
    expect(strip.svg.match(/<rect/g)!.length).toBeLessThanOrEqual(1 + 3 * 200);
    expect(strip.x('2019-01-01')).toBeLessThan(strip.x('2023-12-31'));
  });
});

describe('ogSiteImageSvg', () => {
  it('names the site over the whole strip', () => {
    const dataset = testDataset();
    const svg = ogSiteImageSvg({
      strip: timelineStrip(dataset.events, dataset.range),
      siteName: 'Dòng thời gian Thành ủy Hà Nội',
      subtitle: '6 sự kiện, 2019–2023',
      measure,
    });
    expect(svg).toContain('>6 sự kiện, 2019–2023<');
    expect(svg).not.toContain('<circle');
  });
});
