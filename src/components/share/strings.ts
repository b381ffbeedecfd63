/**
 * The card's share actions and the download menu, one object per language. Kept here until the
 * lead merges them into `src/lib/i18n` (as `share:`).
 */
export type ShareLang = 'vi' | 'en';

export interface ShareStrings {
  actions: string;
  copyLink: string;
  copyViewLink: string;
  cite: string;
  citeText: string;
  citeMarkdown: string;
  citeCsl: string;
  citeTitle: string;
  citeStyle: string;
  citePreview: string;
  citeCopy: string;
  citeCslHint: string;
  embedEvent: string;
  original: string;
  /** The link's accessible name: where it goes and that it opens a new tab. */
  originalLabel: (outlet: string | null) => string;
  linkCopied: string;
  viewLinkCopied: string;
  citeCopied: (format: string) => string;
  copyManually: string;
  manualLabel: string;
  download: string;
  downloadLabel: string;
  json: string;
  csv: string;
  timelinejs: string;
  svg: string;
  png: string;
  downloaded: (file: string) => string;
  imageFailed: string;
  dataFailed: string;
  close: string;
}

export const SHARE_STRINGS: Record<ShareLang, ShareStrings> = {
  vi: {
    actions: 'Chia sẻ sự kiện',
    copyLink: 'Sao chép liên kết',
    copyViewLink: 'Liên kết tới góc nhìn này',
    cite: 'Trích dẫn',
    citeText: 'Văn bản thường',
    citeMarkdown: 'Markdown',
    citeCsl: 'CSL-JSON',
    citeTitle: 'Trích dẫn sự kiện',
    citeStyle: 'Kiểu trích dẫn',
    citePreview: 'Nội dung sẽ được sao chép',
    citeCopy: 'Sao chép trích dẫn',
    citeCslHint: 'Nhập vào Zotero, Mendeley và các trình quản lý tài liệu tham khảo.',
    embedEvent: 'Nhúng sự kiện',
    original: 'Bài gốc',
    originalLabel: (outlet) => `Mở bài gốc${outlet ? ` trên ${outlet}` : ''} (thẻ mới)`,
    linkCopied: 'Đã sao chép liên kết tới sự kiện.',
    viewLinkCopied: 'Đã sao chép liên kết tới góc nhìn này.',
    citeCopied: (format) => `Đã sao chép trích dẫn (${format}).`,
    copyManually: 'Không sao chép tự động được. Nội dung đã được chọn: hãy nhấn Ctrl+C (⌘C).',
    manualLabel: 'Nội dung để sao chép',
    download: 'Tải xuống',
    downloadLabel: 'Tải dữ liệu và hình ảnh',
    json: 'Dữ liệu JSON',
    csv: 'Bảng CSV',
    timelinejs: 'JSON cho TimelineJS',
    svg: 'Ảnh SVG',
    png: 'Ảnh PNG (2×)',
    downloaded: (file) => `Đã tải xuống ${file}.`,
    imageFailed: 'Không tạo được ảnh.',
    dataFailed: 'Không tải được dữ liệu đầy đủ. Hãy thử lại.',
    close: 'Đóng',
  },
  en: {
    actions: 'Share this event',
    copyLink: 'Copy link',
    copyViewLink: 'Copy link to this view',
    cite: 'Cite',
    citeText: 'Plain text',
    citeMarkdown: 'Markdown',
    citeCsl: 'CSL-JSON',
    citeTitle: 'Cite this event',
    citeStyle: 'Citation style',
    citePreview: 'Text to be copied',
    citeCopy: 'Copy citation',
    citeCslHint: 'Imports into Zotero, Mendeley and other reference managers.',
    embedEvent: 'Embed this event',
    original: 'Original article',
    originalLabel: (outlet) =>
      `Open the original article${outlet ? ` on ${outlet}` : ''} (new tab)`,
    linkCopied: 'Link to the event copied.',
    viewLinkCopied: 'Link to this view copied.',
    citeCopied: (format) => `Citation copied (${format}).`,
    copyManually: 'Could not copy automatically. The text is selected: press Ctrl+C (⌘C).',
    manualLabel: 'Text to copy',
    download: 'Download',
    downloadLabel: 'Download data and images',
    json: 'JSON data',
    csv: 'CSV table',
    timelinejs: 'TimelineJS JSON',
    svg: 'SVG image',
    png: 'PNG image (2×)',
    downloaded: (file) => `Downloaded ${file}.`,
    imageFailed: 'The image could not be made.',
    dataFailed: 'The full dataset could not be loaded. Please try again.',
    close: 'Close',
  },
};
