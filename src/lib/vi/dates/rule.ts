/**
 * A date form, the way chrono-node writes its locale parsers: a pattern, a reader, and a table of
 * examples that is also its test (`rules.test.ts`). A linguist adds a form as one file in `rules/`
 * and one line in `index.ts`.
 */
import type { DateMention, Reading } from './mention';

/** What a rule expects of an example: the mention's kind and date parts, or `null` for none. */
export type Expected = Partial<Omit<DateMention, 'start' | 'end'>> | null;

export interface DateRule {
  name: string;
  /**
   * A cheap test of the sentence (and its lower-case form) that must pass before the pattern,
   * which is slower, is run: it only skips a pattern that could not match.
   */
  guard: (sentence: string, lower: string) => boolean;
  /** A global (`g`) pattern. */
  pattern: RegExp;
  read: (match: RegExpExecArray, sentence: string) => Reading | null;
  /** Sentence → what the rule finds first in it (`null`: nothing). */
  examples: readonly [string, Expected][];
}
