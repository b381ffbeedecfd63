/**
 * Presenter mode's strings, one object per language. Kept here until the lead merges them into
 * `src/lib/i18n` (as `present:`); the shape is what the components need.
 */
export type PresentLang = 'vi' | 'en';

export interface PresentStrings {
  region: string;
  /** The button that starts presenter mode. */
  start: string;
  controls: string;
  previous: string;
  next: string;
  progress: (step: number, count: number) => string;
  play: string;
  pause: string;
  interval: string;
  seconds: (n: number) => string;
  fullscreen: string;
  exitFullscreen: string;
  fullscreenRefused: string;
  exit: string;
  source: string;
  noSteps: string;
  help: string;
  inferred: string;
  exportPng: string;
  exportSvg: string;
  saved: (file: string) => string;
  saveFailed: string;
}

export const PRESENT_STRINGS: Record<PresentLang, PresentStrings> = {
  vi: {
    region: 'Trình chiếu',
    start: 'Trình chiếu',
    controls: 'Điều khiển trình chiếu',
    previous: 'Sự kiện trước',
    next: 'Sự kiện sau',
    progress: (step, count) => `Sự kiện ${step} trên ${count}`,
    play: 'Tự chạy',
    pause: 'Tạm dừng',
    interval: 'Thời gian mỗi sự kiện',
    seconds: (n) => `${n} giây`,
    fullscreen: 'Toàn màn hình',
    exitFullscreen: 'Thoát toàn màn hình',
    fullscreenRefused: 'Trình duyệt không cho phép toàn màn hình ở đây.',
    exit: 'Thoát trình chiếu',
    source: 'Nguồn',
    noSteps: 'Không có sự kiện nào để trình chiếu.',
    help: '→, PageDown hoặc phím cách: sự kiện sau; ←, PageUp: sự kiện trước; Home/End: đầu/cuối; Esc: thoát',
    inferred: 'ngày suy luận',
    exportPng: 'Ảnh PNG 16:9',
    exportSvg: 'SVG 16:9',
    saved: (file) => `Đã lưu ${file}`,
    saveFailed: 'Không lưu được ảnh trang chiếu.',
  },
  en: {
    region: 'Presentation',
    start: 'Present',
    controls: 'Presentation controls',
    previous: 'Previous event',
    next: 'Next event',
    progress: (step, count) => `Event ${step} of ${count}`,
    play: 'Autoplay',
    pause: 'Pause',
    interval: 'Time per event',
    seconds: (n) => `${n} seconds`,
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    fullscreenRefused: 'The browser does not allow full screen here.',
    exit: 'Exit presentation',
    source: 'Source',
    noSteps: 'There are no events to present.',
    help: '→, PageDown or Space: next event; ←, PageUp: previous; Home/End: first/last; Esc: exit',
    inferred: 'inferred date',
    exportPng: 'PNG 16:9',
    exportSvg: 'SVG 16:9',
    saved: (file) => `Saved ${file}`,
    saveFailed: 'Could not save the slide image.',
  },
};
