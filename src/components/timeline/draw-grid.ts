/**
 * The axis's grid lines through the lanes, on the gesture canvas. Through a gesture the axis
 * draws its lines only in its label strip (`.axis.cut` in app.css): lines the height of the lanes
 * moving in the page made each step repaint the lanes' full height. Drawn here they move with
 * the marks, at no cost but a few strokes. A lane's title band is left clear, as its background
 * hides the line there.
 */
import type { Tick } from '../../lib/timeline/ticks';
import { LANE_TITLE } from './geometry';

export interface GridColours {
  /** Year lines, as `.tick-year`. */
  line: string;
  /** Every other line, as `.tick`. */
  grid: string;
}

/**
 * Strokes one line per tick from the top of the canvas to `height`, leaving out the title band
 * above each lane body (`bodyTops`, in canvas pixels).
 */
export function drawGrid(
  g: CanvasRenderingContext2D,
  ticks: readonly Tick[],
  x: (ms: number) => number,
  height: number,
  bodyTops: readonly number[],
  colours: GridColours,
): void {
  // The stretches between title bands, top to bottom.
  const spans: [number, number][] = [];
  let from = 0;
  for (const top of [...bodyTops].sort((a, b) => a - b)) {
    if (top - LANE_TITLE > from) spans.push([from, top - LANE_TITLE]);
    from = Math.max(from, top);
  }
  if (height > from) spans.push([from, height]);
  g.lineWidth = 1;
  for (const year of [false, true]) {
    g.beginPath();
    for (const tick of ticks) {
      if ((tick.level === 'year') !== year) continue;
      // A 1 px border from the tick's x, as `.tick`'s border-left: the middle of that pixel.
      const at = x(tick.at) + 0.5;
      for (const [top, bottom] of spans) {
        g.moveTo(at, top);
        g.lineTo(at, bottom);
      }
    }
    g.strokeStyle = year ? colours.line : colours.grid;
    g.stroke();
  }
}
