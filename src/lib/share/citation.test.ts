import { describe, expect, it } from 'vitest';
import { citeEvent } from './citation';
import { eventDateText } from './date-text';
import { escapeMarkdown, safeLinkUrl } from './escape';
import { testDataset } from './test-dataset';

const dataset = testDataset();
const permalink = 'https://news.example/timeline/e/2023-08-16-hoi-nghi/';

describe('eventDateText writes a date with exactly its precision', () => {
  it.each([
    [{ date: '2023-08-16', precision: 'day' }, 'ngày 16/8/2023', '16 August 2023'],
    [{ date: '2023-08', precision: 'month' }, 'tháng 8/2023', 'August 2023'],
    [{ date: '2019-01', endDate: '2019-03-31', precision: 'quarter' }, 'quý I/2019', 'Q1 2019'],
    [{ date: '2020-10', endDate: '2020-12-31', precision: 'quarter' }, 'quý IV/2020', 'Q4 2020'],
    [{ date: '2021', precision: 'year' }, 'năm 2021', '2021'],
    [
      { date: '2019-04-11', endDate: '2021-04-22', precision: 'day' },
      'khoảng 11/4/2019 – 22/4/2021',
      'between 11 April 2019 and 22 April 2021',
    ],
    [
      { date: '2020-03', endDate: '2020-05', precision: 'month' },
      'khoảng 3/2020 – 5/2020',
      'between March 2020 and May 2020',
    ],
  ] as const)('%o → %s / %s', (event, vi, en) => {
    expect(eventDateText(event, 'vi')).toBe(vi);
    expect(eventDateText(event, 'en')).toBe(en);
  });
});

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

describe('citeEvent', () => {
  it('cites an event in Vietnamese with its date, each source once and the permalink', () => {
    const cite = citeEvent(dataset, '2023-08-16-hoi-nghi', { permalink })!;
    expect(cite.text).toBe(
      [
        'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU (ngày 16/8/2023)',
        'Nguồn:',
        '1. Hương Quỳnh, “Hà Nội quán triệt Chỉ thị về kỷ luật công vụ”, NDO, đăng ngày 16/8/2023',
        '2. “Bài không rõ tác giả”',
        permalink,
      ].join('\n'),
    );
    expect(cite.markdown).toBe(
      [
        '**Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU** (ngày 16/8/2023)',
        '',
        'Nguồn:',
        '',
        '1. Hương Quỳnh, “Hà Nội quán triệt Chỉ thị về kỷ luật công vụ”, NDO, đăng ngày 16/8/2023',
        '2. “Bài không rõ tác giả”',
        '',
        `Xem: [${permalink}](<${permalink}>)`,
      ].join('\n'),
    );
  });

  it('cites in English when asked', () => {
    const cite = citeEvent(dataset, '2023-08-16-hoi-nghi', { permalink, lang: 'en' })!;
    expect(cite.text).toContain('(16 August 2023)');
    expect(cite.text).toContain('Sources:');
    expect(cite.text).toContain('NDO, published 16 August 2023');
  });

  it.each([
    ['2023-08-thang', '(tháng 8/2023)'],
    ['2019-q1', '(quý I/2019)'],
    ['2021-nam', '(năm 2021 (ngày suy luận))'],
    ['2019-04-11-thay-bi-thu', '(khoảng 11/4/2019 – 22/4/2021 (ngày suy luận))'],
  ])('writes %s with its precision: %s', (id, date) => {
    expect(citeEvent(dataset, id, { permalink })!.text.split('\n')[0]).toContain(date);
  });

  it('resolves an old id through the aliases and returns null for an unknown id', () => {
    expect(citeEvent(dataset, 'old-hoi-nghi', { permalink })!.text).toMatch(/^Hội nghị trực tuyến/);
    expect(citeEvent(dataset, 'never-existed', { permalink })).toBeNull();
    expect(citeEvent(dataset, 'constructor', { permalink })).toBeNull();
  });

  it('escapes every markup character of article text in the Markdown', () => {
    const { markdown, text } = citeEvent(dataset, 'evil', { permalink })!;
    expect(markdown.split('\n')[0]).toBe(
      '**\\<script\\>alert("x")\\</script\\> "Tiêu đề" \\& \\*đậm\\* \\_nghiêng\\_ \\`mã\\`** (ngày 16/8/2023)',
    );
    expect(markdown).toContain(
      '1. @SUM(A1), “\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*bold\\* "q" \\& \'s\'”',
    );
    expect(markdown).toContain('đăng ngày 22/4/2021 (ngày suy luận)');
    // Plain text stays as written: it is pasted as text, not rendered.
    expect(text.split('\n')[0]).toBe(
      '<script>alert("x")</script> "Tiêu đề" & *đậm* _nghiêng_ `mã` (ngày 16/8/2023)',
    );
  });

  it('leaves out a permalink that is not a web link', () => {
    const cite = citeEvent(dataset, 'evil', { permalink: 'javascript:alert(1)' })!;
    expect(cite.text).not.toContain('javascript:alert(1)\n');
    expect(cite.markdown).not.toContain('](<javascript');
    expect(cite.text.split('\n').at(-1)).toMatch(/^1\. /);
  });
});
