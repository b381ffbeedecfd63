import { describe, expect, it } from 'vitest';
import { fittedLabel, type FittedLabel } from './draw-marks';

// A monospace stand-in for the canvas: 7 px a character, counting the calls.
function fakeCanvas() {
  const fake = {
    calls: 0,
    measureText(text: string) {
      fake.calls++;
      return { width: [...text].length * 7 };
    },
  };
  return fake;
}
const context = (fake: ReturnType<typeof fakeCanvas>) =>
  fake as unknown as CanvasRenderingContext2D;

describe('labels on the gesture canvas', () => {
  it('keeps a label that fits, with its width', () => {
    const fake = fakeCanvas();
    expect(fittedLabel(context(fake), 'Hội nghị', 100, new Map())).toEqual({
      text: 'Hội nghị',
      width: 56,
    });
  });

  it('cuts a label that does not fit with an ellipsis, as text-overflow does', () => {
    const label = fittedLabel(
      context(fakeCanvas()),
      'Hội nghị quán triệt Chỉ thị 24-CT/TU',
      70,
      new Map(),
    );
    expect(label.text).toBe('Hội nghị …');
    expect(label.width).toBeLessThanOrEqual(70);
  });

  it('measures a label once per whole pixel of room, not on every step of a gesture', () => {
    const fake = fakeCanvas();
    const fitted = new Map<string, FittedLabel>();
    const first = fittedLabel(context(fake), 'Kỳ họp thứ mười hai', 80.2, fitted);
    const calls = fake.calls;
    expect(fittedLabel(context(fake), 'Kỳ họp thứ mười hai', 80.9, fitted)).toBe(first);
    expect(fake.calls).toBe(calls);
  });
});
