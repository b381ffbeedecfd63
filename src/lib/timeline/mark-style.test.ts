import { describe, expect, it } from 'vitest';
import { GLYPH, HATCH, glyphLayers, hatchLines } from './mark-style';

describe('glyphLayers', () => {
  it('draws a stated date filled in the lane’s colour, inside a ring and a border of paper', () => {
    expect(glyphLayers('dot')).toEqual([
      { r: GLYPH + 1, paint: 'kind' },
      { r: GLYPH, paint: 'surface' },
      { r: GLYPH - 2, paint: 'kind' },
    ]);
  });

  it('draws an inferred date hollow, with a dashed outline', () => {
    const layers = glyphLayers('diamond', { inferred: true });
    expect(layers.filter((l) => l.paint === 'kind' && !l.outline)).toEqual([]);
    expect(layers.at(-1)).toMatchObject({ paint: 'kind', outline: 2, dash: [3, 2] });
  });

  it('rings the selected event in the text colour, and haloes the highlighted one first', () => {
    expect(glyphLayers('dot', { selected: true })[0]).toEqual({ r: GLYPH + 3, paint: 'fg' });
    const halo = glyphLayers('diamond', { highlighted: true }).slice(0, 2);
    expect(halo.every((l) => l.paint === 'accent' && l.round)).toBe(true);
  });

  it('draws a flag as one triangle, faint when inferred, the halo still round', () => {
    expect(glyphLayers('flag', { inferred: true })).toEqual([
      { r: GLYPH, paint: 'kind', opacity: 0.75 },
    ]);
    expect(glyphLayers('flag', { highlighted: true })).toHaveLength(3);
  });
});

describe('hatchLines', () => {
  it('covers the box with 45° stripes, every one inside it', () => {
    const lines = hatchLines(10, 60, 0, 9);
    expect(lines.length).toBeGreaterThanOrEqual(Math.floor(50 / (HATCH.tile * Math.SQRT2)));
    for (const [x1, y1, x2, y2] of lines) {
      for (const x of [x1, x2]) expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
      for (const x of [x1, x2]) expect(x).toBeLessThanOrEqual(60 + 1e-9);
      for (const y of [y1, y2]) expect(y).toBeGreaterThanOrEqual(-1e-9);
      for (const y of [y1, y2]) expect(y).toBeLessThanOrEqual(9 + 1e-9);
      expect(x2 - x1).toBeCloseTo(y1 - y2);
    }
  });

  it('draws nothing in an empty box', () => {
    expect(hatchLines(5, 5, 0, 9)).toEqual([]);
  });
});
