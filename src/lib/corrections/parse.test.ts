import { describe, expect, it } from 'vitest';
import { parseCorrections } from './parse';
import { formatProblem } from './types';

const FILE = 'seeds/corrections.yaml';
const parse = (text: string) => parseCorrections(text, { file: FILE });
const errorsOf = (text: string) => parse(text).errors.map(formatProblem);

describe('parseCorrections', () => {
  it('reads every section into entries that remember their lines', () => {
    const { corrections, errors } = parse(
      [
        '# an editor wrote this', //                  1
        'events:', //                                 2
        '  2022-01-08-tong-ket:', //                  3
        '    reviewed: true', //                      4
        '    date: 2022-01-08', //                    5
        '    title: Hội nghị tổng kết', //            6
        'add:', //                                    7
        '  2021-04-22-hop-ban:', //                   8
        '    kind: event', //                         9
        '    date: 2021', //                          10
        '    title: Họp bàn', //                      11
        '    source: a.txt', //                       12
        '    quote: Chiều cùng ngày', //              13
        'people:', //                                 14
        '  le-quy-don:', //                           15
        '    notAPerson: tên trường học', //          16
        'documents:', //                              17
        '  12-kh-tu:', //                             18
        '    implements: [05-ct-tu]', //              19
        'sources:', //                                20
        '  a.txt:', //                                21
        '    url: https://news.example/a', //         22
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(corrections.events).toEqual([
      {
        id: '2022-01-08-tong-ket',
        line: 3,
        set: { reviewed: true, date: '2022-01-08', title: 'Hội nghị tổng kết' },
        lines: { reviewed: 4, date: 5, title: 6 },
      },
    ]);
    // YAML reads a bare year as a number: it is kept as the date text.
    expect(corrections.add[0]!.set.date).toBe('2021');
    expect(corrections.people[0]).toMatchObject({
      line: 15,
      set: { notAPerson: 'tên trường học' },
    });
    expect(corrections.documents[0]!.set.implements).toEqual(['05-ct-tu']);
    expect(corrections.sources[0]).toMatchObject({ id: 'a.txt', lines: { url: 22 } });
  });

  it('reads an empty file, or one of comments only, as no corrections', () => {
    expect(parse('').errors).toEqual([]);
    expect(parse('# nothing yet\n').corrections.events).toEqual([]);
  });

  it.each([
    ['YAML that does not parse', 'events:\n  a: [1, 2\n', /:3: not valid YAML/],
    [
      'the same id twice',
      'events:\n  a:\n    reviewed: true\n  a:\n    hide: x\n',
      /:4: not valid YAML: Map keys must be unique/,
    ],
    ['an unknown section', 'event:\n  a:\n    reviewed: true\n', /:1: unknown section "event"/],
    [
      'an unknown field',
      'events:\n  a:\n    titel: X\n',
      /:3: events\.a: unknown field "titel" \(known: reviewed, hide/,
    ],
    [
      'a field of the wrong type',
      'events:\n  a:\n    reviewed: "yes"\n',
      /:3: events\.a\.reviewed must be true or false/,
    ],
    [
      'a date that is not one',
      'events:\n  a:\n    date: 31/2/2021\n',
      /:3: events\.a\.date "31\/2\/2021" is not a date/,
    ],
    [
      'an impossible day',
      'events:\n  a:\n    date: 2021-02-31\n',
      /:3: events\.a\.date "2021-02-31" is not a date/,
    ],
    [
      'a date outside the range',
      'events:\n\n  a:\n    date: 2018-12-31\n',
      /:4: events\.a\.date 2018-12-31 is outside the range 2019-01-01 – 2023-12-31/,
    ],
    [
      'a date that does not fit its precision',
      'events:\n  a:\n    date: 2021-04\n    precision: day\n',
      /:4: events\.a: date 2021-04 does not fit precision day/,
    ],
    [
      'an end before the start',
      'events:\n  a:\n    date: 2021-04-22\n    endDate: 2021-04-01\n',
      /:4: events\.a: endDate 2021-04-01 is before date/,
    ],
    [
      'a precision without a date',
      'events:\n  a:\n    precision: month\n',
      /:3: events\.a: precision and endDate are set with a date/,
    ],
    [
      'hide and merge together',
      'events:\n  a:\n    hide: trùng\n    mergeInto: b\n',
      /:4: events\.a: hide and mergeInto cannot go together/,
    ],
    [
      'an event merged into itself',
      'events:\n  a:\n    mergeInto: a\n',
      /:3: events\.a: an event cannot be merged into itself/,
    ],
    [
      'an empty reason to hide',
      'events:\n  a:\n    hide: ""\n',
      /:3: events\.a\.hide must be a non-empty string/,
    ],
    [
      'an id with capitals',
      'events:\n  Sự-kiện:\n    reviewed: true\n',
      /:2: events: "Sự-kiện" is not an id/,
    ],
    ['an entry that is not a map', 'events:\n  a: true\n', /:2: events\.a must be a map of fields/],
    [
      'an added event without its quote',
      'add:\n  x:\n    kind: event\n    date: 2021-01-01\n    title: T\n    source: a.txt\n',
      /:2: add\.x: an added event needs "quote"/,
    ],
    [
      'an added event from a path',
      'add:\n  x:\n    source: ../secret.txt\n',
      /:3: add\.x\.source "\.\.\/secret\.txt" is not a file name/,
    ],
    [
      'a link that is not a web address',
      'sources:\n  a:\n    url: "javascript:alert(1)"\n',
      /:3: sources\.a\.url must be an http: or https: address/,
    ],
    [
      'a role that ends before it starts',
      'people:\n  p:\n    addRoles:\n      - { title: Bí thư, from: 2021-05-01, to: 2021-01-01 }\n',
      /:4: people\.p\.addRoles role 1: from 2021-05-01 is after to 2021-01-01/,
    ],
    [
      'a role with an unknown field',
      'people:\n  p:\n    addRoles:\n      - { title: Bí thư, from: 2021-05-01, to: 2021-06-01, until: x }\n',
      /:4: people\.p\.addRoles role 1: unknown field "until"/,
    ],
    [
      'not a person, and renamed',
      'people:\n  p:\n    name: X\n    notAPerson: trường\n',
      /:4: people\.p: notAPerson cannot go with other fields/,
    ],
  ])('names the line of %s', (_, text, message) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(new RegExp(`^seeds/corrections\\.yaml${message.source}`));
  });

  it('leaves out an entry with an error and keeps the others', () => {
    const { corrections, errors } = parse(
      'events:\n  a:\n    reviewed: maybe\n  b:\n    reviewed: true\n',
    );
    expect(errors).toHaveLength(1);
    expect(corrections.events.map((e) => e.id)).toEqual(['b']);
  });
});
