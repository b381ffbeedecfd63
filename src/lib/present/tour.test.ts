import { describe, expect, it } from 'vitest';
import {
  AUTOPLAY_CHOICES,
  buildSteps,
  clampStep,
  nextStep,
  prevStep,
  progressText,
  startStep,
  validAutoplaySeconds,
} from './tour';

const events = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('buildSteps', () => {
  it.each([
    ['no tour visits every event in the given time order', [], ['a', 'b', 'c', 'd']],
    ['a tour sets the order', ['c', 'a'], ['c', 'a']],
    ['unknown (or filtered out) ids are dropped', ['x', 'b', 'zz'], ['b']],
    ['repeated ids are kept where they are', ['a', 'c', 'a'], ['a', 'c', 'a']],
    ['a tour of only unknown ids has no steps', ['x'], []],
  ])('%s', (_, tour, expected) => {
    expect(ids(buildSteps(events, tour))).toEqual(expected);
  });

  it('does not hand back the caller’s array', () => {
    expect(buildSteps(events)).not.toBe(events);
  });
});

describe('moving between steps', () => {
  it.each([
    ['next moves forward', nextStep(1, 4), 2],
    ['next stays on the last step', nextStep(3, 4), 3],
    ['prev moves back', prevStep(2, 4), 1],
    ['prev stays on the first step', prevStep(0, 4), 0],
    ['clamp pulls a large index to the last', clampStep(99, 4), 3],
    ['clamp pulls a negative index to the first', clampStep(-5, 4), 0],
    ['clamp of no steps is 0', clampStep(3, 0), 0],
    ['clamp ignores NaN', clampStep(NaN, 4), 0],
    ['clamp truncates fractions', clampStep(2.7, 4), 2],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('starts at the selected event when it is a step, else at the first', () => {
    expect(startStep(events, 'c')).toBe(2);
    expect(startStep(events, 'x')).toBe(0);
    expect(startStep(events, null)).toBe(0);
  });

  it.each([
    [0, 8, '1 / 8'],
    [2, 8, '3 / 8'],
    [12, 8, '8 / 8'],
    [0, 0, '0 / 0'],
  ])('progress of step %i of %i reads %s', (index, count, text) => {
    expect(progressText(index, count)).toBe(text);
  });
});

describe('validAutoplaySeconds accepts whole seconds from 2 to 60', () => {
  it.each([
    [2, 2],
    [60, 60],
    [10, 10],
    ['15', 15],
    [1, null],
    [61, null],
    [2.5, null],
    ['abc', null],
    ['1e1', null],
    [NaN, null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(validAutoplaySeconds(input)).toBe(expected);
  });

  it('offers only valid choices', () => {
    for (const s of AUTOPLAY_CHOICES) expect(validAutoplaySeconds(s)).toBe(s);
  });
});
