import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../dataset/types';
import { dateReasonText, eventTitle, leadershipSummary } from './event-explanation';

const NAMES: Record<string, string> = {
  'hoang-trung-hai': 'Hoàng Trung Hải',
  'dinh-tien-dung': 'Đinh Tiến Dũng',
  'nguyen-duc-chung': 'Nguyễn Đức Chung',
};
const names = (id: string) => NAMES[id];

/** Letters only Vietnamese writes: none may appear in an English sentence composed here. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/** The English text with the names and offices (which stay as written) taken out. */
const withoutNames = (text: string, office = '') =>
  [...Object.values(NAMES), office].reduce((t, n) => (n ? t.split(n).join('') : t), text);

const succession: TimelineEvent = {
  id: 'x',
  kind: 'leadership',
  date: '2019-04-11',
  endDate: '2021-04-22',
  precision: 'day',
  dateInferred: true,
  dateBasis: 'Ngày thay đổi không được nêu: bài ngày 11/04/2019 còn ghi …',
  title: 'Đinh Tiến Dũng thay Hoàng Trung Hải làm Bí thư Thành ủy Hà Nội',
  label: 'Thay BT TU: Đinh Tiến Dũng',
  summary: 'Bí thư Thành ủy Hà Nội: Hoàng Trung Hải (còn giữ chức ngày 11/04/2019) được thay bởi …',
  people: ['dinh-tien-dung', 'hoang-trung-hai'],
  documents: [],
  sources: [],
  office: 'Bí thư Thành ủy Hà Nội',
  fromPerson: 'hoang-trung-hai',
  toPerson: 'dinh-tien-dung',
  change: 'succession',
};

describe('dateReasonText words the reason for an inferred date in the reader’s language', () => {
  it.each([
    [
      { kind: 'publication-day', published: '2021-04-23' } as const,
      'The article does not say when this happened; its publication day, 23 April 2021, stands in: the event took place on that day or shortly before.',
      'Bài không nêu ngày diễn ra; lấy theo ngày đăng 23/4/2021, sự kiện diễn ra trong hoặc ngay trước ngày này.',
    ],
    [
      { kind: 'year-from-text', year: 2022 } as const,
      'The article gives the day and month but not the year; 2022 is the year its other dates point to.',
      'Bài nêu ngày và tháng nhưng không nêu năm; năm 2022 là năm các mốc khác trong bài cùng chỉ tới.',
    ],
    [
      { kind: 'window', from: '2019-04-11', to: '2021-04-22' } as const,
      'The change is not dated: an article of 11 April 2019 still names Hoàng Trung Hải as Bí thư Thành ủy Hà Nội; one of 22 April 2021 names Đinh Tiến Dũng. It happened in between.',
      'Ngày thay đổi không được nêu: bài ngày 11/4/2019 còn ghi Hoàng Trung Hải là Bí thư Thành ủy Hà Nội, bài ngày 22/4/2021 đã ghi Đinh Tiến Dũng. Thay đổi diễn ra trong khoảng này.',
    ],
  ])('%o', (dateReason, en, vi) => {
    const event = { ...succession, dateReason, dateBasis: undefined };
    expect(dateReasonText(event, names, 'en')).toBe(en);
    expect(withoutNames(en, event.office)).not.toMatch(VIETNAMESE_LETTERS);
    expect(dateReasonText(event, names, 'vi')).toBe(vi);
  });

  it('keeps the compiler’s Vietnamese words in Vietnamese, never in English', () => {
    expect(dateReasonText(succession, names, 'vi')).toBe(succession.dateBasis);
    expect(dateReasonText(succession, names, 'en')).toMatch(/^The change is not dated/);
  });

  it('says only that the date was inferred when the data gives no reason', () => {
    const event = { ...succession, kind: 'event' as const, dateBasis: undefined };
    expect(dateReasonText(event, names, 'en')).toBe(
      'The articles do not state this date; it was inferred from their text.',
    );
  });

  it('is null for a date the articles state', () => {
    expect(dateReasonText({ ...succession, dateInferred: false }, names, 'en')).toBeNull();
  });
});

describe('a change of office in English, from its fields', () => {
  const stated = { ...succession, endDate: undefined, dateInferred: false };
  it.each([
    [
      succession,
      'Đinh Tiến Dũng succeeds Hoàng Trung Hải as Bí thư Thành ủy Hà Nội',
      'Đinh Tiến Dũng succeeds Hoàng Trung Hải as Bí thư Thành ủy Hà Nội, between 11 April 2019 and 22 April 2021.',
    ],
    [
      { ...stated, change: 'election' as const, date: '2020-06-20' },
      'Đinh Tiến Dũng elected as Bí thư Thành ủy Hà Nội',
      'Đinh Tiến Dũng elected as Bí thư Thành ủy Hà Nội, succeeding Hoàng Trung Hải, on 20 June 2020.',
    ],
    [
      {
        ...stated,
        change: 'appointment' as const,
        fromPerson: undefined,
        precision: 'month' as const,
        date: '2020-06',
      },
      'Đinh Tiến Dũng appointed as Bí thư Thành ủy Hà Nội',
      'Đinh Tiến Dũng appointed as Bí thư Thành ủy Hà Nội, in June 2020.',
    ],
    [
      {
        ...stated,
        change: 'suspension' as const,
        fromPerson: 'nguyen-duc-chung',
        toPerson: undefined,
        office: 'Chủ tịch UBND Thành phố Hà Nội',
      },
      'Nguyễn Đức Chung suspended from duty as Chủ tịch UBND Thành phố Hà Nội',
      'Nguyễn Đức Chung suspended from duty as Chủ tịch UBND Thành phố Hà Nội, on 11 April 2019.',
    ],
    [
      {
        ...stated,
        change: 'discipline' as const,
        sanction: 'expulsion' as const,
        fromPerson: 'nguyen-duc-chung',
        toPerson: undefined,
      },
      'Nguyễn Đức Chung expelled from the Party',
      'Nguyễn Đức Chung expelled from the Party, on 11 April 2019.',
    ],
  ])('%#: %s', (event, title, summary) => {
    expect(eventTitle(event, names, 'en')).toBe(title);
    expect(leadershipSummary(event, names, 'en')).toBe(summary);
    expect(withoutNames(leadershipSummary(event, names, 'en')!, event.office)).not.toMatch(
      VIETNAMESE_LETTERS,
    );
  });

  it('leaves Vietnamese and other kinds of event as the data has them', () => {
    expect(eventTitle(succession, names, 'vi')).toBe(succession.title);
    expect(leadershipSummary(succession, names, 'vi')).toBeNull();
    const conference = { ...succession, kind: 'event' as const };
    expect(eventTitle(conference, names, 'en')).toBe(succession.title);
    expect(leadershipSummary(conference, names, 'en')).toBeNull();
  });

  it('keeps the data’s title when it cannot name who changed office', () => {
    const nobody = { ...succession, fromPerson: 'gone', toPerson: 'gone' };
    expect(eventTitle(nobody, names, 'en')).toBe(succession.title);
    expect(leadershipSummary(nobody, names, 'en')).toBeNull();
  });
});
