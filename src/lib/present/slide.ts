/**
 * Presenter mode is a slide: the page is drawn at a design size and scaled to the screen, as
 * slide software and reveal.js do (reveal.js with CSS `zoom` too), so a 1920 × 1080 projector
 * shows the same slide as a 1280 × 720 laptop, in type large enough for the back of the room.
 */

/**
 * The slide's design height, and the least width it is laid out for: the timeline takes any
 * width, so a 4:3 screen gets a narrower, taller slide (and larger type) rather than a smaller one.
 */
export const SLIDE = { height: 630, minWidth: 900 } as const;
/** A small frame (a slide deck's iframe) shows the slide shrunk, down to this; never more. */
const MIN_SCALE = 0.75;
const MAX_SCALE = 2.5;

export interface SlideFrame {
  /** CSS zoom of the slide. */
  scale: number;
  /** The slide's height in its own (zoomed) CSS pixels: exactly the window's height. */
  height: number;
}

export function slideFrame(width: number, height: number): SlideFrame {
  const fit = Math.min(height / SLIDE.height, width / SLIDE.minWidth);
  const scale = Number.isFinite(fit) && fit > 0 ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, fit)) : 1;
  // Rounded down to a 1/100: a scale that rounds up can make the slide a pixel taller than the
  // window, and the page scroll by it.
  const rounded = Math.floor(scale * 100) / 100;
  return { scale: rounded, height: Math.floor(height / rounded) };
}
