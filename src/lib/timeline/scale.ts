/**
 * A linear time scale over ms: all the chart needs from d3-scale's scaleTime, without pulling
 * d3-format and d3-time-format into the first download.
 */
import type { Domain } from './domain';

export interface TimeScale {
  (ms: number): number;
  invert(px: number): number;
}

export function timeScale(domain: Domain, width: number): TimeScale {
  const [d0, d1] = domain;
  const k = width / (d1 - d0 || 1);
  const scale = (ms: number) => (ms - d0) * k;
  scale.invert = (px: number) => d0 + px / k;
  return scale;
}
