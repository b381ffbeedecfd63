import { describe, expect, it } from 'vitest';
import { CHANGE_EXAMPLES, changeTriggerIn } from './changes';

describe('changeTriggerIn', () => {
  it.each(CHANGE_EXAMPLES)('%s', (folded, expected) => {
    const found = changeTriggerIn(folded);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });
});
