import { describe, expect, it } from 'vitest';
import type { Person, TimelineEvent } from '../dataset/types';
import { buildOfficeRows, placeNames, tenurePaths, type Tenure } from './leadership';
import { buildLinks, linkPaths } from './links';
import { DAY, eventSpan, parseIsoLocal } from './time';

const people: Person[] = [
  {
    id: 'a',
    name: 'A',
    roles: [{ title: 'Bí thư Thành ủy Hà Nội', firstSeen: '2019-04-11', lastSeen: '2019-04-11' }],
  },
  {
    id: 'b',
    name: 'B',
    roles: [{ title: 'Bí thư Thành ủy Hà Nội', firstSeen: '2021-04-22', lastSeen: '2023-08-16' }],
  },
  {
    id: 'c',
    name: 'C',
    roles: [
      { title: 'Chủ tịch UBND thành phố Hà Nội', firstSeen: '2021-04-22', lastSeen: '2021-04-22' },
      { title: 'Ủy viên Bộ Chính trị', firstSeen: '2021-04-22', lastSeen: '2021-04-22' },
      { title: 'Chủ tịch UBND phường X', firstSeen: '2021-04-22', lastSeen: '2021-04-22' },
    ],
  },
];
const change: TimelineEvent = {
  id: 'change',
  kind: 'leadership',
  date: '2019-04-11',
  endDate: '2021-04-22',
  precision: 'day',
  dateInferred: true,
  title: 'A → B',
  label: 'A → B',
  summary: '',
  people: ['a', 'b'],
  documents: [],
  sources: [{ source: 's', quote: 'q' }],
  office: 'Bí thư Thành ủy Hà Nội',
  fromPerson: 'a',
  toPerson: 'b',
};

describe('buildOfficeRows', () => {
  const rows = buildOfficeRows({ people, events: [change] });
  it('draws one row per city office, in rank order, leaving out memberships and ward posts', () => {
    expect(rows.map((r) => r.office)).toEqual([
      'Bí thư Thành ủy Hà Nội',
      'Chủ tịch UBND thành phố Hà Nội',
    ]);
  });
  it('draws a tenure from first to last sighting', () => {
    const b = rows[0]!.tenures.find((t) => t.person === 'b')!;
    expect(b.start).toBe(parseIsoLocal('2021-04-22'));
    expect(b.end).toBe(parseIsoLocal('2023-08-16') + DAY);
  });
  it('extends both ends across the change window as uncertain, not as a hard edge', () => {
    const [a, b] = rows[0]!.tenures;
    expect(a!.uncertainEnd).toBe(parseIsoLocal('2021-04-22') + DAY);
    expect(b!.uncertainStart).toBe(parseIsoLocal('2019-04-11'));
    expect(rows[0]!.changes.map((e) => e.id)).toEqual(['change']);
  });
});

describe('eventSpan', () => {
  it.each([
    ['a day', { date: '2023-08-16', precision: 'day' }, 1],
    ['a month', { date: '2023-02', precision: 'month' }, 28],
    ['a quarter', { date: '2023-01', precision: 'quarter' }, 90],
    ['a window', { date: '2023-08-07', endDate: '2023-08-14', precision: 'day' }, 8],
  ] as const)('%s lasts the right number of days', (_, ev, days) => {
    const span = eventSpan(ev);
    expect(Math.round((span.end - span.start) / DAY)).toBe(days);
  });
});

describe('buildLinks', () => {
  const base = {
    precision: 'day' as const,
    dateInferred: false,
    summary: '',
    label: '',
    people: [],
    sources: [{ source: 's', quote: 'q' }],
  };
  const events: TimelineEvent[] = [
    { ...base, id: 'ct', kind: 'directive', date: '2023-08-07', title: 'CT', documents: ['ct24'] },
    {
      ...base,
      id: 'kh',
      kind: 'directive',
      date: '2023-08-14',
      title: 'KH',
      documents: ['kh171', 'ct24'],
    },
    {
      ...base,
      id: 'conf',
      kind: 'event',
      date: '2023-08-16',
      title: 'HN',
      documents: ['ct24'],
      disseminates: ['ct24'],
    },
  ];
  const documents = [
    { id: 'ct24', code: '24-CT/TU', type: 'Chỉ thị', issued: '2023-08-07' },
    {
      id: 'kh171',
      code: '171-KH/TU',
      type: 'Kế hoạch',
      issued: '2023-08-14',
      implements: ['ct24'],
    },
  ];
  it('links a plan to its directive and a conference to what it disseminated', () => {
    expect(buildLinks({ events, documents })).toEqual([
      { from: 'ct', to: 'kh', kind: 'implements' },
      { from: 'ct', to: 'conf', kind: 'disseminates' },
    ]);
  });
});

describe('linkPaths', () => {
  const links = [
    { from: 'ct', to: 'kh', kind: 'implements' as const },
    { from: 'ct', to: 'conf', kind: 'disseminates' as const },
    { from: 'ct', to: 'gone', kind: 'disseminates' as const },
  ];
  it('draws only the links whose two ends are drawn', () => {
    const positions = new Map([
      ['ct', { x: 10, y: 100 }],
      ['kh', { x: 50, y: 100 }],
      ['conf', { x: 30, y: 20 }],
    ]);
    expect(linkPaths(links, positions)).toEqual([
      { key: 'ct>kh:implements', kind: 'implements', d: 'M10,100 Q30,74 50,100' },
      { key: 'ct>conf:disseminates', kind: 'disseminates', d: 'M10,100 C10,60 30,60 30,20' },
    ]);
  });
  it('draws a link listed twice once', () => {
    const positions = new Map([
      ['ct', { x: 10, y: 100 }],
      ['kh', { x: 50, y: 100 }],
    ]);
    expect(linkPaths([links[0]!, links[0]!], positions)).toHaveLength(1);
  });
  it('draws nothing between two marks at the same point', () => {
    const same = { x: 5, y: 5 };
    expect(
      linkPaths(
        links.slice(0, 1),
        new Map([
          ['ct', same],
          ['kh', same],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('tenurePaths', () => {
  const tenure = (start: number, end: number, more: Partial<Tenure> = {}): Tenure => ({
    person: 'p',
    name: 'P',
    start,
    end,
    ...more,
  });
  const x = (ms: number) => ms / 10;
  it('draws every tenure of a row as rectangles of one path, uncertain ends in the other', () => {
    const paths = tenurePaths(
      [tenure(100, 300, { uncertainEnd: 400 }), tenure(500, 600, { uncertainStart: 400 })],
      x,
      0,
      1000,
    );
    expect(paths.solid).toBe('M10,17h20v9h-20zM50,17h10v9h-10z');
    expect(paths.uncertain).toBe('M30,17h10v9h-10zM40,17h10v9h-10z');
  });
  it('keeps a one-day tenure visible and leaves out tenures outside the view', () => {
    const paths = tenurePaths([tenure(100, 101), tenure(5000, 6000)], x, 0, 1000);
    expect(paths.solid).toBe('M10,17h3v9h-3z');
    expect(paths.uncertain).toBe('');
  });
});

describe('placeNames', () => {
  it.each([
    [
      'names with room all show',
      [0, 200],
      ['An', 'Bình'],
      400,
      [
        { x: 0, end: false },
        { x: 200, end: false },
      ],
    ],
    [
      'a name that would collide is left out',
      [0, 20],
      ['Nguyễn Văn Phong', 'Trần Sỹ Thanh'],
      400,
      [{ x: 0, end: false }, null],
    ],
    [
      // Both bars began before the view: both names would be drawn at its left edge.
      'names of tenures begun before the view do not pile up at its edge',
      [-300, -40, 200],
      ['Nguyễn Văn Phong', 'Trần Sỹ Thanh', 'Lê Hồng Sơn'],
      400,
      [{ x: 0, end: false }, null, { x: 200, end: false }],
    ],
    [
      'a name near the right edge hangs to the left',
      [390],
      ['Trần Sỹ Thanh'],
      400,
      [{ x: 390, end: true }],
    ],
  ] as const)('%s', (_, starts, names, width, expected) => {
    expect(placeNames(starts, names, width)).toEqual(expected);
  });
});
