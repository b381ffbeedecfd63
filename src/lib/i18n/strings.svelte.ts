/**
 * The interface strings of each language. Vietnamese, the language of the articles and of most
 * readers, is in the first bundle; English is fetched the first time it is asked for, with its
 * date formats (a few kilobytes, outside the first download's budget). The store is reactive, so
 * a view that asked for English while it was loading redraws in English when it arrives.
 */
import { loadEnglishDates } from '../vi/date-text';
import type { Lang } from './index';
import { vi, type Strings } from './vi';

const loaded = $state<Partial<Record<Lang, Strings>>>({ vi });
let english: Promise<void> | null = null;

/** Starts fetching `lang`'s strings, if they are not here yet; resolves when they are. */
export function loadStrings(lang: Lang): Promise<void> {
  if (lang === 'vi') return Promise.resolve();
  // The dates' English formats come with the strings: nothing is drawn in English without them.
  return (english ??= Promise.all([import('./en'), loadEnglishDates()]).then(([{ en }]) => {
    loaded.en = en;
  }));
}

/**
 * Switches the page to `lang` once its strings (and date formats) are here; if they cannot be
 * loaded, the language stays as it was. Nothing switches the language any other way.
 */
export function switchLanguage(prefs: { setLang(lang: Lang): void }, lang: Lang): Promise<void> {
  return loadStrings(lang).then(
    () => prefs.setLang(lang),
    () => undefined,
  );
}

/** `lang`'s strings; Vietnamese for the moment English takes to load (see `loadStrings`). */
export function strings(lang: Lang): Strings {
  const found = loaded[lang];
  if (found) return found;
  void loadStrings(lang);
  return vi;
}
