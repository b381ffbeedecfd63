import { describe, expect, it } from 'vitest';
import { pageHints, type PageMetadata } from './page-metadata';

const empty: PageMetadata = {
  canonical: null,
  meta: [],
  jsonLd: [],
  times: [],
  readableTitle: null,
};
const ld = (value: unknown, line = 5) => ({ text: JSON.stringify(value), line });

describe('pageHints', () => {
  it('reads a JSON-LD NewsArticle: headline, date, authors, publisher, address', () => {
    const { hints, warnings } = pageHints('a.html', {
      ...empty,
      jsonLd: [
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Hội nghị  Thành ủy',
          datePublished: '2021-04-22T08:05:00+07:00',
          author: [{ '@type': 'Person', name: 'Lan Anh' }, 'Minh Quân'],
          publisher: { '@type': 'Organization', name: 'Báo Mẫu' },
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://bao-mau.vn/hoi-nghi.html' },
        }),
      ],
    });
    expect(warnings).toEqual([]);
    expect(hints).toEqual({
      url: 'https://bao-mau.vn/hoi-nghi.html',
      title: 'Hội nghị Thành ủy',
      published: '2021-04-22',
      author: 'Lan Anh, Minh Quân',
      outlet: 'Báo Mẫu',
    });
  });

  it('finds the article inside an @graph beside breadcrumbs and the site', () => {
    const { hints } = pageHints('a.html', {
      ...empty,
      jsonLd: [
        ld({ '@type': 'BreadcrumbList', itemListElement: [] }),
        ld({
          '@graph': [
            { '@type': 'WebSite', name: 'x' },
            { '@type': ['ReportageNewsArticle'], headline: 'H' },
          ],
        }),
      ],
    });
    expect(hints.title).toBe('H');
  });

  it('prefers the canonical link, then Open Graph, and reads Open Graph alone', () => {
    const { hints } = pageHints('a.html', {
      ...empty,
      canonical: { href: 'https://bao-mau.vn/a.html', line: 4 },
      meta: [
        { key: 'og:url', content: 'https://m.bao-mau.vn/a.html', line: 5 },
        { key: 'og:title', content: 'Tiêu đề OG', line: 6 },
        { key: 'og:site_name', content: 'Báo Mẫu', line: 7 },
        { key: 'article:published_time', content: '2020-09-03T09:15:00+07:00', line: 8 },
        { key: 'author', content: 'Thu Hà', line: 9 },
      ],
    });
    expect(hints).toEqual({
      url: 'https://bao-mau.vn/a.html',
      title: 'Tiêu đề OG',
      published: '2020-09-03',
      author: 'Thu Hà',
      outlet: 'Báo Mẫu',
    });
  });

  it('falls back on the first <time datetime> and the readable title', () => {
    const { hints } = pageHints('a.html', {
      ...empty,
      times: [{ datetime: '2019-04-11', line: 30 }],
      readableTitle: 'Tiêu đề trang',
    });
    expect(hints).toEqual({ title: 'Tiêu đề trang', published: '2019-04-11' });
  });

  it('does not take a profile link for an author', () => {
    const { hints } = pageHints('a.html', {
      ...empty,
      meta: [{ key: 'article:author', content: 'https://facebook.com/baomau', line: 3 }],
    });
    expect(hints.author).toBeUndefined();
  });

  it.each([
    [
      'JSON-LD that is not JSON',
      { ...empty, jsonLd: [{ text: '{"@type": "NewsArticle",', line: 12 }] },
      12,
      /JSON-LD/u,
    ],
    [
      'an impossible publication date',
      {
        ...empty,
        meta: [{ key: 'article:published_time', content: '2021-02-30T10:00:00+07:00', line: 9 }],
      },
      9,
      /2021-02-30/u,
    ],
    [
      'a canonical link that is not a web address',
      { ...empty, canonical: { href: 'javascript:alert(1)', line: 4 } },
      4,
      /http\(s\)/u,
    ],
  ])('warns of %s with the file and line', (_, page, line, message) => {
    const { warnings } = pageHints('trang.html', page as PageMetadata);
    expect(warnings).toEqual([
      { file: 'trang.html', line, message: expect.stringMatching(message) },
    ]);
  });
});
