/**
 * The name of each lane, the one name it has on screen, in the filter chips, the Embed dialog, the
 * image and TimelineJS exports. Kept apart so no place can drift to a synonym (the leadership lane
 * once read "Lãnh đạo" on screen and "Nhân sự" in the exports).
 */
import type { EventKind } from '../dataset/types';
import type { Lang } from './index';

export const LANE_NAMES: Record<Lang, Record<EventKind, string>> = {
  vi: { event: 'Sự kiện', leadership: 'Lãnh đạo', directive: 'Văn bản' },
  en: { event: 'Events', leadership: 'Leadership', directive: 'Directives' },
};
