/**
 * The Embed dialog's and embed mode's strings, one object per language. Kept here until the lead
 * merges them into `src/lib/i18n` (as `embed:`).
 */
import type { EventKind } from '../../lib/dataset/types';
import { LANE_NAMES } from '../../lib/i18n/lane-names';

export type EmbedLang = 'vi' | 'en';

export interface EmbedStrings {
  open: string;
  title: string;
  close: string;
  size: string;
  fixed: string;
  responsive: string;
  width: string;
  height: string;
  ratio: string;
  startEvent: string;
  noStartEvent: string;
  startWindow: string;
  from: string;
  to: string;
  lanes: string;
  kinds: Record<EventKind, string>;
  language: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  showSearch: string;
  preview: string;
  snippet: string;
  copy: string;
  copied: string;
  copyManually: string;
  frameTitle: string;
  fullTimeline: string;
  newTab: string;
  wheelHint: string;
  /** The compact layout (issue 18). */
  compact: string;
  previous: string;
  next: string;
  previousShort: string;
  nextShort: string;
  strip: (count: number, from: string, to: string) => string;
  noEvents: string;
  /** The dialog: which layout the chosen size gets. */
  layoutFull: string;
  layoutCompact: string;
  layoutResponsive: (width: number) => string;
}

export const EMBED_STRINGS: Record<EmbedLang, EmbedStrings> = {
  vi: {
    open: 'Nhúng',
    title: 'Nhúng dòng thời gian',
    close: 'Đóng',
    size: 'Kích thước',
    fixed: 'Cố định',
    responsive: 'Co giãn theo trang',
    width: 'Rộng (px)',
    height: 'Cao (px)',
    ratio: 'Tỉ lệ khung',
    startEvent: 'Mở sẵn sự kiện',
    noStartEvent: 'Không mở sự kiện nào',
    startWindow: 'Khoảng thời gian ban đầu',
    from: 'Từ ngày',
    to: 'Đến ngày',
    lanes: 'Các làn hiển thị',
    kinds: LANE_NAMES.vi,
    language: 'Ngôn ngữ',
    theme: 'Giao diện',
    themeAuto: 'Theo hệ thống',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    showSearch: 'Hiện ô tìm kiếm',
    preview: 'Xem trước',
    snippet: 'Mã nhúng',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép mã nhúng.',
    copyManually: 'Không sao chép tự động được: mã đã được chọn, hãy nhấn Ctrl+C (⌘C).',
    frameTitle: 'Dòng thời gian Thành ủy Hà Nội 2019–2023',
    fullTimeline: 'Xem toàn bộ dòng thời gian',
    newTab: '(mở trong thẻ mới)',
    wheelHint: 'Nhấn vào dòng thời gian hoặc giữ Ctrl/⌘ để phóng to',
    compact: 'Dòng thời gian thu gọn',
    previous: 'Sự kiện trước',
    next: 'Sự kiện sau',
    previousShort: 'Trước',
    nextShort: 'Sau',
    strip: (n, from, to) => `${n} sự kiện từ ${from} đến ${to}`,
    noEvents: 'Không có sự kiện nào trong khoảng này.',
    layoutFull: 'Cỡ này dùng bố cục đầy đủ: các làn, thanh toàn cảnh, thẻ sự kiện bên cạnh.',
    layoutCompact:
      'Cỡ này dùng bố cục gọn (nhỏ hơn 480 × 360): một dải sự kiện, chú thích sự kiện đang xem và nút chuyển, không có ô tìm kiếm.',
    layoutResponsive: (w) =>
      `Khung co giãn dùng bố cục gọn khi hẹp hơn ${w} px, bố cục đầy đủ khi rộng hơn.`,
  },
  en: {
    open: 'Embed',
    title: 'Embed the timeline',
    close: 'Close',
    size: 'Size',
    fixed: 'Fixed',
    responsive: 'Responsive',
    width: 'Width (px)',
    height: 'Height (px)',
    ratio: 'Aspect ratio',
    startEvent: 'Open an event',
    noStartEvent: 'No event',
    startWindow: 'Initial window',
    from: 'From',
    to: 'To',
    lanes: 'Lanes shown',
    kinds: LANE_NAMES.en,
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    showSearch: 'Show the search box',
    preview: 'Preview',
    snippet: 'Embed code',
    copy: 'Copy code',
    copied: 'Embed code copied.',
    copyManually: 'Could not copy automatically: the code is selected, press Ctrl+C (⌘C).',
    frameTitle: 'Hanoi Party Committee timeline 2019–2023',
    fullTimeline: 'See the full timeline',
    newTab: '(opens in a new tab)',
    wheelHint: 'Click the timeline or hold Ctrl/⌘ to zoom',
    compact: 'Compact timeline',
    previous: 'Previous event',
    next: 'Next event',
    previousShort: 'Previous',
    nextShort: 'Next',
    strip: (n, from, to) => `${n} events from ${from} to ${to}`,
    noEvents: 'No events in this window.',
    layoutFull: 'This size gets the full layout: the lanes, the overview, the event card beside.',
    layoutCompact:
      'This size gets the compact layout (under 480 × 360): a strip of events, the current event as a caption and step buttons, no search box.',
    layoutResponsive: (w) =>
      `A responsive frame gets the compact layout when narrower than ${w} px, the full one when wider.`,
  },
};
