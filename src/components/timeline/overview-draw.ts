/**
 * The overview strip's canvas: every event as a tick, and the matches of a query or filter over
 * them. Loaded once the timeline's first frame is on screen (see Overview.svelte), since the strip
 * draws its events only then: the first download does not carry it.
 */
import type { PlacedEvent } from '../../lib/timeline/order';
import { kindColour } from './canvas-colours';

export interface OverviewFrame {
  canvas: HTMLCanvasElement;
  /** CSS pixels. */
  width: number;
  height: number;
  theme: string;
  forced: boolean;
  /** Time (ms) to x (CSS pixels); a new function exactly when the bounds or the width change. */
  scale: (ms: number) => number;
  sorted: readonly PlacedEvent[];
  /** The ids matching the query or filters, null when none is on. */
  matches: ReadonlySet<string> | null;
  /** An event's pixel column on the strip (asked only while matches are shown). */
  column: (id: string) => number | undefined;
}

export type OverviewPainter = (frame: OverviewFrame) => void;

/**
 * A painter keeps every event drawn once per data, size and theme in a canvas kept aside: typing
 * a query redraws only the match ticks over it, not 10,000 rectangles per key press.
 */
export function overviewPainter(): OverviewPainter {
  let base: { key: unknown[]; image: HTMLCanvasElement } | null = null;
  function baseLayer(
    canvas: HTMLCanvasElement,
    key: unknown[],
    draw: (g: CanvasRenderingContext2D) => void,
  ) {
    if (base && base.key.every((v, i) => v === key[i])) return base.image;
    const image = document.createElement('canvas');
    image.width = canvas.width;
    image.height = canvas.height;
    const g = image.getContext('2d');
    if (g) draw(g);
    base = { key, image };
    return image;
  }

  return ({ canvas, width, height, theme, forced, scale, sorted, matches, column }) => {
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== height * ratio) canvas.height = height * ratio;
    const g = canvas.getContext('2d');
    if (!g) return;
    const style = getComputedStyle(canvas);
    const image = baseLayer(canvas, [sorted, scale, ratio, theme, forced], (b) => {
      b.setTransform(ratio, 0, 0, ratio, 0, 0);
      const bands = { event: 8, leadership: 20, directive: 32 } as const;
      // One pass per lane, so the fill colour changes three times, not once per event. Events of
      // one day are drawn once: in time order they come together, and drawing the same opaque
      // rectangle again changes nothing (10,000 events fall on a few thousand days). Wide spans
      // are translucent, so that overlapping ones darken: each of those is drawn.
      for (const kind of ['event', 'leadership', 'directive'] as const) {
        b.fillStyle = kindColour(style, kind, forced);
        let lastX = NaN;
        let lastW = NaN;
        for (const p of sorted) {
          if (p.event.kind !== kind) continue;
          const x = scale(p.span.start);
          const w = Math.max(2, scale(p.span.end) - x);
          const wide = w > 6;
          if (!wide && x === lastX && w === lastW) continue;
          lastX = x;
          lastW = w;
          b.globalAlpha = wide ? 0.35 : 1;
          b.fillRect(x, bands[kind], w, 8);
        }
      }
    });
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    // While a query or filter is on, the rest fades so the match ticks stand out.
    g.globalAlpha = matches ? 0.3 : 1;
    g.drawImage(image, 0, 0);
    if (!matches) return;
    // Matches as full-height ticks in the highlight colour: where in the years they fall. One
    // tick per pixel column however many events share it.
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.globalAlpha = 1;
    g.fillStyle = forced ? 'Highlight' : style.getPropertyValue('--c-match').trim() || '#d97706';
    const columns = new Set<number>();
    for (const id of matches) {
      const x = column(id);
      if (x !== undefined) columns.add(x);
    }
    g.beginPath();
    for (const x of columns) g.rect(x - 1, 2, 3, 38);
    g.fill();
  };
}
