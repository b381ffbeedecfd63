/** Interface preferences: language, theme and view. The URL sync (issue 5) writes these setters. */
import type { Lang } from '../i18n';

export type Theme = 'light' | 'dark';
export type View = 'timeline' | 'list';

export class Prefs {
  lang = $state<Lang>('vi');
  theme = $state<Theme>('light');
  view = $state<View>('timeline');
  reducedMotion = $state(false);
  /** The system's colour scheme, which the theme follows unless the URL or the viewer chose one. */
  systemTheme = $state<Theme>('light');
  /** Whether the URL or the viewer chose the theme: then it stays, and links carry it. */
  themeChosen = $state(false);
  /** Forced colours (Windows high contrast): canvases draw in the system's colours. */
  forcedColors = $state(false);

  constructor(prefersDark = false, reducedMotion = false) {
    this.theme = this.systemTheme = prefersDark ? 'dark' : 'light';
    this.reducedMotion = reducedMotion;
  }

  /** The system's scheme changed: a theme nobody chose follows it. */
  setSystemTheme(theme: Theme): void {
    this.systemTheme = theme;
    if (!this.themeChosen) this.theme = theme;
  }
  followSystemTheme(): void {
    this.themeChosen = false;
    this.theme = this.systemTheme;
  }
  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
  }
  setForcedColors(forced: boolean): void {
    this.forcedColors = forced;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }
  /** A theme the viewer or the URL chose: it stays when the system's changes. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    this.themeChosen = true;
  }
  setView(view: View): void {
    this.view = view;
  }
}
