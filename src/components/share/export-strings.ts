/**
 * The slide exports' menu items (issue 18), one object per language. Apart from SHARE_STRINGS so
 * the share strings and these can change without touching each other.
 */
import type { Lang } from '../../lib/i18n';

export interface ExportStrings {
  slidePng: string;
  slideSvg: string;
}

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = {
  vi: { slidePng: 'Ảnh PNG 16:9 (1920×1080)', slideSvg: 'SVG 16:9 (trang chiếu)' },
  en: { slidePng: 'PNG 16:9 (1920×1080)', slideSvg: 'SVG 16:9 (slide)' },
};
