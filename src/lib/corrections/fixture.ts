/**
 * A small compiled dataset and the articles behind it, written for the corrections tests in the
 * style of the seeds (invented text, not a real article).
 */
import type { Dataset } from '../dataset/types';
import type { ArticleText } from './quotes';

export const ARTICLES: Record<string, string> = {
  'a.txt': [
    'Thành ủy tổng kết công tác năm 2021',
    '',
    'Sáng 8/1, Thành ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.',
    'Bí thư Thành ủy Nguyễn Văn An chủ trì hội nghị.',
    'Chiều cùng ngày, Ban Thường vụ đã họp bàn kế hoạch tuyên truyền năm 2022.',
  ].join('\n'),
  'b.txt': [
    'Quán triệt Chỉ thị 05-CT/TU',
    '',
    'Ngày 16/8/2023, Thành ủy quán triệt Chỉ thị 05-CT/TU tới cán bộ chủ chốt.',
    'Ông Lê Quý Đôn phát biểu tại hội nghị.',
  ].join('\n'),
};

export const articleText: ArticleText = (file) => ARTICLES[file] ?? null;

export function fixtureDataset(): Dataset {
  return {
    schemaVersion: 2,
    range: { start: '2019-01-01', end: '2023-12-31' },
    sources: [
      {
        id: 'a',
        file: 'a.txt',
        title: 'Thành ủy tổng kết công tác năm 2021',
        outlet: null,
        author: null,
        published: null,
        publishedInferred: false,
      },
      {
        id: 'b',
        file: 'b.txt',
        title: 'Quán triệt Chỉ thị 05-CT/TU',
        outlet: 'HNM',
        author: null,
        published: '2023-08-16',
        publishedInferred: false,
      },
    ],
    events: [
      {
        id: '2022-01-08-tong-ket',
        kind: 'event',
        date: '2022-01-08',
        precision: 'day',
        dateInferred: true,
        dateBasis: 'Bài không ghi ngày đăng; năm 2022 là năm gần nhất bài nhắc tới.',
        dateReason: { kind: 'year-from-text', year: 2022 },
        title: 'Hội nghị tổng kết công tác xây dựng Đảng năm 2021',
        label: 'Tổng kết xây dựng Đảng 2021',
        summary: 'Sáng 8/1, Thành ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.',
        people: ['nguyen-van-an'],
        documents: [],
        sources: [
          {
            source: 'a',
            quote: 'Sáng 8/1, Thành ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2021.',
            line: 3,
            highlights: ['8/1'],
          },
        ],
        roles: [{ person: 'nguyen-van-an', titles: ['Bí thư Thành ủy'] }],
        chairs: ['nguyen-van-an'],
      },
      {
        id: '2023-08-16-quan-triet',
        kind: 'event',
        date: '2023-08-16',
        precision: 'day',
        dateInferred: false,
        title: 'Quán triệt Chỉ thị 05-CT/TU',
        label: 'Quán triệt 05-CT/TU',
        summary: 'Ngày 16/8/2023, Thành ủy quán triệt Chỉ thị 05-CT/TU tới cán bộ chủ chốt.',
        people: ['le-quy-don'],
        documents: ['05-ct-tu'],
        sources: [
          {
            source: 'b',
            quote: 'Ngày 16/8/2023, Thành ủy quán triệt Chỉ thị 05-CT/TU tới cán bộ chủ chốt.',
            line: 3,
            highlights: ['16/8/2023'],
          },
        ],
      },
      {
        id: '2023-08-16-hoi-nghi-can-bo',
        kind: 'event',
        date: '2023-08-16',
        precision: 'day',
        dateInferred: false,
        title: 'Hội nghị cán bộ chủ chốt',
        label: 'Hội nghị cán bộ chủ chốt',
        summary: 'Ông Lê Quý Đôn phát biểu tại hội nghị.',
        people: ['le-quy-don'],
        documents: [],
        sources: [{ source: 'b', quote: 'Ông Lê Quý Đôn phát biểu tại hội nghị.', line: 4 }],
      },
    ],
    people: [
      {
        id: 'nguyen-van-an',
        name: 'Nguyễn Văn Ân',
        roles: [{ title: 'Bí thư Thành ủy', firstSeen: '2022-01-08', lastSeen: '2022-01-08' }],
      },
      { id: 'le-quy-don', name: 'Lê Quý Đôn', roles: [] },
    ],
    documents: [
      { id: '05-ct-tu', code: '05-CT/TU', type: 'Chỉ thị', issued: null },
      { id: '12-kh-tu', code: '12-KH/TU', type: 'Kế hoạch', issued: '2023-09-01' },
    ],
    aliases: { '2023-08-15-quan-triet-cu': '2023-08-16-hoi-nghi-can-bo' },
  };
}
