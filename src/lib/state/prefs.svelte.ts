/** Interface preferences: language, theme and view. The URL sync (issue 5) writes these setters. */
import type { Lang } from '../i18n';

export type Theme = 'light' | 'dark';
export type View = 'timeline' | 'list';

export class Prefs {
  lang = $state<Lang>('vi');
  theme = $state<Theme>('light');
  view = $state<View>('timeline');
  reducedMotion = $state(false);

  constructor(prefersDark = false, reducedMotion = false) {
    this.theme = prefersDark ? 'dark' : 'light';
    this.reducedMotion = reducedMotion;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }
  setTheme(theme: Theme): void {
    this.theme = theme;
  }
  setView(view: View): void {
    this.view = view;
  }
}
