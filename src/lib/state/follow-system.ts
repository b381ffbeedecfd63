/**
 * The system's display preferences, followed while the page is open: a viewer whose system turns
 * dark at sunset, or who turns on high contrast or reduced motion, sees the app follow without a
 * reload. Read once at start-up they would hold until then.
 */
import type { Prefs } from './prefs.svelte';

const QUERIES = {
  dark: '(prefers-color-scheme: dark)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
  forcedColors: '(forced-colors: active)',
} as const;

/** Applies the system's preferences to `prefs` now and on every change; returns the unsubscribe. */
export function followSystem(
  prefs: Prefs,
  match: (query: string) => MediaQueryList = (query) => matchMedia(query),
): () => void {
  const apply: Record<keyof typeof QUERIES, (matches: boolean) => void> = {
    dark: (dark) => prefs.setSystemTheme(dark ? 'dark' : 'light'),
    reducedMotion: (reduced) => prefs.setReducedMotion(reduced),
    forcedColors: (forced) => prefs.setForcedColors(forced),
  };
  const stops = (Object.keys(QUERIES) as (keyof typeof QUERIES)[]).map((key) => {
    const list = match(QUERIES[key]);
    const onchange = (event: MediaQueryListEvent) => apply[key](event.matches);
    apply[key](list.matches);
    list.addEventListener('change', onchange);
    return () => list.removeEventListener('change', onchange);
  });
  return () => stops.forEach((stop) => stop());
}
