import { describe, expect, it } from 'vitest';
import { compactBelowWidth, embedLayout } from './layout';

describe('embedLayout', () => {
  it.each([
    [320, 240, 'compact'],
    [479, 600, 'compact'],
    [800, 300, 'compact'],
    [480, 360, 'full'],
    [800, 450, 'full'],
    [1280, 720, 'full'],
  ])('%i × %i is %s', (w, h, layout) => {
    expect(embedLayout(w, h)).toBe(layout);
  });
});

describe('compactBelowWidth', () => {
  it('is where a responsive frame of that ratio gets under 480 wide or 360 tall', () => {
    expect(compactBelowWidth(16 / 9)).toBe(640);
    expect(compactBelowWidth(4 / 3)).toBe(480);
    expect(compactBelowWidth(3 / 4)).toBe(480);
    for (const ratio of [16 / 9, 4 / 3, 1, 3 / 4]) {
      const w = compactBelowWidth(ratio);
      expect(embedLayout(w, w / ratio)).toBe('full');
      expect(embedLayout(w - 1, (w - 1) / ratio)).toBe('compact');
    }
  });
});
