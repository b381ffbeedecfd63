/**
 * A presenter's step moves the view as a glide: out and back in along van Wijk and Nuij's smooth
 * zoom path (d3-interpolate's `interpolateZoom`, the path d3-zoom's own transitions take), so the
 * audience sees where the next event lies relative to the last. Under reduced motion it is a jump.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import type { Domain } from '../timeline/domain';

/** Bounds on a glide's length: long enough to follow, short enough not to hold up a talk. */
export const GLIDE_MS = { min: 350, max: 900 } as const;

export interface GlidePath {
  /** The window at `t` from 0 to 1. */
  at: (t: number) => Domain;
  duration: number;
}

/** The path from one window to another, and how long to take over it. */
export function glidePath(from: Domain, to: Domain): GlidePath {
  // A window is a view of centre c and width w on a line; the y coordinate is unused.
  const zoom = interpolateZoom(
    [(from[0] + from[1]) / 2, 0, from[1] - from[0]],
    [(to[0] + to[1]) / 2, 0, to[1] - to[0]],
  );
  return {
    at(t) {
      if (t >= 1) return to;
      const [c, , w] = zoom(easeCubicInOut(Math.max(0, t)));
      return [c - w / 2, c + w / 2];
    },
    // `duration` is d3's suggestion (1 s per unit of path length).
    duration: Math.min(GLIDE_MS.max, Math.max(GLIDE_MS.min, zoom.duration * 0.6)),
  };
}

export interface GlideTarget {
  domain: Domain;
  setDomain: (from: number, to: number) => void;
  /** True for the glide's frames: the timeline draws them on its gesture canvas. */
  moving: boolean;
}

export interface Clock {
  now: () => number;
  frame: (callback: () => void) => number;
  cancel: (handle: number) => void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * Glides `viewport` to `to`, one window per frame; returns a function that stops it where it is.
 * A new glide should stop the one before (the App keeps the last stop function).
 */
export function glide(
  viewport: GlideTarget,
  to: Domain,
  { reducedMotion = false, clock = browserClock } = {},
): () => void {
  const from = viewport.domain;
  if (reducedMotion || (from[0] === to[0] && from[1] === to[1])) {
    viewport.setDomain(to[0], to[1]);
    return () => undefined;
  }
  const path = glidePath(from, to);
  const start = clock.now();
  let handle = 0;
  let done = false;
  const finish = () => {
    done = true;
    viewport.moving = false;
  };
  const step = () => {
    const t = (clock.now() - start) / path.duration;
    const [a, b] = path.at(t);
    viewport.setDomain(a, b);
    if (t >= 1) return finish();
    handle = clock.frame(step);
  };
  viewport.moving = true;
  handle = clock.frame(step);
  return () => {
    if (done) return;
    clock.cancel(handle);
    finish();
  };
}
