/** The date layer: mentions, rules, finding and resolving. */
export * from './mention';
export * from './find';
export * from './resolve';
export type { DateRule, Expected } from './rule';
