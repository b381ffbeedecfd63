/**
 * What a touch on the plot is for, decided once per touch from its first clear movement: a
 * sideways swipe pans the timeline, a swipe up or down scrolls the page, two fingers zoom the
 * timeline. Until the finger has moved far enough to tell, it is undecided.
 */
export type TouchIntent = 'undecided' | 'pan' | 'scroll' | 'zoom';

/** How far (CSS px) one finger moves before its direction counts: a tap wobbles a few pixels. */
export const DECIDE_DISTANCE = 8;

/**
 * The intent of a touch `fingers` on the screen, `dx`/`dy` from where its first finger landed.
 * A decided intent stays until every finger has lifted, except that a second finger turns any
 * one-finger intent into a zoom (a pinch that begins with one finger a moment early).
 */
export function touchIntent(
  current: TouchIntent,
  fingers: number,
  dx: number,
  dy: number,
): TouchIntent {
  if (fingers >= 2) return 'zoom';
  if (current !== 'undecided') return current;
  if (Math.hypot(dx, dy) < DECIDE_DISTANCE) return 'undecided';
  // Vertical wins only when it clearly dominates: a thumb's sideways swipe drifts up or down.
  return Math.abs(dy) > Math.abs(dx) * 1.2 ? 'scroll' : 'pan';
}
