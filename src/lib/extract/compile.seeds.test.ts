/**
 * The five seed articles: what a reader of the dataset must find (issue "Done when"), and the
 * guarantees every build gives (byte-identical output, clean-twin equivalence, stable ids).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../dataset/types';
import { compileArticles, type ArticleInput } from './compile';
import { normalizeArticleText } from './normalize';

const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seeds: ArticleInput[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(dir + file, 'utf8') }));
const { dataset } = compileArticles(seeds);

const person = (d: Dataset, name: string) => d.people.find((p) => p.name === name);
const nameOf = (id: string | undefined) => dataset.people.find((p) => p.id === id)?.name;
const codesOf = (e: TimelineEvent) =>
  e.documents.map((id) => dataset.documents.find((d) => d.id === id)?.code);
const filesOf = (e: TimelineEvent) =>
  e.sources.map((s) => dataset.sources.find((x) => x.id === s.source)!.file);
const on = (date: string, kind: TimelineEvent['kind']) =>
  dataset.events.filter((e) => e.date === date && e.kind === kind);

describe('the seed dataset', () => {
  it('has the Ban Chỉ đạo Chương trình 01 meeting chaired by Hoàng Trung Hải on 11/4/2019', () => {
    const [meeting] = on('2019-04-11', 'event');
    expect(meeting?.title).toMatch(/Ban Chỉ đạo Chương trình 01/);
    expect(meeting?.chairs?.map(nameOf)).toContain('Hoàng Trung Hải');
    expect(meeting?.dateInferred).toBe(false);
  });

  it('has the issuance of the ten working programmes on 17/3/2021', () => {
    const [issued] = on('2021-03-17', 'directive');
    expect(issued?.title).toMatch(/10 chương trình công tác/);
  });

  it('has the online conference of 22/4/2021 once, sourced by both articles', () => {
    const conferences = on('2021-04-22', 'event');
    expect(conferences).toHaveLength(1);
    expect(filesOf(conferences[0]!).sort()).toEqual([
      '000_b05b979a5564f828.txt',
      '004_421fa57d08e65447.txt',
    ]);
    expect(conferences[0]!.attendance?.[0]).toMatchObject({
      count: 35000,
      unit: 'cán bộ',
      approximate: true,
    });
  });

  it('dates the 2021 party-building review on 8/1/2022 and says the year was inferred', () => {
    const [review] = on('2022-01-08', 'event');
    expect(review?.title).toMatch(/tổng kết công tác xây dựng Đảng năm 2021/);
    expect(review?.dateInferred).toBe(true);
    expect(review?.dateBasis).toMatch(/2022/);
  });

  it('has Chỉ thị 24-CT/TU issued on 7/8/2023 and Kế hoạch 171-KH/TU on 14/8/2023, linked', () => {
    expect(on('2023-08-07', 'directive').flatMap(codesOf)).toContain('24-CT/TU');
    expect(on('2023-08-14', 'directive').flatMap(codesOf)).toContain('171-KH/TU');
    const plan = dataset.documents.find((d) => d.code === '171-KH/TU');
    const directive = dataset.documents.find((d) => d.code === '24-CT/TU');
    expect(plan?.implements).toEqual([directive?.id]);
    expect(directive).toMatchObject({
      type: 'Chỉ thị',
      issued: '2023-08-07',
      issuer: 'Thành ủy Hà Nội',
    });
    expect(directive?.title).toMatch(/^về tăng cường kỷ cương/);
  });

  it('has the conference disseminating Chỉ thị 24 on 16/8/2023 with 649 sites and 23,041 delegates', () => {
    const [conference] = on('2023-08-16', 'event');
    expect(conference?.disseminates).toEqual([
      dataset.documents.find((d) => d.code === '24-CT/TU')?.id,
    ]);
    expect(conference?.attendance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ count: 649, unit: 'điểm cầu' }),
        expect.objectContaining({ count: 23041, unit: 'đại biểu' }),
      ]),
    );
    expect(conference?.chairs?.map(nameOf)).toEqual([
      'Đinh Tiến Dũng',
      'Nguyễn Thị Tuyến',
      'Trần Sỹ Thanh',
    ]);
  });

  it('infers the change of Bí thư Thành ủy from Hoàng Trung Hải to Đinh Tiến Dũng inside its window', () => {
    const change = dataset.events.find((e) => e.kind === 'leadership');
    expect(change).toMatchObject({
      office: 'Bí thư Thành ủy Hà Nội',
      date: '2019-04-11',
      endDate: '2021-04-22',
      dateInferred: true,
    });
    expect(nameOf(change!.fromPerson)).toBe('Hoàng Trung Hải');
    expect(nameOf(change!.toPerson)).toBe('Đinh Tiến Dũng');
    expect(change!.dateBasis).toMatch(/11\/04\/2019.*22\/04\/2021/);
  });

  it.each([
    ['Hoàng Trung Hải', 'Bí thư Thành ủy Hà Nội'],
    ['Đinh Tiến Dũng', 'Bí thư Thành ủy Hà Nội'],
    ['Đinh Tiến Dũng', 'Ủy viên Bộ Chính trị'],
    ['Nguyễn Thị Tuyến', 'Phó Bí thư Thường trực Thành ủy Hà Nội'],
    ['Trần Sỹ Thanh', 'Chủ tịch UBND thành phố Hà Nội'],
    ['Nguyễn Văn Phong', 'Phó Bí thư Thành ủy Hà Nội'],
    ['Trịnh Lê Đức', 'Chủ tịch UBND phường Minh Khai'],
  ])('names %s as %s', (name, title) => {
    expect(person(dataset, name)?.roles.map((r) => r.title)).toContain(title);
  });

  it('lists exactly the six officials as people: no place, district or byline', () => {
    expect(dataset.people.map((p) => p.name).sort()).toEqual(
      [
        'Hoàng Trung Hải',
        'Nguyễn Thị Tuyến',
        'Nguyễn Văn Phong',
        'Trần Sỹ Thanh',
        'Trịnh Lê Đức',
        'Đinh Tiến Dũng',
      ].sort(),
    );
  });

  it('reads bylines, outlets and publication dates into the sources', () => {
    const bySource = Object.fromEntries(dataset.sources.map((s) => [s.file.slice(0, 3), s]));
    expect(bySource['003']).toMatchObject({
      outlet: 'ANTD.VN',
      author: 'Duy Tiến',
      published: '2019-04-11',
    });
    expect(bySource['002']).toMatchObject({ outlet: 'NDO', published: null });
    expect(bySource['001']).toMatchObject({ published: '2023-08-16' });
    expect(bySource['004']).toMatchObject({ published: '2021-04-23', author: 'PV' });
    expect(bySource['000']).toMatchObject({
      published: '2021-04-22',
      publishedInferred: true,
      author: 'Hương Quỳnh',
    });
  });

  it('keeps the related-article teaser out of the events', () => {
    const quotes = dataset.events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.includes('giới thiệu chức danh và chữ ký'))).toBe(false);
  });

  it('quotes only verbatim sentences of each source', () => {
    for (const e of dataset.events)
      for (const ref of e.sources) {
        const file = dataset.sources.find((s) => s.id === ref.source)!.file;
        expect(normalizeArticleText(readFileSync(dir + file, 'utf8'))).toContain(ref.quote);
        for (const h of ref.highlights ?? []) expect(ref.quote).toContain(h);
      }
  });
});

describe('build guarantees', () => {
  it('gives byte-identical output for the same input, in any order', () => {
    const again = compileArticles([...seeds].reverse());
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(dataset));
  });

  it('compiles BOM, CRLF, NFD and non-breaking-space twins exactly like the clean files', () => {
    const dirty = seeds.map((a) => ({
      file: a.file,
      text: `\uFEFF${a.text
        .normalize('NFD')
        .replace(/\n/g, '\r\n')
        .replace(/ (?=\d)/g, '\u00A0')}\u200B`,
    }));
    expect(JSON.stringify(compileArticles(dirty).dataset)).toBe(JSON.stringify(dataset));
  });

  it("keeps an event's id when other articles are added or removed", () => {
    const without = compileArticles(
      seeds.filter((a) => a.file.startsWith('00') && !a.file.startsWith('002')),
    );
    const ids = new Set(dataset.events.map((e) => e.id));
    for (const e of without.dataset.events.filter((x) => x.kind !== 'leadership'))
      expect(ids).toContain(e.id);
  });

  it('warns, with file and line, about an article with no datable event', () => {
    const { warnings } = compileArticles([
      { file: 'empty.txt', text: '' },
      {
        file: 'no-date.txt',
        text: 'Tiêu đề bài báo không có ngày\n\nNội dung bài viết nói về công tác cán bộ của thành phố mà không nêu thời gian cụ thể nào cả.',
      },
    ]);
    expect(warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['empty.txt:1', 'no-date.txt:3']);
  });

  it('leaves out events outside the range and says so', () => {
    const {
      dataset: d,
      report,
      warnings,
    } = compileArticles([
      {
        file: 'old.txt',
        text: 'Hội nghị năm 2015\n\nNgày 5/3/2015, Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác năm 2014.',
      },
    ]);
    expect(d.events).toEqual([]);
    expect(report.outOfRange).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'old.txt', line: 3 });
  });
});
