import { describe, expect, it } from 'vitest';
import { pieces } from './pieces';

describe('pieces', () => {
  it.each([
    ['no ranges', 'Đinh Tiến Dũng', [], [['Đinh Tiến Dũng', false]]],
    [
      'one range',
      'Đinh Tiến Dũng',
      [[5, 9]],
      [
        ['Đinh ', false],
        ['Tiến', true],
        [' Dũng', false],
      ],
    ],
    ['the whole text', 'Dũng', [[0, 4]], [['Dũng', true]]],
    [
      'unsorted ranges',
      'a b c',
      [
        [4, 5],
        [0, 1],
      ],
      [
        ['a', true],
        [' b ', false],
        ['c', true],
      ],
    ],
    [
      'overlapping ranges',
      'abcdef',
      [
        [0, 3],
        [2, 5],
      ],
      [
        ['abc', true],
        ['de', true],
        ['f', false],
      ],
    ],
    [
      'out-of-bounds ranges',
      'abc',
      [
        [2, 99],
        [50, 60],
        [-3, 1],
      ],
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    ],
    [
      'markup as text',
      '<b>x</b>',
      [[3, 4]],
      [
        ['<b>', false],
        ['x', true],
        ['</b>', false],
      ],
    ],
  ] as [string, string, [number, number][], [string, boolean][]][])(
    'splits %s',
    (_, text, ranges, expected) => {
      expect(pieces({ text, ranges }).map((p) => [p.text, p.mark])).toEqual(expected);
    },
  );
});
