import { describe, expect, it } from 'vitest';
import { drawGrid } from './draw-grid';

describe('grid lines on the gesture canvas', () => {
  // Records the strokes: each as its colour and its segments.
  function recorder() {
    const strokes: { colour: string; segments: number[][] }[] = [];
    let segments: number[][] = [];
    let from: number[] = [];
    const g = {
      lineWidth: 0,
      strokeStyle: '',
      beginPath: () => (segments = []),
      moveTo: (x: number, y: number) => (from = [x, y]),
      lineTo: (x: number, y: number) => segments.push([...from, x, y]),
      stroke: () => strokes.push({ colour: g.strokeStyle, segments }),
    };
    return { g: g as unknown as CanvasRenderingContext2D, strokes };
  }

  it('draws each tick the height of the lanes, leaving each lane title clear, years in their colour', () => {
    const { g, strokes } = recorder();
    const ticks = [
      { at: 10, level: 'month' as const },
      { at: 20, level: 'year' as const },
    ];
    // Two lane bodies: at 26 (its title band 0-26) and at 200 (title band 174-200).
    drawGrid(g, ticks, (ms) => ms * 10, 300, [200, 26], { line: 'Y', grid: 'G' });
    expect(strokes).toEqual([
      {
        colour: 'G',
        segments: [
          [100.5, 26, 100.5, 174],
          [100.5, 200, 100.5, 300],
        ],
      },
      {
        colour: 'Y',
        segments: [
          [200.5, 26, 200.5, 174],
          [200.5, 200, 200.5, 300],
        ],
      },
    ]);
  });
});
