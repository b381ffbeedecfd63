/**
 * Every date rule against its own examples (the table in its file), alone and through
 * `findDateMentions` with every rule competing.
 */
import { describe, expect, it } from 'vitest';
import { DATE_RULES, findDateMentions, mentionsBy } from './find';

describe.each(DATE_RULES.map((r) => [r.name, r] as const))('the %s rule', (_, rule) => {
  it.each(rule.examples)('%s', (sentence, expected) => {
    const [first] = mentionsBy([rule], sentence);
    if (expected === null) expect(first).toBeUndefined();
    else {
      expect(first).toMatchObject(expected);
      expect(sentence.slice(first!.start, first!.end)).toBe(first!.text);
      // With every rule competing, the reading kept there says the same.
      const kept = findDateMentions(sentence).find(
        (m) => m.start < first!.end && first!.start < m.end,
      );
      expect(kept).toMatchObject(expected);
    }
  });
});
