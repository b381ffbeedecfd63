import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX,
  TemplateError,
  eventDescription,
  renderEventPage,
  renderSitemap,
  templateTitle,
  truncate,
} from './event-page';
import { testDataset } from './test-dataset';

// The shape of Vite's dist/index.html, multi-line description included.
const template = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Dòng thời gian Thành ủy Hà Nội 2019–2023</title>
    <meta
      name="description"
      content="Dòng thời gian các hội nghị của Thành ủy Hà Nội."
    />
    <script type="module" crossorigin src="./assets/index-BEzVzotd.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-DQ9qJrBu.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const dataset = testDataset();
const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const siteName = 'Dòng thời gian Thành ủy Hà Nội 2019–2023';

/** The content of each `<meta>` by name or property, and other head facts, read back. */
function readHead(html: string) {
  const head = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
  const meta: Record<string, string[]> = {};
  for (const m of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g))
    (meta[m[1]!] ??= []).push(m[2]!);
  return {
    head,
    meta,
    titles: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]),
    canonical: [...head.matchAll(/<link rel="canonical" href="([^"]*)" \/>/g)].map((m) => m[1]),
    firstElement: /^\s*(<[^>]+>)/.exec(head)![1],
  };
}

describe('renderEventPage', () => {
  const html = renderEventPage(template, {
    event: event('2023-08-16-hoi-nghi'),
    canonicalUrl: 'https://news.example/timeline/e/2023-08-16-hoi-nghi/',
    siteName,
  });
  const { head, meta, titles, canonical, firstElement } = readHead(html);

  it('puts <base> first in <head> so assets and data resolve to the app root', () => {
    expect(firstElement).toBe('<base href="../../" />');
    expect(head).toContain('src="./assets/index-BEzVzotd.js"');
    expect(head).toContain('href="./assets/index-DQ9qJrBu.css"');
  });

  it('replaces the app title and description with the event’s own, once each', () => {
    expect(titles).toEqual([
      'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU — Dòng thời gian Thành ủy Hà Nội 2019–2023',
    ]);
    expect(meta.description).toEqual([
      'ngày 16/8/2023: Thành ủy Hà Nội tổ chức hội nghị trực tuyến tới hơn 23 nghìn cán bộ.',
    ]);
    expect(head).not.toContain('Dòng thời gian các hội nghị');
  });

  it('has Open Graph and Twitter card tags, a canonical link and the event id for the app', () => {
    expect(meta).toMatchObject({
      'og:type': ['article'],
      'og:title': ['Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU'],
      'og:description': meta.description,
      'og:url': ['https://news.example/timeline/e/2023-08-16-hoi-nghi/'],
      'og:site_name': [siteName],
      'og:locale': ['vi_VN'],
      'article:published_time': ['2023-08-16'],
      'twitter:card': ['summary'],
      'twitter:title': ['Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU'],
      'twitter:description': meta.description,
      'timeline-event': ['2023-08-16-hoi-nghi'],
    });
    expect(canonical).toEqual(['https://news.example/timeline/e/2023-08-16-hoi-nghi/']);
  });

  it('declares UTF-8 right after <base>, within the first 1024 bytes whatever the title', () => {
    const long = { ...event('2021-nam'), title: 'Tiêu đề rất dài '.repeat(200) };
    const page = renderEventPage(template, { event: long, canonicalUrl: 'e/x/', siteName });
    const bytes = new TextEncoder().encode(page);
    const charsetAt = new TextDecoder()
      .decode(bytes.slice(0, 1024))
      .indexOf('<meta charset="UTF-8" />');
    expect(charsetAt).toBeGreaterThan(page.indexOf('<base'));
    expect(page.match(/charset=/g)).toHaveLength(1);
  });

  it('keeps the rest of the template: viewport, scripts, body', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n  <head>\n    <base')).toBe(true);
    expect(meta.viewport).toEqual(['width=device-width, initial-scale=1']);
    expect(html).toContain('<body>\n    <div id="app"></div>\n  </body>\n</html>');
    expect(head).not.toMatch(/\n[ \t]*\n/);
  });

  it('escapes a title with <script> and quotes in every tag', () => {
    const evil = renderEventPage(template, {
      event: event('evil'),
      canonicalUrl: 'e/evil/"><script>alert(1)</script>',
      siteName: 'Site "A" & <B>',
    });
    const read = readHead(evil);
    expect(evil).not.toContain('<script>alert');
    expect(evil).not.toContain('<meta http-equiv');
    expect(evil.match(/<script\b/g)).toHaveLength(1);
    expect(read.titles).toEqual([
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;Tiêu đề&quot; &amp; *đậm* _nghiêng_ `mã` — Site &quot;A&quot; &amp; &lt;B&gt;',
    ]);
    expect(read.meta['og:title']).toEqual([
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &quot;Tiêu đề&quot; &amp; *đậm* _nghiêng_ `mã`',
    ]);
    expect(read.meta.description).toEqual([
      'ngày 16/8/2023: =1+1 &lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot;&gt; [a](b)',
    ]);
    expect(read.canonical).toEqual(['e/evil/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;']);
  });

  it('replaces social tags and a base the template already has instead of doubling them', () => {
    const withTags = template.replace(
      '</head>',
      '<base href="/x/"><meta property="og:title" content="old"><link rel="canonical" href="old"></head>',
    );
    const read = readHead(
      renderEventPage(withTags, {
        event: event('2021-nam'),
        canonicalUrl: 'e/2021-nam/',
        siteName,
      }),
    );
    expect(read.meta['og:title']).toEqual(['Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU']);
    expect(read.canonical).toEqual(['e/2021-nam/']);
    expect(read.head.match(/<base/g)).toHaveLength(1);
    expect(read.meta['article:published_time']).toEqual(['2021']);
  });

  it('refuses a template without a head', () => {
    expect(() =>
      renderEventPage('<html><body></body></html>', {
        event: event('evil'),
        canonicalUrl: 'e/evil/',
        siteName,
      }),
    ).toThrow(TemplateError);
  });
});

describe('descriptions', () => {
  it.each([
    ['ngắn', 10, 'ngắn'],
    ['  hai   dòng\nmột  ', 20, 'hai dòng một'],
    ['một hai ba bốn năm sáu', 12, 'một hai ba…'],
    ['một, hai, ba, bốn', 10, 'một, hai…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('truncate(%j, %i) → %j', (text, max, out) => {
    expect(truncate(text, max)).toBe(out);
    expect(Array.from(truncate(text, max)).length).toBeLessThanOrEqual(max);
  });

  it('holds the date and the summary in at most 200 characters', () => {
    const long = { ...event('2019-q1'), summary: 'Hội nghị bàn về công tác cán bộ. '.repeat(20) };
    const description = eventDescription(long);
    expect(description).toMatch(/^quý I\/2019: Hội nghị bàn về công tác cán bộ\. /);
    expect(description.endsWith('…')).toBe(true);
    expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe('a description says the date once', () => {
  const on16 = { ...event('2023-08-16-hoi-nghi'), date: '2023-08-16', precision: 'day' as const };
  it.each([
    [
      'Ngày 16/8, đồng chí Đinh Tiến Dũng chủ trì hội nghị.',
      'ngày 16/8/2023: đồng chí Đinh Tiến Dũng chủ trì hội nghị.',
    ],
    [
      'Sáng nay (16/8), Ban Thường vụ tổ chức hội nghị.',
      'ngày 16/8/2023: Ban Thường vụ tổ chức hội nghị.',
    ],
    ['Sáng 16/8, Thành ủy tổ chức hội nghị.', 'ngày 16/8/2023: Thành ủy tổ chức hội nghị.'],
    ['Ngày 16-8, Thành ủy tổ chức hội nghị.', 'ngày 16/8/2023: Thành ủy tổ chức hội nghị.'],
    ['Chiều 16 tháng 8 năm 2023, Thành ủy họp.', 'ngày 16/8/2023: Thành ủy họp.'],
    ['Ngày 16/8/2023, Thành ủy họp.', 'ngày 16/8/2023: Thành ủy họp.'],
    // Another day in the lead is news, not a repetition.
    [
      'Ngày 7/8, Thành ủy ban hành Chỉ thị.',
      'ngày 16/8/2023: Ngày 7/8, Thành ủy ban hành Chỉ thị.',
    ],
    [
      'Thành ủy tổ chức hội nghị ngày 16/8.',
      'ngày 16/8/2023: Thành ủy tổ chức hội nghị ngày 16/8.',
    ],
  ])('%j → %j', (summary, description) => {
    expect(eventDescription({ ...on16, summary })).toBe(description);
  });
});

describe('templateTitle and renderSitemap', () => {
  it('reads the site name from the template title, entities decoded', () => {
    expect(templateTitle(template)).toBe(siteName);
    expect(templateTitle('<title> A &amp; B </title>')).toBe('A & B');
    expect(templateTitle('<head></head>')).toBeNull();
  });

  it('lists every URL, escaped, in a sitemaps.org urlset', () => {
    expect(renderSitemap(['https://a.example/t/', 'https://a.example/t/e/x/?a=1&b=<2>'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://a.example/t/</loc></url>\n' +
        '  <url><loc>https://a.example/t/e/x/?a=1&amp;b=&lt;2&gt;</loc></url>\n' +
        '</urlset>\n',
    );
  });
});
