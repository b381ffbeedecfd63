/**
 * A small dataset for the share and export tests: one event per precision, a window, an alias,
 * and strings that are hostile in every output format (markup, quotes, formula starts).
 */
import type { Dataset, TimelineEvent } from '../dataset/types';

const event = (over: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent => ({
  kind: 'event',
  date: '2023-08-16',
  precision: 'day',
  dateInferred: false,
  title: 'Hội nghị trực tuyến quán triệt Chỉ thị 24-CT/TU',
  label: 'Quán triệt 24-CT/TU',
  summary: 'Thành ủy Hà Nội tổ chức hội nghị trực tuyến tới hơn 23 nghìn cán bộ.',
  people: [],
  documents: [],
  sources: [{ source: 'src-a', quote: 'Sáng 16/8, Thành ủy tổ chức hội nghị.' }],
  ...over,
});

export function testDataset(): Dataset {
  return {
    schemaVersion: 2,
    range: { start: '2019-01-01', end: '2023-12-31' },
    sources: [
      {
        id: 'src-a',
        file: 'a.txt',
        title: 'Hà Nội quán triệt Chỉ thị về kỷ luật công vụ',
        outlet: 'NDO',
        author: 'Hương Quỳnh',
        published: '2023-08-16',
        publishedInferred: false,
        url: 'https://nhandan.vn/ha-noi-quan-triet-chi-thi-24.html',
      },
      {
        id: 'src-b',
        file: 'b.txt',
        title: 'Bài không rõ tác giả',
        outlet: null,
        author: null,
        published: null,
        publishedInferred: false,
      },
      {
        id: 'src-evil',
        file: 'evil.txt',
        title: '<img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold* "q" & \'s\'',
        outlet: '=HYPERLINK("http://evil")',
        author: '@SUM(A1)',
        published: '2021-04-22',
        publishedInferred: true,
        url: 'https://evil.example/a b(c)<d>',
      },
    ],
    people: [
      { id: 'dinh-tien-dung', name: 'Đinh Tiến Dũng', roles: [] },
      { id: 'hoang-trung-hai', name: 'Hoàng Trung Hải', roles: [] },
    ],
    documents: [
      { id: '24-ct-tu', code: '24-CT/TU', type: 'Chỉ thị', issued: '2023-08-07' },
      {
        id: 'ke-hoach-x',
        code: null,
        type: 'Kế hoạch',
        title: 'Kế hoạch tuyên truyền',
        issued: null,
      },
    ],
    events: [
      event({
        id: '2023-08-16-hoi-nghi',
        people: ['dinh-tien-dung'],
        documents: ['24-ct-tu', 'ke-hoach-x'],
        sources: [
          { source: 'src-a', quote: 'Sáng 16/8, Thành ủy tổ chức hội nghị.' },
          { source: 'src-a', quote: 'Hội nghị có 23 nghìn cán bộ.' },
          { source: 'src-b', quote: 'Câu thứ hai.' },
        ],
      }),
      event({ id: '2023-08-thang', date: '2023-08', precision: 'month' }),
      event({ id: '2019-q1', date: '2019-01', endDate: '2019-03-31', precision: 'quarter' }),
      event({ id: '2021-nam', date: '2021', precision: 'year', dateInferred: true }),
      event({
        id: '2019-04-11-thay-bi-thu',
        kind: 'leadership',
        date: '2019-04-11',
        endDate: '2021-04-22',
        dateInferred: true,
        title: 'Đinh Tiến Dũng thay Hoàng Trung Hải',
        people: ['hoang-trung-hai', 'dinh-tien-dung'],
        fromPerson: 'hoang-trung-hai',
        toPerson: 'dinh-tien-dung',
        change: 'succession',
      }),
      event({
        id: 'evil',
        kind: 'directive',
        title: '<script>alert("x")</script> "Tiêu đề" & *đậm* _nghiêng_ `mã`',
        summary: '=1+1 </title><meta http-equiv="refresh"> [a](b)',
        sources: [{ source: 'src-evil', quote: '-2+3 "trích" ,dấu phẩy\nxuống dòng' }],
      }),
    ],
    aliases: { 'old-hoi-nghi': '2023-08-16-hoi-nghi' },
  };
}
