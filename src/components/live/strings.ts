/** The live-data notice's words (dev server only: not in the app's string tables). */
import type { Lang } from '../../lib/i18n';
import type { LiveNotice } from '../../lib/live/protocol';

const vi = {
  failed: 'Chưa cập nhật được dữ liệu: dòng thời gian vẫn là bản trước',
  warnings: 'Cảnh báo khi đọc bài',
  dismiss: 'Đóng thông báo',
  line: (n: number) => `dòng ${n}`,
  encoding: (byte: number | undefined) =>
    `tệp không phải UTF-8${byte === undefined ? '' : ` (byte ${byte})`}: hãy lưu lại dưới dạng UTF-8`,
};

const en: typeof vi = {
  failed: 'The data could not be updated: the timeline shows the previous version',
  warnings: 'Warnings while reading articles',
  dismiss: 'Dismiss',
  line: (n: number) => `line ${n}`,
  encoding: (byte: number | undefined) =>
    `not valid UTF-8${byte === undefined ? '' : ` (byte ${byte})`}: save it as UTF-8`,
};

export const liveStrings = (lang: Lang) => (lang === 'en' ? en : vi);

/** What a notice says: the encoding problem in the reader's language, the rest as the build wrote it. */
export function noticeText(notice: LiveNotice, lang: Lang): string {
  return notice.kind === 'encoding'
    ? liveStrings(lang).encoding(notice.byteOffset)
    : notice.message;
}
