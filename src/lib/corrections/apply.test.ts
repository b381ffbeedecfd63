import { describe, expect, it } from 'vitest';
import { resolveAliases, type IdRecord } from '../dataset/id-record';
import type { Dataset } from '../dataset/types';
import { validateDataset } from '../dataset/validate';
import { applyCorrections } from './apply';
import { articleText, fixtureDataset } from './fixture';
import { parseCorrections } from './parse';
import { formatProblem } from './types';

const FILE = 'seeds/corrections.yaml';

/** Parses `yaml` (which must have no errors of its own) and applies it to `dataset`. */
function correct(yaml: string, dataset: Dataset = fixtureDataset()) {
  const { corrections, errors } = parseCorrections(yaml, { file: FILE });
  expect(errors.map(formatProblem)).toEqual([]);
  const result = applyCorrections(dataset, corrections, articleText);
  return {
    ...result,
    event: (id: string) => result.dataset.events.find((e) => e.id === id),
    stale: result.stale.map(formatProblem),
    errors: result.errors.map(formatProblem),
  };
}

describe('applyCorrections: events', () => {
  it('marks a checked event reviewed, with nothing edited', () => {
    const r = correct('events:\n  2023-08-16-quan-triet:\n    reviewed: true\n');
    expect(r.event('2023-08-16-quan-triet')).toMatchObject({ reviewed: true });
    expect(r.event('2023-08-16-quan-triet')!.edited).toBeUndefined();
    expect(r.applied).toBe(1);
  });

  it('sets a title, and a label from its words unless one is given', () => {
    const r = correct(
      [
        'events:',
        '  2022-01-08-tong-ket:',
        '    title: Thành ủy Hà Nội tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2021',
        '  2023-08-16-quan-triet:',
        '    title: Hội nghị quán triệt Chỉ thị 05-CT/TU',
        '    label: Quán triệt CT 05',
        '    summary: Thành ủy quán triệt chỉ thị tới cán bộ chủ chốt.',
      ].join('\n'),
    );
    expect(r.event('2022-01-08-tong-ket')).toMatchObject({
      title: 'Thành ủy Hà Nội tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2021',
      label: 'Thành ủy Hà Nội tổng kết công tác xây',
      edited: ['title'],
    });
    expect(r.event('2023-08-16-quan-triet')).toMatchObject({
      label: 'Quán triệt CT 05',
      summary: 'Thành ủy quán triệt chỉ thị tới cán bộ chủ chốt.',
      edited: ['title', 'label', 'summary'],
    });
  });

  it('sets a date as stated: no longer inferred, its precision from its shape', () => {
    const r = correct('events:\n  2022-01-08-tong-ket:\n    date: 2022-01\n');
    const e = r.event('2022-01-08-tong-ket')!;
    expect(e).toMatchObject({ date: '2022-01', precision: 'month', dateInferred: false });
    expect(e.dateBasis).toBeUndefined();
    expect(e.dateReason).toBeUndefined();
    expect(e.edited).toEqual(['date']);
  });

  it('sets a quarter, a window and a kind', () => {
    const r = correct(
      [
        'events:',
        '  2022-01-08-tong-ket:',
        '    date: 2022-01',
        '    precision: quarter',
        '  2023-08-16-quan-triet:',
        '    kind: directive',
        '    date: 2023-08-01',
        '    endDate: 2023-08-16',
      ].join('\n'),
    );
    expect(r.event('2022-01-08-tong-ket')).toMatchObject({
      precision: 'quarter',
      endDate: '2022-03-31',
      edited: ['date', 'precision'],
    });
    expect(r.event('2023-08-16-quan-triet')).toMatchObject({
      kind: 'directive',
      date: '2023-08-01',
      endDate: '2023-08-16',
      edited: ['kind', 'date', 'endDate'],
    });
  });

  it('hides an event, and an old link to it no longer resolves', () => {
    const r = correct(
      'events:\n  2023-08-16-hoi-nghi-can-bo:\n    hide: trùng với sự kiện quán triệt\n',
    );
    expect(r.event('2023-08-16-hoi-nghi-can-bo')).toBeUndefined();
    expect(r.dataset.aliases).toBeUndefined();
    expect(r.applied).toBe(1);
  });

  it('merges one event into another: evidence joins, the old id leads to the one kept', () => {
    const r = correct(
      'events:\n  2023-08-16-hoi-nghi-can-bo:\n    mergeInto: 2023-08-16-quan-triet\n',
    );
    expect(r.event('2023-08-16-hoi-nghi-can-bo')).toBeUndefined();
    const kept = r.event('2023-08-16-quan-triet')!;
    expect(kept.sources.map((s) => s.line)).toEqual([3, 4]);
    expect(kept.edited).toEqual(['sources']);
    expect(r.dataset.aliases).toEqual({
      '2023-08-16-hoi-nghi-can-bo': '2023-08-16-quan-triet',
      '2023-08-15-quan-triet-cu': '2023-08-16-quan-triet',
    });
  });

  it('follows a chain of merges to its end', () => {
    const r = correct(
      [
        'events:',
        '  2022-01-08-tong-ket:',
        '    mergeInto: 2023-08-16-hoi-nghi-can-bo',
        '  2023-08-16-hoi-nghi-can-bo:',
        '    mergeInto: 2023-08-16-quan-triet',
      ].join('\n'),
    );
    expect(r.dataset.events.map((e) => e.id)).toEqual(['2023-08-16-quan-triet']);
    expect(r.event('2023-08-16-quan-triet')!.sources).toHaveLength(3);
    expect(r.dataset.aliases?.['2022-01-08-tong-ket']).toBe('2023-08-16-quan-triet');
  });

  it('refuses merges that go round in a circle, naming the line', () => {
    const { corrections } = parseCorrections(
      [
        'events:',
        '  2023-08-16-hoi-nghi-can-bo:',
        '    mergeInto: 2023-08-16-quan-triet',
        '  2023-08-16-quan-triet:',
        '    mergeInto: 2023-08-16-hoi-nghi-can-bo',
      ].join('\n'),
      { file: FILE },
    );
    const r = applyCorrections(fixtureDataset(), corrections, articleText);
    expect(r.errors.map(formatProblem)).toEqual([
      `${FILE}:5: events.2023-08-16-quan-triet.mergeInto: merges go round in a circle`,
    ]);
  });
});

describe('applyCorrections: added events', () => {
  const added = (quote: string, extra = '') =>
    [
      'add:',
      '  2022-01-08-hop-ban-tuyen-truyen:',
      '    kind: event',
      '    date: 2022-01-08',
      '    title: Ban Thường vụ họp bàn kế hoạch tuyên truyền năm 2022',
      '    source: a.txt',
      `    quote: ${quote}`,
      extra,
    ].join('\n');

  it('adds an event with its verbatim quote, its line, and the marks of a person’s work', () => {
    const r = correct(
      added('Chiều cùng ngày, Ban Thường vụ đã họp bàn kế hoạch tuyên truyền năm 2022.'),
    );
    expect(r.event('2022-01-08-hop-ban-tuyen-truyen')).toEqual({
      id: '2022-01-08-hop-ban-tuyen-truyen',
      kind: 'event',
      date: '2022-01-08',
      precision: 'day',
      dateInferred: false,
      title: 'Ban Thường vụ họp bàn kế hoạch tuyên truyền năm 2022',
      label: 'Ban Thường vụ họp bàn kế hoạch tuyên',
      summary: 'Chiều cùng ngày, Ban Thường vụ đã họp bàn kế hoạch tuyên truyền năm 2022.',
      people: [],
      documents: [],
      sources: [
        {
          source: 'a',
          quote: 'Chiều cùng ngày, Ban Thường vụ đã họp bàn kế hoạch tuyên truyền năm 2022.',
          line: 5,
        },
      ],
      reviewed: true,
      edited: ['kind', 'date', 'title'],
    });
    // What the build writes must pass the app's validator.
    expect(validateDataset(JSON.parse(JSON.stringify(r.dataset))).rejected).toEqual([]);
  });

  it('matches a quote typed with decomposed accents and a non-breaking space', () => {
    const typed = 'Ban Thường vụ\u00a0đã họp bàn'.normalize('NFD');
    expect(correct(added(`"${typed}"`)).errors).toEqual([]);
  });

  it('refuses a quote that is not verbatim, naming its line', () => {
    const r = correct(added('Ban Thuong vu da hop ban'));
    expect(r.errors).toEqual([
      `${FILE}:7: add.2022-01-08-hop-ban-tuyen-truyen.quote is not verbatim in a.txt: "Ban Thuong vu da hop ban"`,
    ]);
    expect(r.event('2022-01-08-hop-ban-tuyen-truyen')).toBeUndefined();
  });

  it('refuses an article the seeds folder does not have, naming the line', () => {
    const r = correct(added('Chiều cùng ngày').replace('source: a.txt', 'source: c.txt'));
    expect(r.errors).toEqual([
      `${FILE}:6: add.2022-01-08-hop-ban-tuyen-truyen.source: no article "c.txt" in the seeds folder`,
    ]);
  });

  it('refuses an id that already names an event', () => {
    const r = correct(
      added('Chiều cùng ngày').replace('2022-01-08-hop-ban-tuyen-truyen', '2022-01-08-tong-ket'),
    );
    expect(r.errors).toEqual([
      `${FILE}:2: add.2022-01-08-tong-ket: the id already names an event; choose another`,
    ]);
  });

  it('reports a person named by an added event who is gone as stale', () => {
    const r = correct(added('Chiều cùng ngày', '    people: [tran-van-b]'));
    expect(r.stale).toEqual([
      `${FILE}:8: add.2022-01-08-hop-ban-tuyen-truyen.people: no "tran-van-b" (stale)`,
    ]);
  });
});

describe('applyCorrections: people, documents, sources', () => {
  it('fixes a name, and adds and removes offices in the person and in their events', () => {
    const r = correct(
      [
        'people:',
        '  nguyen-van-an:',
        '    name: Nguyễn Văn An',
        '    addRoles:',
        '      - { title: Chủ tịch HĐND Thành phố, from: 2021-06-01, to: 2023-12-31 }',
        '    removeRoles: [Bí thư Thành ủy]',
      ].join('\n'),
    );
    expect(r.dataset.people.find((p) => p.id === 'nguyen-van-an')).toEqual({
      id: 'nguyen-van-an',
      name: 'Nguyễn Văn An',
      roles: [
        { title: 'Chủ tịch HĐND Thành phố', firstSeen: '2021-06-01', lastSeen: '2023-12-31' },
      ],
    });
    expect(r.event('2022-01-08-tong-ket')!.roles).toEqual([
      { person: 'nguyen-van-an', titles: ['Chủ tịch HĐND Thành phố'] },
    ]);
  });

  it('takes a string that is not a person out of the people and every event', () => {
    const r = correct('people:\n  le-quy-don:\n    notAPerson: tên một trường học\n');
    expect(r.dataset.people.map((p) => p.id)).toEqual(['nguyen-van-an']);
    expect(r.event('2023-08-16-quan-triet')!.people).toEqual([]);
    expect(validateDataset(JSON.parse(JSON.stringify(r.dataset))).rejected).toEqual([]);
  });

  it('sets a document’s issue date, type and title, and links a plan to its directive', () => {
    const r = correct(
      [
        'documents:',
        '  05-ct-tu:',
        '    issued: 2023-08-07',
        '    title: về tăng cường kỷ cương',
        '  12-kh-tu:',
        '    type: Kế hoạch thực hiện',
        '    implements: [05-ct-tu]',
      ].join('\n'),
    );
    expect(r.dataset.documents).toEqual([
      {
        id: '05-ct-tu',
        code: '05-CT/TU',
        type: 'Chỉ thị',
        issued: '2023-08-07',
        title: 'về tăng cường kỷ cương',
      },
      {
        id: '12-kh-tu',
        code: '12-KH/TU',
        type: 'Kế hoạch thực hiện',
        issued: '2023-09-01',
        implements: ['05-ct-tu'],
      },
    ]);
  });

  it('sets a source’s outlet, link, publication day and author, keyed by id or by file', () => {
    const r = correct(
      [
        'sources:',
        '  a.txt:',
        '    outlet: Hànộimới',
        '    author: Minh Anh',
        '    published: 2022-01-08',
        '    url: https://hanoimoi.example/tong-ket',
        '  b:',
        '    outlet: null',
      ].join('\n'),
    );
    expect(r.dataset.sources[0]).toMatchObject({
      outlet: 'Hànộimới',
      author: 'Minh Anh',
      published: '2022-01-08',
      publishedInferred: false,
      url: 'https://hanoimoi.example/tong-ket',
    });
    expect(r.dataset.sources[1]!.outlet).toBeNull();
    expect(r.applied).toBe(2);
  });
});

describe('applyCorrections: ids that changed or went', () => {
  it('reports an id that no longer exists as stale, naming the line, and applies the rest', () => {
    const r = correct(
      [
        'events:',
        '  2021-01-01-khong-con:',
        '    reviewed: true',
        '  2023-08-16-quan-triet:',
        '    mergeInto: 2020-02-02-cung-khong-con',
        '  2022-01-08-tong-ket:',
        '    reviewed: true',
        'people:',
        '  tran-van-b:',
        '    name: Trần Văn B',
        'documents:',
        '  99-ct-tu:',
        '    issued: 2021-01-01',
        'sources:',
        '  z.txt:',
        '    outlet: X',
      ].join('\n'),
    );
    expect(r.stale).toEqual([
      `${FILE}:15: sources.z.txt: no such source (stale)`,
      `${FILE}:12: documents.99-ct-tu: no such document (stale)`,
      `${FILE}:9: people.tran-van-b: no such person (stale)`,
      `${FILE}:2: events.2021-01-01-khong-con: no such event, and ids.json does not say what it became (stale)`,
      `${FILE}:5: events.2023-08-16-quan-triet.mergeInto: no event "2020-02-02-cung-khong-con" (stale)`,
    ]);
    expect(r.applied).toBe(1);
    expect(r.event('2022-01-08-tong-ket')!.reviewed).toBe(true);
  });

  it('follows an event the compiler renamed, through the published-id record', () => {
    // The event was published as `2022-01-08-hoi-nghi-tong-ket`; a better compiler now calls it
    // `2022-01-08-tong-ket`. ids.json remembers the old id, its kind, date and article.
    const record: IdRecord = {
      '2022-01-08-hoi-nghi-tong-ket': { kind: 'event', date: '2022-01-08', files: ['a.txt'] },
    };
    const compiled = fixtureDataset();
    const aliases = resolveAliases(compiled, record);
    expect(aliases).toEqual({ '2022-01-08-hoi-nghi-tong-ket': '2022-01-08-tong-ket' });
    const r = correct(
      'events:\n  2022-01-08-hoi-nghi-tong-ket:\n    reviewed: true\n    title: Hội nghị tổng kết năm 2021\n',
      { ...compiled, aliases: { ...compiled.aliases, ...aliases } },
    );
    expect(r.stale).toEqual([]);
    expect(r.event('2022-01-08-tong-ket')).toMatchObject({
      reviewed: true,
      title: 'Hội nghị tổng kết năm 2021',
    });
  });

  it('changes nothing in the dataset it was given', () => {
    const dataset = fixtureDataset();
    const before = JSON.stringify(dataset);
    correct(
      'events:\n  2022-01-08-tong-ket:\n    date: 2022-01\n  2023-08-16-hoi-nghi-can-bo:\n    mergeInto: 2023-08-16-quan-triet\npeople:\n  le-quy-don:\n    notAPerson: trường\n',
      dataset,
    );
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
