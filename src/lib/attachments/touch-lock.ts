/**
 * Keeps a vertical swipe on the plot for the page: d3-zoom cancels every touch move it sees, which
 * would pin the page under a finger that lands on the timeline (a phone's plot is most of the
 * screen). Moves are kept from d3 until the finger's direction is known, and for the whole touch
 * when it is up or down; the plot's `touch-action: pan-y` then lets the browser scroll. Sideways
 * swipes and pinches reach d3, which pans and zooms the timeline (the browser does neither there).
 */
import { touchIntent, type TouchIntent } from '../timeline/touch-intent';

export function holdVerticalSwipes(node: HTMLElement): () => void {
  let intent: TouchIntent = 'undecided';
  let originX = 0;
  let originY = 0;

  function start(event: TouchEvent) {
    const first = event.touches[0];
    // Every finger on the screen just landed: a new touch, decided afresh.
    if (first && event.touches.length === event.changedTouches.length) {
      intent = 'undecided';
      originX = first.clientX;
      originY = first.clientY;
    }
    intent = touchIntent(intent, event.touches.length, 0, 0);
  }

  function move(event: TouchEvent) {
    const first = event.touches[0];
    if (!first) return;
    intent = touchIntent(
      intent,
      event.touches.length,
      first.clientX - originX,
      first.clientY - originY,
    );
    // Captured on the plot, so before d3's listener on it, and never cancelled here.
    if (intent === 'undecided' || intent === 'scroll') event.stopImmediatePropagation();
  }

  const options = { capture: true, passive: true } as const;
  node.addEventListener('touchstart', start, options);
  node.addEventListener('touchmove', move, options);
  return () => {
    node.removeEventListener('touchstart', start, options);
    node.removeEventListener('touchmove', move, options);
  };
}
