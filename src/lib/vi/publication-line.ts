/**
 * The publication line of a Vietnamese news page: a full date, with what pages print around it
 * (weekday, time, labels, view counts, the section, sometimes the byline), split by pipes:
 * `Thứ ba, 17:51 06/10/2020 | Xã hội`, `Ngày đăng 17/07/2019 | 09:15 | View count: 85`,
 * `Cập nhật ngày: 18/12/2020 05:12:28`, `Hương Quỳnh | 16.08.2023 18:43`. Each kind of piece is
 * one rule below; the line is a publication line when every piece is one of them and exactly one
 * full date is among them. Examples: `PUBLICATION_EXAMPLES`, tested in `publication-line.test.ts`.
 */
import { findDateMentions } from './dates';
import { foldForMatch } from './fold';

export interface PublicationLine {
  /** `YYYY-MM-DD`. */
  published: string;
  author?: string;
}

// The pieces printed beside the date in its own segment, folded. Removed before checking that
// nothing else is left.
const BESIDE_DATE =
  /ngay dang|dang luc|dang ngay|cap nhat(?: lan cuoi)?(?: ngay| luc)?|xuat ban|thoi gian|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|gmt\s*[+-]\s*\d+|\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?|(?:^|\s)(?:ngay|luc|vao)(?=\s|$)|[,\-–•·():]/gu;

// Segments (between pipes) with no date that a publication line may hold, folded.
const SEGMENT_RULES: { name: string; test: RegExp }[] = [
  { name: 'time', test: /^\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?$/u },
  {
    name: 'views',
    test: /^(?:luot xem|view count|views?|luot doc)\s*:?\s*[\d.,]+$|^[\d.,]+\s*(?:luot xem|views?)$/u,
  },
  { name: 'zone', test: /^\(?gmt\s*[+-]\s*\d+\)?$/u },
  { name: 'weekday', test: /^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)$/u },
  {
    name: 'section',
    test: /^(?:xa hoi|thoi su|chinh tri|kinh te|phap luat|the gioi|van hoa|giao duc|suc khoe|the thao|doi song|tin tuc|trong nuoc|quoc te|dia phuong|tieu diem|do thi|ban doc|cong tac dang|xay dung dang|hoat dong dang|tin tuc - su kien|chinh tri - xa hoi|tin moi|tin noi bat|su kien|nong)$/u,
  },
];

/** `Hương Quỳnh`, `PV`, `Nhóm PV`: a byline printed in the publication line. */
const BYLINE_SEGMENT =
  /^(?:(?:nhóm\s+)?PV|[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){1,3}|[\p{Lu}]\.[\p{Lu}.]*\s?[\p{Lu}][\p{Ll}]+)$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a publication line; null if the line carries anything but what such lines carry. */
export function readPublicationLine(text: string): PublicationLine | null {
  // Every form names a day with a four-digit year: most lines of an article hold none.
  if (text.length > 120 || !/\d{4}/u.test(text)) return null;
  const segments = text.split(/\s*[|•·]\s*/u).filter((x) => x.trim());
  let published: string | null = null;
  let author: string | undefined;
  for (const segment of segments) {
    const dates = findDateMentions(segment).filter(
      (m) => m.kind === 'point' && m.precision === 'day' && m.year && m.endDay === undefined,
    );
    if (dates.length > 1 || (dates.length === 1 && published)) return null;
    const folded = foldForMatch(segment).replace(/\s+/gu, ' ').trim();
    if (dates.length === 1) {
      const m = dates[0]!;
      if (m.invalid) return null;
      const rest = foldForMatch(segment.slice(0, m.start) + ' ' + segment.slice(m.end)).replace(
        BESIDE_DATE,
        ' ',
      );
      if (/[\p{L}\p{N}]/u.test(rest)) return null;
      published = `${m.year}-${pad(m.month!)}-${pad(m.day!)}`;
      continue;
    }
    if (SEGMENT_RULES.some((r) => r.test.test(folded))) continue;
    if (!author && BYLINE_SEGMENT.test(segment.trim()) && segments.length > 1) {
      author = segment.trim();
      continue;
    }
    return null;
  }
  return published ? { published, ...(author ? { author } : {}) } : null;
}

/** Lines → what they say (`null`: not a publication line). */
export const PUBLICATION_EXAMPLES: readonly [string, PublicationLine | null][] = [
  ['11/04/2019 16:37', { published: '2019-04-11' }],
  ['Ngày đăng 16/08/2023 | 18:43 | Lượt xem: 11187', { published: '2023-08-16' }],
  ['14:53, 23/04/2021', { published: '2021-04-23' }],
  ['Thứ Năm, 03/09/2020 - 09:15 (GMT+7)', { published: '2020-09-03' }],
  ['Cập nhật: 10:20 - 12/02/2020', { published: '2020-02-12' }],
  ['Cập nhật: 14:10 - 25/06/2021', { published: '2021-06-25' }],
  ['Minh Hà | 19.07.2022 10:05', { published: '2022-07-19', author: 'Minh Hà' }],
  ['Thứ ba, 17:51 06/10/2020 | Xã hội', { published: '2020-10-06' }],
  ['Ngày đăng 17/07/2019 | 09:15  | View count: 85', { published: '2019-07-17' }],
  ['Cập nhật ngày: 18/12/2020 05:12:28', { published: '2020-12-18' }],
  ['15/10/2020, 18:06', { published: '2020-10-15' }],
  ['10/03/2023 - 12:40', { published: '2023-03-10' }],
  ['06.10.2020 17:51', { published: '2020-10-06' }],
  ['Hương Quỳnh | 16/08/2023 18:43', { published: '2023-08-16', author: 'Hương Quỳnh' }],
  ['16/08/2023 18:43 | Thời sự', { published: '2023-08-16' }],
  ['Chủ nhật, 12/3/2023, 07:00 (GMT+7)', { published: '2023-03-12' }],
  ['Ngày 16/8/2023, Thành ủy tổ chức hội nghị', null],
  ['Chỉ thị số 24-CT/TU ngày 7/8/2023', null],
  ['12/02/2020 - 13/02/2020', null],
  ['31/02/2020 10:00', null],
];
