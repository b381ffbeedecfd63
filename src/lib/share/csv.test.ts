import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, datasetToCsv } from './csv';
import { testDataset } from './test-dataset';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else if (c === '"' || c === '\n' || c === '\r')
      throw new Error(`stray ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (row.length || cell) throw new Error('last row has no CRLF');
  return rows;
}

const dataset = testDataset();
const csv = datasetToCsv(dataset);
const [header, ...rows] = parseCsv(csv.slice(1));
const byId = new Map(
  rows.map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]),
);

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Hà Nội, 2023', '"Hà Nội, 2023"'],
    ['nói "có"', '"nói ""có"""'],
    ['hai\ndòng', '"hai\ndòng"'],
    ['=1+1', "'=1+1"],
    ['+84 24', "'+84 24"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('datasetToCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Vietnamese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has a header and one well-formed row per event', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(dataset.events.map((e) => e.id));
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes names, codes, outlets, headlines, the first quote and the permalink', () => {
    expect(byId.get('2023-08-16-hoi-nghi')).toEqual({
      id: '2023-08-16-hoi-nghi',
      kind: 'event',
      date: '2023-08-16',
      endDate: '',
      precision: 'day',
      dateInferred: 'false',
      title: 'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU',
      summary: 'Thành ủy Hà Nội tổ chức hội nghị trực tuyến tới hơn 23 nghìn cán bộ.',
      people: 'Đinh Tiến Dũng',
      documents: '24-CT/TU; Kế hoạch tuyên truyền',
      sourceOutlets: 'NDO',
      sourceHeadlines: 'Hà Nội quán triệt Chỉ thị về kỷ luật công vụ; Bài không rõ tác giả',
      sourceUrls: 'https://nhandan.vn/ha-noi-quan-triet-chi-thi-24.html; ',
      quote: 'Sáng 16/8, Thành ủy tổ chức hội nghị.',
      reviewed: 'false',
      edited: '',
      permalink: 'e/2023-08-16-hoi-nghi/',
    });
    expect(byId.get('2019-04-11-thay-bi-thu')).toMatchObject({
      endDate: '2021-04-22',
      dateInferred: 'true',
      people: 'Hoàng Trung Hải; Đinh Tiến Dũng',
    });
  });

  it('says which events an editor checked and which fields an editor changed', () => {
    const checked = testDataset();
    Object.assign(checked.events[0]!, { reviewed: true, edited: ['title', 'date'] });
    const [head, first] = parseCsv(datasetToCsv(checked).slice(1));
    const row = Object.fromEntries(head!.map((c, i) => [c, first![i]]));
    expect(row).toMatchObject({ reviewed: 'true', edited: 'title; date' });
  });

  it('keeps hostile text as text: formulas defused, quotes and line breaks survive', () => {
    expect(byId.get('evil')).toMatchObject({
      title: '<script>alert("x")</script> "Tiêu đề" & *đậm* _nghiêng_ `mã`',
      summary: '\'=1+1 </title><meta http-equiv="refresh"> [a](b)',
      sourceOutlets: '\'=HYPERLINK("http://evil")',
      quote: '\'-2+3 "trích" ,dấu phẩy\nxuống dòng',
    });
  });

  it('makes permalinks absolute under a site URL', () => {
    const [, first] = parseCsv(
      datasetToCsv(dataset, { siteUrl: 'https://news.example/tl' }).slice(1),
    );
    expect(first!.at(-1)).toBe('https://news.example/tl/e/2023-08-16-hoi-nghi/');
  });
});

describe('source addresses', () => {
  it('lists each source’s address in the headlines’ order, blank for one without', () => {
    const base = testDataset();
    const dataset = {
      ...base,
      sources: base.sources.map((s, i) =>
        i === 0 ? { ...s, url: 'https://nhandan.vn/a.html' } : s,
      ),
    };
    const rows = parseCsv(datasetToCsv(dataset).slice(1));
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === '2023-08-16-hoi-nghi')!;
    expect(row[header.indexOf('sourceUrls')]).toBe('https://nhandan.vn/a.html; ');
  });

  it('leaves the column empty when no source has one', () => {
    const withoutUrls = testDataset();
    withoutUrls.sources = withoutUrls.sources.map(({ url: _url, ...s }) => s);
    const rows = parseCsv(datasetToCsv(withoutUrls).slice(1));
    const index = rows[0]!.indexOf('sourceUrls');
    expect(rows.slice(1).every((r) => r[index] === '')).toBe(true);
  });
});
