/**
 * Keeps a sticky side panel's bottom inside the window: its height is capped at the room left
 * below its top, which changes as the page scrolls until the panel sticks. CSS alone cannot know
 * where the panel starts (under a header of any height), and a panel taller than the room below
 * it hides its own footer (the card's actions) below the fold. Only while `when` matches: on
 * phones the card is a bottom sheet with a height of its own.
 */
import type { Attachment } from 'svelte/attachments';

/** The panel's height cap in px: the window below its top, less a margin; never below `min`. */
export function roomBelow(top: number, windowHeight: number, margin = 16, min = 240): number {
  return Math.max(min, windowHeight - Math.max(top, margin) - margin);
}

export function fitToViewport(when = '(min-width: 861px)'): Attachment<HTMLElement> {
  return (node) => {
    if (typeof matchMedia !== 'function') return;
    const media = matchMedia(when);
    let frame = 0;
    const fit = () => {
      frame = 0;
      if (!media.matches) return node.style.removeProperty('max-height');
      const top = node.getBoundingClientRect().top;
      node.style.setProperty('max-height', `${roomBelow(top, innerHeight)}px`);
    };
    const schedule = () => (frame ||= requestAnimationFrame(fit));
    fit();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    media.addEventListener('change', schedule);
    // Content above the panel (a notice, the filter bar arriving) moves its top without a scroll.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(document.body);
    return () => {
      resized?.disconnect();
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
      media.removeEventListener('change', schedule);
    };
  };
}
