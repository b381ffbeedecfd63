import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter';

const BODY = [
  'Hà Nội tổng kết công tác năm',
  '',
  'Sáng 22/4, Thành ủy Hà Nội tổ chức hội nghị.',
].join('\n');

describe('readFrontMatter', () => {
  it('reads the fields and blanks the block, keeping the body on its lines', () => {
    const text = [
      '---',
      'url: https://example.vn/bai-viet-1.html',
      'outlet: Báo Mẫu',
      'published: 2021-04-22',
      'author: "Nguyễn Văn Mẫu"',
      'title: Tiêu đề bài',
      '---',
      BODY,
    ].join('\n');
    const read = readFrontMatter('a.txt', text);
    expect(read.hints).toEqual({
      url: 'https://example.vn/bai-viet-1.html',
      outlet: 'Báo Mẫu',
      published: '2021-04-22',
      author: 'Nguyễn Văn Mẫu',
      title: 'Tiêu đề bài',
    });
    expect(read.warnings).toEqual([]);
    const lines = read.text.split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect(lines.slice(0, 7).every((l) => l === '')).toBe(true);
    expect(lines[9]).toBe('Sáng 22/4, Thành ủy Hà Nội tổ chức hội nghị.');
  });

  it('leaves a file without front matter as it is', () => {
    expect(readFrontMatter('a.txt', BODY)).toEqual({ text: BODY, hints: {}, warnings: [] });
  });

  it('takes `date` as the publication date and a day-first date as Vietnamese papers print it', () => {
    expect(readFrontMatter('a.txt', '---\ndate: 22/04/2021\n---\n' + BODY).hints).toEqual({
      published: '2021-04-22',
    });
  });

  it('reads Windows line ends', () => {
    const read = readFrontMatter('a.txt', '---\r\noutlet: Báo Mẫu\r\n---\r\n' + BODY);
    expect(read.hints).toEqual({ outlet: 'Báo Mẫu' });
    expect(read.warnings).toEqual([]);
  });

  it.each([
    [
      'an impossible date',
      '---\nurl: https://example.vn/a\npublished: 2021-02-30\n---',
      3,
      /ngày đăng.*2021-02-30/u,
    ],
    [
      'a link that is not a web address',
      '---\nurl: javascript:alert(1)\n---',
      2,
      /url không phải/u,
    ],
    ['invalid YAML', '---\noutlet: Báo Mẫu\ntitle: "chưa đóng\n---', 3, /không phải YAML hợp lệ/u],
    [
      'a field it does not know',
      '---\noutlet: Báo Mẫu\npubished: 2021-04-22\n---',
      3,
      /"pubished"/u,
    ],
    ['a list where a value belongs', '---\nauthor:\n  - A\n  - B\n---', 2, /giá trị đơn/u],
    ['a block never closed', '---\noutlet: Báo Mẫu', 1, /không có dòng "---" đóng/u],
    ['a block that is not fields', '---\n- một\n- hai\n---', 2, /trường: giá trị/u],
  ])('warns of %s, naming the file and line', (_, head, line, message) => {
    const read = readFrontMatter('bai.txt', `${head}\n${BODY}`);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatchObject({ file: 'bai.txt', line });
    expect(read.warnings[0]!.message).toMatch(message);
  });

  it('keeps the good fields beside a bad one', () => {
    const read = readFrontMatter(
      'a.txt',
      '---\noutlet: Báo Mẫu\npublished: 2021-02-30\n---\n' + BODY,
    );
    expect(read.hints).toEqual({ outlet: 'Báo Mẫu' });
  });
});
