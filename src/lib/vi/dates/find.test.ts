import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDateMentions, resolveMention, type DateMention } from './index';

const points = (s: string) => findDateMentions(s).filter((m) => m.kind === 'point');
const resolveFirst = (
  s: string,
  published: string | null = '2023-08-16',
  inferredYear: number | null = null,
) => {
  const m = points(s)[0];
  if (!m) return undefined;
  return resolveMention(m, { published, yearFor: () => inferredYear });
};

describe('findDateMentions reads the forms Vietnamese papers print', () => {
  it.each([
    ['Ngày 16/8, đồng chí Dũng chủ trì hội nghị', '2023-08-16', 'day'],
    ['Sáng 8/1, Thành ủy tổ chức hội nghị', '2023-01-08', 'day'],
    ['Ngày 11-4, Ban Chỉ đạo đã họp', '2023-04-11', 'day'],
    ['chiều 5-9, đoàn công tác làm việc', '2023-09-05', 'day'],
    ['Chỉ thị số 24-CT/TU ngày 7/8/2023 của Thành ủy', '2023-08-07', 'day'],
    ['ngày 2-10-2020, Đại hội khai mạc', '2020-10-02', 'day'],
    ['ngày 3 tháng 2 năm 2020, Đảng tròn 90 tuổi', '2020-02-03', 'day'],
    ['Sáng nay (22/4), Ban Thường vụ tổ chức hội nghị', '2023-04-22', 'day'],
    ['9h sáng nay (3-6), hội nghị khai mạc', '2023-06-03', 'day'],
    ['trong tháng 3/2021, Thành ủy ban hành', '2021-03', 'month'],
    ['những nhiệm vụ trong Quý I/2019 của Chương trình', '2019-01', 'quarter'],
    ['trọng tâm của năm 2021', '2021', 'year'],
  ])('%s → %s (%s)', (sentence, date, precision) => {
    const resolved = resolveFirst(sentence);
    expect(resolved).toMatchObject({ date, precision });
  });

  it('reads the same day written with and without a year', () => {
    expect(resolveFirst('ngày 07/8/2023')).toMatchObject({ date: '2023-08-07' });
    expect(resolveFirst('ngày 7/8', '2023-08-16')).toMatchObject({ date: '2023-08-07' });
  });

  it('gives a quarter its last day as the end of the window', () => {
    expect(resolveFirst('Quý I/2019')).toMatchObject({ date: '2019-01', endDate: '2019-03-31' });
  });

  it.each([
    'Đại hội Đảng bộ nhiệm kỳ 2020 - 2025',
    'giai đoạn 2016-2020',
    'theo Nghị định 30/2020/NĐ-CP của Chính phủ',
    'Chỉ thị 24-CT/TU và Kế hoạch 171-KH/TU',
    'với 23.041 đại biểu tham dự',
    'trên 35.000 cán bộ',
    'những tháng vừa qua',
    'tình hình hiện nay',
    'thông qua nghị quyết',
    'tỷ lệ 3/4 số phiếu',
    'mục tiêu đến năm 2030',
  ])('finds no event date in "%s"', (sentence) => {
    expect(points(sentence)).toEqual([]);
  });

  it('recognises terms and periods as such', () => {
    const [term] = findDateMentions('nhiệm kỳ 2020 - 2025');
    expect(term).toMatchObject({ kind: 'term', years: [2020, 2025] });
  });

  it('reports impossible dates instead of inventing them', () => {
    expect(resolveFirst('ngày 31/2, hội nghị')).toMatch(/31\/2/);
    expect(resolveFirst('ngày 29/2/2021')).toMatch(/29\/2\/2021/);
    expect(resolveFirst('ngày 29/2/2020')).toMatchObject({ date: '2020-02-29' });
  });

  it('takes the previous year for a day far after publication', () => {
    expect(resolveFirst('ngày 28/12, hội nghị', '2022-01-05')).toMatchObject({
      date: '2021-12-28',
    });
  });

  it('uses an inferred year when the article prints no date, and says so', () => {
    expect(resolveFirst('Sáng 8/1, hội nghị', null, 2022)).toEqual({
      date: '2022-01-08',
      precision: 'day',
      yearInferred: true,
    });
    expect(resolveFirst('Sáng 8/1, hội nghị', null, null)).toMatch(/năm/);
  });

  it('keeps offsets so the mention is a verbatim slice', () => {
    const s = 'Kế hoạch số 171-KH/TU ngày 14/8/2023 của Thành ủy';
    for (const m of findDateMentions(s)) expect(s.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('date parsing on arbitrary text (property)', () => {
  const vietnameseish = fc.string({
    unit: fc.constantFrom(...'0123456789/-. ngàytháchiềusáquýIV()năm,kỳđoạnNĐCPTU'.split('')),
    maxLength: 80,
  });
  it('never throws and never returns an impossible date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), vietnameseish), (text) => {
        const mentions: DateMention[] = findDateMentions(text);
        for (const m of mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          const r = resolveMention(m, { published: '2021-06-15' });
          if (typeof r === 'string') continue;
          if (r.precision === 'day') {
            const d = new Date(`${r.date}T00:00:00Z`);
            expect(d.toISOString().slice(0, 10)).toBe(r.date);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
