import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, citeEvent } from './citation';
import { escapeMarkdown, safeLinkUrl } from './escape';
import { testDataset } from './test-dataset';

const dataset = testDataset();
const permalink = 'https://news.example/timeline/e/2023-08-16-hoi-nghi/';

describe('escapeMarkdown renders data as exactly its characters', () => {
  it.each([
    ['Hội nghị 24-CT/TU (22/4)', 'Hội nghị 24-CT/TU (22/4)'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['*đậm* _nghiêng_ `mã`', '\\*đậm\\* \\_nghiêng\\_ \\`mã\\`'],
    ['<script>&amp;', '\\<script\\>\\&amp;'],
    ['a\\b ~x~ |t| #h', 'a\\\\b \\~x\\~ \\|t\\| \\#h'],
    ['dòng một\n# dòng hai\r\n- ba', 'dòng một \\# dòng hai - ba'],
    ['- mở danh sách', '\\- mở danh sách'],
    ['+ cộng', '\\+ cộng'],
    ['2019. Năm', '2019\\. Năm'],
    ['1) mục', '1\\) mục'],
    ['  cách  ', 'cách'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('safeLinkUrl keeps web links and refuses script URLs', () => {
  it.each([
    ['https://a.example/e/x/', 'https://a.example/e/x/'],
    ['e/x/', 'e/x/'],
    ['https://a.example/a b(c)<d>', 'https://a.example/a%20b%28c%29%3Cd%3E'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,x', null],
  ])('%j → %j', (input, output) => {
    expect(safeLinkUrl(input)).toBe(output);
  });
});

const accessed = '2026-12-05';
const options = { permalink, accessed, siteName: 'Dòng thời gian Thành ủy Hà Nội 2019–2023' };
const ndo = 'https://nhandan.vn/ha-noi-quan-triet-chi-thi-24.html';

describe('citeEvent', () => {
  it('cites an event in Vietnamese: its date, the page, the access date, each source once', () => {
    const cite = citeEvent(dataset, '2023-08-16-hoi-nghi', options)!;
    expect(cite.text).toBe(
      [
        'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU (ngày 16/8/2023)',
        `Dòng thời gian Thành ủy Hà Nội 2019–2023, ${permalink}, truy cập ngày 5/12/2026`,
        'Nguồn:',
        `1. Hương Quỳnh, “Hà Nội quán triệt Chỉ thị về kỷ luật công vụ”, ${ndo}, NDO, đăng ngày 16/8/2023`,
        '2. “Bài không rõ tác giả”',
      ].join('\n'),
    );
    expect(cite.markdown).toBe(
      [
        '**Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU** (ngày 16/8/2023)',
        '',
        `Dòng thời gian Thành ủy Hà Nội 2019–2023, [${permalink}](<${permalink}>), truy cập ngày 5/12/2026`,
        '',
        'Nguồn:',
        '',
        `1. Hương Quỳnh, [“Hà Nội quán triệt Chỉ thị về kỷ luật công vụ”](<${ndo}>), NDO, đăng ngày 16/8/2023`,
        '2. “Bài không rõ tác giả”',
      ].join('\n'),
    );
  });

  it('never writes a placeholder for what the data does not know', () => {
    const cite = citeEvent(dataset, '2023-08-16-hoi-nghi', options)!;
    for (const style of CITATION_STYLES) {
      expect(cite[style]).not.toMatch(/unknown|không rõ báo|null|undefined/i);
    }
    const items = JSON.parse(cite.csl) as Record<string, unknown>[];
    // The article without outlet, author, date or address has only what is known.
    expect(items[2]).toEqual({
      id: 'src-b',
      type: 'article-newspaper',
      title: 'Bài không rõ tác giả',
      language: 'vi',
    });
  });

  it('writes CSL-JSON that reference managers import: the event’s page, then each article', () => {
    const items = JSON.parse(citeEvent(dataset, '2023-08-16-hoi-nghi', options)!.csl);
    expect(items[0]).toEqual({
      id: '2023-08-16-hoi-nghi',
      type: 'webpage',
      title: 'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU',
      'container-title': 'Dòng thời gian Thành ủy Hà Nội 2019–2023',
      'event-date': { 'date-parts': [[2023, 8, 16]] },
      URL: permalink,
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
    expect(items[1]).toEqual({
      id: 'src-a',
      type: 'article-newspaper',
      title: 'Hà Nội quán triệt Chỉ thị về kỷ luật công vụ',
      'container-title': 'NDO',
      author: [{ literal: 'Hương Quỳnh' }],
      issued: { 'date-parts': [[2023, 8, 16]] },
      URL: ndo,
      accessed: { 'date-parts': [[2026, 12, 5]] },
      language: 'vi',
    });
    expect(items).toHaveLength(3);
  });

  it('writes each CSL date on one line, so the preview reads as a record', () => {
    const { csl } = citeEvent(dataset, '2019-04-11-thay-bi-thu', options)!;
    expect(csl).toContain('"date-parts": [[2019, 4, 11], [2021, 4, 22]]');
    expect(csl).toContain('"accessed": {\n      "date-parts": [[2026, 12, 5]]\n    }');
  });

  it.each([
    ['2023-08-thang', { 'date-parts': [[2023, 8]] }],
    ['2021-nam', { 'date-parts': [[2021]], circa: true }],
    ['2019-q1', { 'date-parts': [[2019, 1]] }],
    [
      '2019-04-11-thay-bi-thu',
      {
        'date-parts': [
          [2019, 4, 11],
          [2021, 4, 22],
        ],
        circa: true,
      },
    ],
  ])('gives %s a CSL event date with only the known parts: %j', (id, date) => {
    expect(JSON.parse(citeEvent(dataset, id, options)!.csl)[0]['event-date']).toEqual(date);
  });

  it('cites in English when asked, a change of office in English words', () => {
    const cite = citeEvent(dataset, '2023-08-16-hoi-nghi', { ...options, lang: 'en' })!;
    expect(cite.text).toContain('(16 August 2023)');
    expect(cite.text).toContain(`${permalink}, accessed 5 December 2026`);
    expect(cite.text).toContain('Sources:');
    expect(cite.text).toContain('NDO, published 16 August 2023');
    const change = citeEvent(dataset, '2019-04-11-thay-bi-thu', { ...options, lang: 'en' })!;
    expect(change.text.split('\n')[0]).toBe(
      'Đinh Tiến Dũng succeeds Hoàng Trung Hải (between 11 April 2019 and 22 April 2021 (inferred date))',
    );
  });

  it.each([
    ['2023-08-thang', '(tháng 8/2023)'],
    ['2019-q1', '(quý I/2019)'],
    ['2021-nam', '(năm 2021 (ngày suy luận))'],
    ['2019-04-11-thay-bi-thu', '(khoảng 11/4/2019 – 22/4/2021 (ngày suy luận))'],
  ])('writes %s with its precision: %s', (id, date) => {
    expect(citeEvent(dataset, id, options)!.text.split('\n')[0]).toContain(date);
  });

  it('resolves an old id through the aliases and returns null for an unknown id', () => {
    expect(citeEvent(dataset, 'old-hoi-nghi', options)!.text).toMatch(/^Hội nghị trực tuyến/);
    expect(citeEvent(dataset, 'never-existed', options)).toBeNull();
    expect(citeEvent(dataset, 'constructor', options)).toBeNull();
  });

  it('escapes every markup character of article text in the Markdown', () => {
    const { markdown, text, csl } = citeEvent(dataset, 'evil', options)!;
    expect(markdown.split('\n')[0]).toBe(
      '**\\<script\\>alert("x")\\</script\\> "Tiêu đề" \\& \\*đậm\\* \\_nghiêng\\_ \\`mã\\`** (ngày 16/8/2023)',
    );
    expect(markdown).toContain(
      '1. @SUM(A1), [“\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*bold\\* "q" \\& \'s\'”](<https://evil.example/a%20b%28c%29%3Cd%3E>)',
    );
    expect(markdown).toContain('đăng ngày 22/4/2021 (ngày suy luận)');
    // Plain text stays as written: it is pasted as text, not rendered.
    expect(text.split('\n')[0]).toBe(
      '<script>alert("x")</script> "Tiêu đề" & *đậm* _nghiêng_ `mã` (ngày 16/8/2023)',
    );
    // JSON carries any string safely; the inferred publication date is marked circa.
    expect(JSON.parse(csl)[1].issued).toEqual({ 'date-parts': [[2021, 4, 22]], circa: true });
  });

  it('leaves out a permalink or an article address that is not a web link', () => {
    const hostile = testDataset();
    hostile.sources[0]!.url = 'javascript:alert(1)';
    const cite = citeEvent(hostile, '2023-08-16-hoi-nghi', {
      ...options,
      permalink: 'javascript:alert(1)',
    })!;
    for (const style of CITATION_STYLES) expect(cite[style]).not.toContain('javascript:');
    expect(JSON.parse(cite.csl)[0].URL).toBeUndefined();
  });
});
