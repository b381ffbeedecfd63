import { describe, expect, it } from 'vitest';
import { extractArticleFacts } from './article-facts';

const article = (...body: string[]) =>
  [
    'Tin công tác cán bộ của tỉnh Đắk Lắk trong tuần',
    '',
    'Ngày đăng 17/07/2019 | 09:15',
    '',
    ...body,
  ].join('\n\n');
const changes = (text: string) =>
  extractArticleFacts('t.txt', text)
    .events.filter((e) => e.kind === 'leadership')
    .map((e) => [e.person, e.office, e.change, e.fromPersonName, e.date.date]);

describe('changes of office, read', () => {
  it('takes the office after `cách chức`, wherever the measure stands', () => {
    expect(
      changes(
        article(
          'Ngày 5/7, Ban Thường vụ Tỉnh ủy Đắk Lắk đã thi hành kỷ luật bằng hình thức cách chức Bí thư Đảng ủy xã Cư Né đối với ông Nguyễn Đình Tấn do vi phạm quy chế làm việc.',
        ),
      ),
    ).toEqual([
      ['Nguyễn Đình Tấn', 'Bí thư Đảng ủy xã Cư Né', 'discipline', undefined, '2019-07-05'],
    ]);
  });

  it('gives a measure the official’s office, not a district committee membership', () => {
    expect(
      changes(
        article(
          'Ngày 16/7, Ủy ban Kiểm tra Tỉnh ủy quyết định kỷ luật bằng hình thức cảnh cáo đối với ông Đặng Quốc Hưng, Huyện ủy viên, Phó Chủ tịch UBND huyện Krông Búk.',
        ),
      ),
    ).toEqual([
      [
        'Đặng Quốc Hưng',
        'Phó Chủ tịch UBND huyện Krông Búk',
        'discipline',
        undefined,
        '2019-07-16',
      ],
    ]);
  });

  it('reads running a body (`phụ trách, điều hành`) as its head’s office', () => {
    expect(
      changes(
        article(
          'Ngày 16/7, Ban Thường vụ Tỉnh ủy đã phân công ông Lê Văn Minh, Phó Chủ tịch UBND tỉnh, phụ trách, điều hành hoạt động của UBND tỉnh thay ông Trần Văn Hòa.',
        ),
      ),
    ).toEqual([
      ['Lê Văn Minh', 'Chủ tịch UBND tỉnh Đắk Lắk', 'assignment', 'Trần Văn Hòa', '2019-07-16'],
    ]);
  });

  it('titles running a body as such, and gives no role of its head', () => {
    const facts = extractArticleFacts(
      't.txt',
      article(
        'Ngày 16/7, Ban Thường vụ Tỉnh ủy đã phân công ông Lê Văn Minh, Phó Chủ tịch UBND tỉnh, phụ trách, điều hành hoạt động của UBND tỉnh thay ông Trần Văn Hòa.',
      ),
    );
    expect(facts.events.find((e) => e.kind === 'leadership')?.title).toBe(
      'Phân công ông Lê Văn Minh phụ trách, điều hành UBND tỉnh Đắk Lắk, thay ông Trần Văn Hòa',
    );
    const roles = facts.sightings.filter((s) => s.name === 'Lê Văn Minh').map((s) => s.title);
    expect(roles).not.toContain('Chủ tịch UBND tỉnh Đắk Lắk');
  });

  it('keeps the body’s statement of a change the headline states shorter', () => {
    const text = [
      'Ông Trịnh Minh Khoa được bầu giữ chức Chủ tịch UBND tỉnh Khánh Hòa',
      'Thứ ba, 17:51 13/10/2020 | Xã hội',
      'Chiều 13/10, Kỳ họp thứ 12 HĐND tỉnh Khánh Hòa khóa VI đã bế mạc. Tại kỳ họp, ông Trịnh Minh Khoa, Phó Bí thư Tỉnh ủy, được bầu giữ chức Chủ tịch UBND tỉnh Khánh Hòa thay cho ông Võ Thành Long, nghỉ hưu theo chế độ.',
    ].join('\n\n');
    const found = extractArticleFacts('t.txt', text).events.filter((e) => e.kind === 'leadership');
    expect(found).toHaveLength(1);
    expect([found[0]!.fromPersonName, found[0]!.quality, found[0]!.sentence.role]).toEqual([
      'Võ Thành Long',
      'published-year',
      'body',
    ]);
  });

  it('does not date a happening `Trước đó` by the publication day', () => {
    const text = article(
      'Trước đó, tại kỳ họp chuyên đề, HĐND tỉnh đã thông qua nhiều nghị quyết quan trọng về đầu tư công.',
    );
    expect(extractArticleFacts('t.txt', text).events.filter((e) => e.kind === 'event')).toEqual([]);
  });
});
