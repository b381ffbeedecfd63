import type { Strings } from './vi';

export type Lang = 'vi' | 'en';
export type { Strings };
export const LANGS: readonly Lang[] = ['vi', 'en'];

export { strings, switchLanguage } from './strings.svelte';
