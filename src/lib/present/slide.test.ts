import { describe, expect, it } from 'vitest';
import { SLIDE, slideFrame } from './slide';

describe('slideFrame', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
    [1024, 768],
    [960, 540],
    [3840, 2160],
  ])('at %i×%i the slide is exactly the window, at least its design size', (w, h) => {
    const { scale, height } = slideFrame(w, h);
    expect(height * scale).toBeLessThanOrEqual(h);
    expect(height * scale).toBeGreaterThan(h - scale - 1);
    expect(scale).toBeGreaterThanOrEqual(0.75);
  });

  it('scales a projector’s 1920×1080 up as the laptop’s 1280×720 shows it', () => {
    const laptop = slideFrame(1280, 720);
    const projector = slideFrame(1920, 1080);
    expect(1280 / laptop.scale).toBeCloseTo(1920 / projector.scale, -1);
    expect(projector.scale).toBeGreaterThan(1.6);
  });

  it('shows a deck’s 960×540 iframe as the same slide, shrunk, and a tiny one no smaller than ¾', () => {
    expect(960 / slideFrame(960, 540).scale).toBeCloseTo(1280 / slideFrame(1280, 720).scale, -2);
    expect(slideFrame(SLIDE.minWidth / 3, SLIDE.height / 3).scale).toBe(0.75);
  });

  it('gives a 4:3 screen a narrower slide in larger type, not a smaller slide', () => {
    expect(slideFrame(1024, 768).scale).toBeGreaterThanOrEqual(slideFrame(1280, 720).scale - 0.01);
    expect(1024 / slideFrame(1024, 768).scale).toBeGreaterThanOrEqual(SLIDE.minWidth - 1);
  });
});
