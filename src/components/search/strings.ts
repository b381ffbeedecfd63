/**
 * The search UI's strings, one object per language. Kept here until they move into
 * `src/lib/i18n` (the lead merges them as `search:`); the shape is what the components need.
 */
import type { EventKind } from '../../lib/dataset/types';
import { LANE_NAMES } from '../../lib/i18n/lane-names';

export type SearchLang = 'vi' | 'en';

export interface SearchStrings {
  label: string;
  placeholder: string;
  shortcut: string;
  groups: { events: string; people: string; documents: string };
  count: (n: number) => string;
  noResults: (query: string) => string;
  clearAll: string;
  clearQuery: string;
  hint: string;
  loading: string;
  issued: string;
  lanesLabel: string;
  lanes: Record<EventKind, string>;
  filtersLabel: string;
  person: string;
  document: string;
  remove: (what: string) => string;
  /** The filter bar: when the query and filters leave no event. */
  noMatches: string;
  eventNotFound: (id: string) => string;
  dismiss: string;
}

export const SEARCH_STRINGS: Record<SearchLang, SearchStrings> = {
  vi: {
    label: 'Tìm kiếm sự kiện, nhân vật, văn bản',
    placeholder: 'Tìm tên, số hiệu, chủ đề…',
    shortcut: 'Nhấn / để tìm',
    groups: { events: 'Sự kiện', people: 'Nhân vật', documents: 'Văn bản' },
    count: (n) => `${n} kết quả`,
    noResults: (q) => `Không tìm thấy kết quả cho “${q}”.`,
    clearAll: 'Xóa tìm kiếm và bộ lọc',
    clearQuery: 'Xóa từ khóa',
    hint: 'Thử bỏ dấu, gõ tên khác, hoặc xóa bộ lọc.',
    loading: 'Đang chuẩn bị tìm kiếm…',
    issued: 'ban hành',
    lanesLabel: 'Hiện các làn',
    lanes: LANE_NAMES.vi,
    filtersLabel: 'Bộ lọc đang dùng',
    person: 'Nhân vật',
    document: 'Văn bản',
    remove: (what) => `Bỏ lọc ${what}`,
    noMatches: 'Không có sự kiện nào khớp.',
    eventNotFound: (id) => `Không tìm thấy sự kiện “${id}”. Đang hiển thị toàn bộ dòng thời gian.`,
    dismiss: 'Đóng thông báo',
  },
  en: {
    label: 'Search events, people, documents',
    placeholder: 'Search names, codes, topics…',
    shortcut: 'Press / to search',
    groups: { events: 'Events', people: 'People', documents: 'Documents' },
    count: (n) => (n === 1 ? '1 result' : `${n} results`),
    noResults: (q) => `No results for “${q}”.`,
    clearAll: 'Clear search and filters',
    clearQuery: 'Clear search',
    hint: 'Try fewer words, another name, or clearing the filters.',
    loading: 'Preparing search…',
    issued: 'issued',
    lanesLabel: 'Show lanes',
    lanes: LANE_NAMES.en,
    filtersLabel: 'Active filters',
    person: 'Person',
    document: 'Document',
    remove: (what) => `Remove filter ${what}`,
    noMatches: 'No event matches.',
    eventNotFound: (id) => `Event not found: “${id}”. Showing the whole timeline.`,
    dismiss: 'Dismiss',
  },
};
