/**
 * Saved web pages (src/lib/ingest/fixtures/pages, written for these tests in the shapes of
 * Vietnamese news sites) compiled as the build compiles them: the article's facts, its address,
 * date, outlet and author from the page's metadata, and nothing from the page around the story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileArticles } from '../src/lib/extract/compile.ts';
import { normalizeArticleText } from '../src/lib/extract/normalize.ts';
import { InvalidEncodingError } from '../src/lib/extract/decode.ts';
import { readArticle } from './read-article.ts';

const dir = fileURLToPath(new URL('../src/lib/ingest/fixtures/pages/', import.meta.url));
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const read = new Map(pages.map((file) => [file, readArticle(file, readFileSync(dir + file))]));
const compiled = (file: string) => {
  const { input } = read.get(file)!;
  if (!input) throw new Error(`${file} gave no article`);
  return compileArticles([input]);
};

interface Expected {
  source: {
    url?: string;
    published: string | null;
    outlet: string | null;
    author: string | null;
    title: string;
  };
  events: { kind: string; date: string; people?: string[]; documents?: string[] }[];
  /** Text of the page that is not the article: it must be in no quote, title or summary. */
  notArticle: string[];
}

const expected: Record<string, Expected> = {
  '01_jsonld_quan-triet-chi-thi.html': {
    source: {
      url: 'https://thudomau.vn/chinh-tri/ha-noi-quan-triet-chi-thi-07-ct-tu-ve-chuyen-doi-so-a1234.html',
      published: '2021-04-22',
      outlet: 'Báo Thủ Đô Mẫu',
      author: 'Minh Khuê',
      title: 'Hà Nội quán triệt Chỉ thị số 07-CT/TU về đẩy mạnh chuyển đổi số',
    },
    events: [
      { kind: 'event', date: '2021-04-22', people: ['Đinh Tiến Dũng'], documents: ['07-CT/TU'] },
    ],
    notArticle: ['Bình luận', 'Lê Văn Bình Luận', '06-CTr/TU', 'Chia sẻ', 'Giấy phép', 'Trang chủ'],
  },
  '02_opengraph_bau-chu-tich.html': {
    source: {
      url: 'https://tinmau.vn/thoi-su/bau-chu-tich-ubnd-thanh-pho-20210715.htm',
      published: '2021-07-15',
      outlet: 'Tin Mẫu Online',
      author: 'Hoàng Lan',
      title: 'Kỳ họp thứ nhất HĐND thành phố bầu Chủ tịch UBND thành phố',
    },
    events: [
      { kind: 'event', date: '2021-07-15' },
      { kind: 'leadership', date: '2021-07-15', people: ['Trần Sỹ Thanh'] },
    ],
    notArticle: ['Giá vàng', 'Đọc nhiều', '20/6/2021', 'Xem thêm', 'Twitter'],
  },
  '03_plain_so-ket-cong-tac-dan-van.html': {
    // Neither JSON-LD nor Open Graph: the date comes from the page's publication line.
    source: {
      published: '2020-07-09',
      outlet: null,
      author: null,
      title: 'Sơ kết công tác dân vận 6 tháng đầu năm',
    },
    events: [{ kind: 'event', date: '2020-07-09', people: ['Ngô Thị Thanh Hằng'] }],
    notArticle: ['TRANG CHỦ', 'Địa chỉ'],
  },
  '04_saved-complete_ky-luat.html': {
    // Saved "complete": scripts that would add paragraphs if they ran, ads, a comment plugin.
    source: {
      url: 'https://baodientumau.vn/thoi-su/ban-thuong-vu-thanh-uy-hop-post56789.html',
      // 13:00 UTC is 20:00 in Hanoi, the same day.
      published: '2022-11-08',
      outlet: 'Báo điện tử Mẫu',
      author: 'Quốc Anh, Bảo Ngọc',
      title: 'Ban Thường vụ Thành ủy Hà Nội họp xem xét thi hành kỷ luật đảng viên',
    },
    events: [
      { kind: 'event', date: '2022-11-08', people: ['Nguyễn Thị Tuyến'], documents: ['22-QĐ/TW'] },
    ],
    notArticle: [
      'Kịch Bản',
      'script chèn',
      'bất thường',
      'quảng cáo',
      'Bạn Đọc',
      'hội chợ',
      'gtag',
    ],
  },
  '05_windows-1258_hoi-nghi-lan-thu-5.html': {
    source: {
      url: 'https://hathanhmau.com.vn/tin/hoi-nghi-lan-thu-5.asp',
      published: '2021-06-25',
      outlet: 'Báo Hà Thành Mẫu',
      author: 'Phạm Hùng',
      title: 'Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 5',
    },
    events: [{ kind: 'event', date: '2021-06-25', people: ['Đinh Tiến Dũng'] }],
    notArticle: ['Trang nhất'],
  },
  '07_undeclared_giao-ban.html': {
    source: {
      // No metadata and no publication line: undated; its happening is dated by the text.
      published: null,
      outlet: null,
      author: null,
      title: 'Giao ban báo chí tháng 3',
    },
    events: [{ kind: 'event', date: '2023-03-28', people: ['Nguyễn Doãn Toản'] }],
    notArticle: [],
  },
};

describe.each(Object.entries(expected))('%s', (file, x) => {
  const { dataset } = compiled(file);
  const source = dataset.sources[0]!;

  it('has the address, date, outlet, author and headline the page declares', () => {
    expect(source.url).toBe(x.source.url);
    expect(source.published).toBe(x.source.published);
    expect(source.publishedInferred).toBe(false);
    expect(source.outlet).toBe(x.source.outlet);
    expect(source.author).toBe(x.source.author);
    expect(source.title).toBe(x.source.title);
  });

  it.each(x.events.map((e) => [`${e.kind} ${e.date}`, e] as const))('has the %s event', (_, e) => {
    const found = dataset.events.find((d) => d.kind === e.kind && d.date === e.date);
    expect(
      found,
      dataset.events.map((d) => `${d.kind} ${d.date} ${d.title}`).join(' | '),
    ).toBeDefined();
    const names = found!.people.map((id) => dataset.people.find((p) => p.id === id)?.name);
    for (const name of e.people ?? []) expect(names).toContain(name);
    const codes = dataset.documents.map((d) => d.code);
    for (const code of e.documents ?? []) expect(codes).toContain(code);
  });

  it('quotes the article verbatim, with no markup and nothing from around it', () => {
    const text = normalizeArticleText(read.get(file)!.input!.text);
    const lines = text.split('\n');
    for (const event of dataset.events) {
      for (const ref of event.sources) {
        expect(text).toContain(ref.quote);
        expect(lines[ref.line! - 1]).toContain(ref.quote);
        expect(ref.quote).not.toMatch(/[<>]|&[a-z#0-9]+;/u);
      }
      const shown = [event.title, event.summary, ...event.sources.map((r) => r.quote)].join(' ');
      for (const furniture of x.notArticle) expect(shown).not.toContain(furniture);
    }
  });
});

describe('page lines', () => {
  it('puts each paragraph on the line of the page where it starts', () => {
    const file = '01_jsonld_quan-triet-chi-thi.html';
    const html = readFileSync(dir + file, 'utf8').split('\n');
    const { dataset } = compiled(file);
    const ref = dataset.events[0]!.sources[0]!;
    expect(html[ref.line! - 1]).toContain(ref.quote.slice(0, 40));
  });
});

describe('pages that give no article', () => {
  it('warns of a page with no article body, naming the file and line, and gives no input', () => {
    const { input, warnings } = read.get('06_no-body_chuyen-muc.html')!;
    expect(input).toBeNull();
    expect(warnings).toEqual([
      {
        file: '06_no-body_chuyen-muc.html',
        line: 8,
        message: expect.stringMatching(/không tìm thấy nội dung bài/u),
      },
    ]);
  });

  it('warns of a page that declares no charset, and reads it as UTF-8', () => {
    expect(read.get('07_undeclared_giao-ban.html')!.warnings).toEqual([
      {
        file: '07_undeclared_giao-ban.html',
        line: 1,
        message: expect.stringMatching(/không khai báo bảng mã/u),
      },
    ]);
  });

  it('fails a page declared UTF-8 whose bytes are not, as it fails a .txt', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>H'),
      Buffer.from([0xe0, 0x20]),
    ]);
    expect(() => readArticle('broken.html', bytes)).toThrow(InvalidEncodingError);
  });

  it('runs nothing in the page', () => {
    const bytes = Buffer.from(
      `<meta charset="utf-8"><script>globalThis.ranPageScript = true</script><p>${'Ngày 3/3/2021, Thành ủy Hà Nội tổ chức hội nghị. '.repeat(8)}</p><img src=x onerror="globalThis.ranPageScript = true">`,
    );
    readArticle('page.html', bytes);
    expect((globalThis as { ranPageScript?: boolean }).ranPageScript).toBeUndefined();
  });
});
