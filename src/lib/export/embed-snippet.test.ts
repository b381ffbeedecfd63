import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../url/view-params';
import {
  embedSnippet,
  embedUrl,
  formToOptions,
  fullTimelineUrl,
  initialWindow,
  type EmbedForm,
  type EmbedOptions,
} from './embed-snippet';

const base: EmbedOptions = {
  appUrl: 'https://news.example/timeline/',
  title: 'Dòng thời gian Thành ủy Hà Nội',
  size: { mode: 'fixed', width: 800, height: 450 },
};
const srcOf = (html: string) => /src="([^"]*)"/.exec(html)![1]!.replace(/&amp;/g, '&');

describe('embedUrl', () => {
  it('always sets embed=1 and nothing else by default', () => {
    expect(embedUrl(base)).toBe('https://news.example/timeline/?embed=1');
  });

  it('carries every option, and the app reads them back as the same view', () => {
    const url = embedUrl({
      ...base,
      event: '2023-08-16-hoi-nghi',
      from: '2023-01-01',
      to: '2023-12-31',
      kinds: ['directive', 'event'],
      lang: 'en',
      theme: 'dark',
      search: false,
    });
    const { params, errors } = parseViewParams(new URL(url).search);
    expect(errors).toEqual([]);
    expect(params).toMatchObject({
      embed: true,
      event: '2023-08-16-hoi-nghi',
      from: '2023-01-01',
      to: '2023-12-31',
      kinds: ['event', 'directive'],
      lang: 'en',
      theme: 'dark',
      search: false,
    });
  });

  it('drops a query or hash the app URL had', () => {
    expect(embedUrl({ ...base, appUrl: 'https://a.example/t/?x=1#y' })).toBe(
      'https://a.example/t/?embed=1',
    );
  });
});

describe('embedSnippet', () => {
  it('writes a fixed-size iframe with title, lazy loading, full screen and no script', () => {
    const html = embedSnippet(base);
    expect(html).toBe(
      '<iframe src="https://news.example/timeline/?embed=1" title="Dòng thời gian Thành ủy Hà Nội" loading="lazy" allow="fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin" width="800" height="450" style="border:0;max-width:100%"></iframe>',
    );
    expect(html).not.toMatch(/<script|javascript:|on\w+=/i);
  });

  it.each([
    [100, 100, '320', '240'],
    [99999, 300, '4000', '300'],
    [NaN, 500.6, '320', '501'],
  ])('keeps a fixed size of %s×%s within bounds', (width, height, w, h) => {
    const html = embedSnippet({ ...base, size: { mode: 'fixed', width, height } });
    expect(html).toContain(`width="${w}"`);
    expect(html).toContain(`height="${h}"`);
  });

  it('wraps a responsive iframe in an aspect-ratio box', () => {
    const html = embedSnippet({ ...base, size: { mode: 'responsive', ratio: 16 / 9 } });
    expect(html).toMatch(/^<div style="position:relative;width:100%;[^"]*aspect-ratio:1\.7778">/);
    expect(html).toContain('style="position:absolute;inset:0;width:100%;height:100%;border:0"');
    expect(html).toMatch(/<\/iframe><\/div>$/);
    expect(html).not.toContain('width="');
  });

  it('escapes attribute values: a hostile title or URL cannot open a tag', () => {
    const html = embedSnippet({
      ...base,
      appUrl: 'https://a.example/t/"><script>alert(1)</script>',
      title: "\"><img src=x onerror=alert(1)> & 'x'",
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      'title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;"',
    );
    expect(html.match(/</g)).toHaveLength(2);
  });

  it('puts & in the src as &amp; so the attribute parses back to the URL', () => {
    const html = embedSnippet({ ...base, lang: 'en', theme: 'dark' });
    expect(html).toContain('?lang=en&amp;theme=dark&amp;embed=1');
    expect(srcOf(html)).toBe('https://news.example/timeline/?lang=en&theme=dark&embed=1');
  });
});

describe('formToOptions', () => {
  const form: EmbedForm = {
    mode: 'responsive',
    width: 800,
    height: 450,
    ratio: 4 / 3,
    event: '',
    from: '2021-12-31',
    to: '2021-01-01',
    kinds: ['event'],
    lang: 'vi',
    theme: 'auto',
    search: true,
  };

  it('drops empty fields, swaps a backwards window and leaves the theme to the system', () => {
    expect(formToOptions(form, 'https://a.example/', 'T')).toEqual({
      appUrl: 'https://a.example/',
      title: 'T',
      size: { mode: 'responsive', ratio: 4 / 3 },
      event: null,
      from: '2021-01-01',
      to: '2021-12-31',
      kinds: ['event'],
      lang: 'vi',
      theme: null,
      search: true,
    });
  });

  it('keeps a fixed size, a chosen event and theme, and drops a half-typed date', () => {
    const options = formToOptions(
      { ...form, mode: 'fixed', event: 'a-b', theme: 'dark', from: '2021-1', to: '' },
      'https://a.example/',
      'T',
    );
    expect(options).toMatchObject({
      size: { mode: 'fixed', width: 800, height: 450 },
      event: 'a-b',
      theme: 'dark',
      from: null,
      to: null,
    });
  });
});

describe('fullTimelineUrl', () => {
  it.each([
    ['https://a.example/t/?event=x&embed=1&search=0', 'https://a.example/t/?event=x'],
    ['https://a.example/t/?embed=1', 'https://a.example/t/'],
    [
      'https://a.example/t/?from=2020-01-01&to=2020-02-01&embed=1#x',
      'https://a.example/t/?from=2020-01-01&to=2020-02-01',
    ],
  ])('%s → %s', (input, output) => {
    expect(fullTimelineUrl(input)).toBe(output);
  });
});

describe('initialWindow', () => {
  const range = { start: '2019-01-01', end: '2023-12-31' };
  it.each([
    ['2018-11-25', '2024-02-06', '', ''],
    ['2019-01-01', '2023-12-31', '', ''],
    ['2020-03-01', '2020-09-30', '2020-03-01', '2020-09-30'],
    ['2018-06-01', '2020-01-01', '2019-01-01', '2020-01-01'],
    ['2025-01-01', '2026-01-01', '', ''],
  ])('%s – %s → %j – %j', (from, to, a, b) => {
    expect(initialWindow(from, to, range)).toEqual({ from: a, to: b });
  });
});
