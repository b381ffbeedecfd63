import { en } from './en';
import { vi, type Strings } from './vi';

export type Lang = 'vi' | 'en';
export type { Strings };
export const LANGS: readonly Lang[] = ['vi', 'en'];

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}
