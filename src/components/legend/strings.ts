/**
 * The legend's lines, one object per language: loaded with the legend and the exports, not before
 * the first draw (the toggle's own label is in `lib/i18n`, as `legend.show`).
 */
import type { Lang } from '../../lib/i18n';

export interface LegendStrings {
  label: string;
  inferred: string;
  window: string;
  implements: string;
  disseminates: string;
}

export const LEGEND_STRINGS: Record<Lang, LegendStrings> = {
  vi: {
    label: 'Chú giải ký hiệu',
    inferred: 'Ngày suy luận (không ghi rõ trong bài)',
    window: 'Khoảng thời gian chưa chắc chắn',
    implements: 'Thực hiện văn bản',
    disseminates: 'Phổ biến, quán triệt',
  },
  en: {
    label: 'Legend of the marks',
    inferred: 'Inferred date (not stated in the article)',
    window: 'Window of uncertainty',
    implements: 'Carries out a document',
    disseminates: 'Disseminates a document',
  },
};
