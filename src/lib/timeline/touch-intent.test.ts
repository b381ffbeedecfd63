import { describe, expect, it } from 'vitest';
import { DECIDE_DISTANCE, touchIntent } from './touch-intent';

describe('touchIntent decides what a touch on the plot is for', () => {
  it.each([
    ['a finger that has barely moved is undecided', 'undecided', 1, 3, 2, 'undecided'],
    ['a sideways swipe pans the timeline', 'undecided', 1, -20, 4, 'pan'],
    ['a swipe up scrolls the page', 'undecided', 1, 3, -30, 'scroll'],
    ['a diagonal swipe pans (vertical must clearly dominate)', 'undecided', 1, 15, 16, 'pan'],
    ['two fingers zoom', 'undecided', 2, 0, 0, 'zoom'],
    ['a second finger turns a pan into a zoom', 'pan', 2, 30, 0, 'zoom'],
    ['a second finger turns a scroll into a zoom', 'scroll', 2, 0, 30, 'zoom'],
    ['a pan stays a pan when the finger turns upward', 'pan', 1, 0, -80, 'pan'],
    ['a scroll stays a scroll when the finger turns sideways', 'scroll', 1, 80, 0, 'scroll'],
    ['a zoom stays a zoom when one finger lifts', 'zoom', 1, 0, 0, 'zoom'],
  ] as const)('%s', (_, current, fingers, dx, dy, expected) => {
    expect(touchIntent(current, fingers, dx, dy)).toBe(expected);
  });

  it('decides exactly at the decision distance', () => {
    expect(touchIntent('undecided', 1, DECIDE_DISTANCE - 0.1, 0)).toBe('undecided');
    expect(touchIntent('undecided', 1, DECIDE_DISTANCE, 0)).toBe('pan');
  });
});
