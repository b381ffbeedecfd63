import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it.each([
    ['no highlights', 'abc', [], [['abc', false]]],
    [
      'one in the middle',
      'với 649 điểm cầu',
      ['649 điểm cầu'],
      [
        ['với ', false],
        ['649 điểm cầu', true],
      ],
    ],
    [
      'overlapping ones merge',
      'abcdef',
      ['bcd', 'cde'],
      [
        ['a', false],
        ['bcd', true],
        ['e', true],
        ['f', false],
      ],
    ],
    [
      'markup stays text',
      '<b>x</b>',
      ['x'],
      [
        ['<b>', false],
        ['x', true],
        ['</b>', false],
      ],
    ],
  ] as const)('%s', (_, text, needles, expected) => {
    expect(splitHighlights(text, needles).map((p) => [p.text, p.hit])).toEqual(expected);
  });
});
