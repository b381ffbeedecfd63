/**
 * The visible range: one domain `[from, to]` in ms that wheel, drag, brush, keys, search and the URL
 * all read and write through the setters below. The x scale is derived from it and the measured
 * width; nothing stores a pixel transform.
 */
import {
  centerOn,
  clampDomain,
  padBounds,
  panDomain,
  zoomDomain,
  type Domain,
} from '../timeline/domain';
import { DAY, parseIsoLocal } from '../timeline/time';
import { timeScale } from '../timeline/scale';
import type { DateRange } from '../dataset/types';

export class Viewport {
  /** The dataset's range plus a little padding: the widest view and the pan limits. */
  bounds = $state<Domain>([0, DAY * 365]);
  domain = $state<Domain>([0, DAY * 365]);
  /** Plot width in CSS pixels, measured by the timeline. */
  width = $state(800);
  /** ms -> px across the plot. */
  x = $derived(timeScale(this.domain, this.width));
  /**
   * True while a wheel, drag or pinch is moving the view (from its first step to d3's end of the
   * gesture), or the overview's window is being dragged: the timeline then draws the moving picture on a canvas and leaves its mark buttons
   * where they were until the view settles.
   */
  moving = $state(false);

  /** Sets the bounds from the dataset's range and shows all of it. */
  setRange(range: DateRange): void {
    this.bounds = padBounds([parseIsoLocal(range.start), parseIsoLocal(range.end) + DAY]);
    this.domain = this.bounds;
  }

  /** Shows `[from, to]` (Dates or ms), clamped to the bounds and the minimum span. */
  setDomain(from: number | Date, to: number | Date): void {
    const next = clampDomain([+from, +to], this.bounds);
    if (next[0] !== this.domain[0] || next[1] !== this.domain[1]) this.domain = next;
  }

  /** `factor` > 1 zooms in, around `anchor` (ms) or the centre. */
  zoomBy(factor: number, anchor?: number): void {
    const [a, b] = zoomDomain(this.domain, factor, anchor);
    this.setDomain(a, b);
  }

  panBy(ms: number): void {
    const [a, b] = panDomain(this.domain, ms);
    this.setDomain(a, b);
  }

  reset(): void {
    this.domain = this.bounds;
  }

  /** Pans (without zooming) so `[start, end]` is inside the view with a margin. */
  /** Zooms to show `[start, end]` with room around it (15%, at least a day): a cluster's members. */
  frame(start: number, end: number): void {
    const pad = Math.max((end - start) * 0.15, 86_400_000);
    this.setDomain(start - pad, end + pad);
  }

  reveal(start: number, end = start): void {
    const [a, b] = this.domain;
    const margin = (b - a) * 0.08;
    if (start >= a + margin && end <= b - margin) return;
    const [c, d] = centerOn(this.domain, (start + end) / 2);
    this.setDomain(c, d);
  }
}
