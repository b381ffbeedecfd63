/**
 * The visible range as an immutable `[start, end]` pair of ms, and the maths that moves it. Every
 * input (wheel, drag, brush, keys, URL) goes through these functions, so the rules live in one place.
 */
import { DAY } from './time';

export type Domain = readonly [number, number];

/** The shortest window the timeline zooms to. */
export const MIN_SPAN = 4 * DAY;

/** The range widened by `fraction` of its span on both sides, so edge marks are not cut in half. */
export function padBounds(bounds: Domain, fraction = 0.02): Domain {
  const pad = (bounds[1] - bounds[0]) * fraction;
  return [bounds[0] - pad, bounds[1] + pad];
}

/** Keeps the span between `minSpan` and the bounds' span, then slides the window inside the bounds. */
export function clampDomain(domain: Domain, bounds: Domain, minSpan = MIN_SPAN): Domain {
  const maxSpan = bounds[1] - bounds[0];
  const span = Math.min(maxSpan, Math.max(Math.min(minSpan, maxSpan), domain[1] - domain[0]));
  const center = (domain[0] + domain[1]) / 2;
  let start = center - span / 2;
  start = Math.max(bounds[0], Math.min(bounds[1] - span, start));
  return [start, start + span];
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant `anchor` at the same screen position. */
export function zoomDomain(domain: Domain, factor: number, anchor?: number): Domain {
  const a = anchor ?? (domain[0] + domain[1]) / 2;
  return [a - (a - domain[0]) / factor, a + (domain[1] - a) / factor];
}

export function panDomain(domain: Domain, delta: number): Domain {
  return [domain[0] + delta, domain[1] + delta];
}

/** A window of the same span centred on `instant`. */
export function centerOn(domain: Domain, instant: number): Domain {
  const half = (domain[1] - domain[0]) / 2;
  return [instant - half, instant + half];
}

/** The part of a d3-zoom `ZoomTransform` the x axis uses: `x' = x * k + tx`. */
export interface XTransform {
  k: number;
  x: number;
}

/**
 * The domain that a d3-zoom transform shows when the identity transform shows `base` across
 * `width` pixels: the same maths as `transform.rescaleX` (invert both screen edges through the
 * transform), written out so this module does not need d3-zoom and d3-scale in the first download.
 */
export function transformToDomain(transform: XTransform, base: Domain, width: number): Domain {
  const perPx = (base[1] - base[0]) / width;
  const invert = (px: number) => (px - transform.x) / transform.k;
  return [base[0] + invert(0) * perPx, base[0] + invert(width) * perPx];
}

/** The transform that shows `domain`: the inverse of `transformToDomain`. */
export function domainToTransform(domain: Domain, base: Domain, width: number): XTransform {
  const k = (base[1] - base[0]) / (domain[1] - domain[0]);
  const x0 = ((domain[0] - base[0]) / (base[1] - base[0])) * width;
  return { k, x: -x0 * k };
}
