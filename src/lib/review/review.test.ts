import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../corrections/fixture';
import type { TimelineEvent } from '../dataset/types';
import { articlePieces } from './article-marks';
import { newEventId, slugOf } from './new-id';
import { isFragmentTitle, reviewQueue } from './queue';

describe('reviewQueue', () => {
  it('puts the most doubtful first and what an editor checked last', () => {
    const dataset = fixtureDataset();
    dataset.events.push({
      ...dataset.events[1]!,
      id: '2023-08-16-da-kiem-tra',
      dateInferred: true,
      dateReason: { kind: 'year-from-text', year: 2023 },
      reviewed: true,
    });
    const queue = reviewQueue(dataset);
    expect(queue.map((q) => [q.event.id, q.doubts])).toEqual([
      ['2022-01-08-tong-ket', ['year-inferred', 'fragment-title', 'single-source']],
      ['2023-08-16-quan-triet', ['person-without-role', 'fragment-title', 'single-source']],
      ['2023-08-16-hoi-nghi-can-bo', ['person-without-role', 'single-source']],
      [
        '2023-08-16-da-kiem-tra',
        ['year-inferred', 'person-without-role', 'fragment-title', 'single-source'],
      ],
    ]);
    expect(queue.at(-1)!.checked).toBe(true);
  });

  it('tells an inferred window of office and a publication day from a guessed year', () => {
    const [event] = fixtureDataset().events;
    const queue = (e: Partial<TimelineEvent>) =>
      reviewQueue({ ...fixtureDataset(), events: [{ ...event!, ...e }] })[0]!.doubts[0];
    expect(queue({ dateReason: { kind: 'window', from: '2019-04-11', to: '2021-04-22' } })).toBe(
      'window-inferred',
    );
    expect(queue({ dateReason: { kind: 'publication-day', published: '2022-01-08' } })).toBe(
      'date-inferred',
    );
    // Older files give the reason only in words.
    expect(queue({ dateReason: undefined })).toBe('year-inferred');
  });

  it.each([
    ['Thành ủy ban hành Chỉ thị 24-CT/TU về tăng cường kỷ cương, kỷ luật và trách…', true],
    ['Hội nghị', true],
    ['Tổ chức hội nghị tổng kết', true], // a piece of its own quote, as it stands
    ['Bầu ông Nguyễn Văn An làm Bí thư Thành ủy', false],
  ])('judges %j a fragment: %s', (title, fragment) => {
    const event = { ...fixtureDataset().events[0]!, title };
    event.sources = [
      { source: 'a', quote: 'Sáng 8/1, Thành ủy tổ chức hội nghị tổng kết công tác.' },
    ];
    expect(isFragmentTitle(event)).toBe(fragment);
  });
});

describe('articlePieces', () => {
  const text =
    'Tiêu đề về 05-CT/TU\n\nNgày 16/8, Thành ủy quán triệt Chỉ thị 05-CT/TU.\nÔng An phát biểu.';
  it('marks the quote on its line, the facts inside it, and names and codes anywhere', () => {
    const pieces = articlePieces(
      text,
      [
        {
          source: 'b',
          quote: 'Ngày 16/8, Thành ủy quán triệt Chỉ thị 05-CT/TU.',
          line: 3,
          highlights: ['16/8'],
        },
      ],
      ['Ông An'],
      ['05-CT/TU'],
    );
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.kind).map((p) => [p.text, p.kind, p.quote])).toEqual([
      ['05-CT/TU', 'code', false],
      ['16/8', 'fact', true],
      ['05-CT/TU', 'code', true],
      ['Ông An', 'name', false],
    ]);
    expect(pieces.filter((p) => p.quoteStart).map((p) => p.text)).toEqual(['Ngày ']);
  });

  it('leaves the text whole and unmarked when the quote is not in it', () => {
    expect(articlePieces(text, [{ source: 'b', quote: 'Không có câu này.' }], [], [])).toEqual([
      { text, quote: false, kind: null },
    ]);
  });
});

describe('newEventId', () => {
  it('is the date and the title’s words, numbered when taken', () => {
    expect(slugOf('Ban Thường vụ họp bàn công tác Đảng')).toBe(
      'ban-thuong-vu-hop-ban-cong-tac-dang',
    );
    expect(newEventId('2021-04-22', 'Họp Ban Thường vụ', new Set())).toBe(
      '2021-04-22-hop-ban-thuong-vu',
    );
    expect(
      newEventId('2021-04-22', 'Họp Ban Thường vụ', new Set(['2021-04-22-hop-ban-thuong-vu'])),
    ).toBe('2021-04-22-hop-ban-thuong-vu-2');
  });
});
