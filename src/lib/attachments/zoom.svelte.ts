/**
 * d3-zoom on the plot: wheel, pinch, drag, touch and double-click. d3 supplies the gesture maths;
 * the handler converts the transform into a domain and writes it to the viewport, never to
 * attributes. d3's stored transform is re-synced whenever keys, brush or URL move the domain.
 */
import type { Attachment } from 'svelte/attachments';
import type { Viewport } from '../state/viewport.svelte';
import type { ZoomHandle } from './zoom-behaviour';

export interface ZoomOptions {
  reducedMotion: () => boolean;
  /** Lets a host (embed mode) require a click or Ctrl/⌘ before the wheel zooms. */
  wheelAllowed?: (event: WheelEvent) => boolean;
}

export function zoomable(viewport: Viewport, options: ZoomOptions): Attachment<HTMLElement> {
  return (node) => {
    let handle = $state<ZoomHandle | null>(null);
    let destroyed = false;
    void import('./zoom-behaviour').then(({ attachZoom }) => {
      if (destroyed) return;
      handle = attachZoom(node, {
        bounds: () => viewport.bounds,
        width: () => viewport.width,
        setDomain: (from, to) => viewport.setDomain(from, to),
        setMoving: (moving) => (viewport.moving = moving),
        wheelAllowed: options.wheelAllowed,
      });
    });

    $effect(() => {
      handle?.sync(viewport.domain, viewport.bounds, viewport.width, options.reducedMotion());
    });

    return () => {
      destroyed = true;
      viewport.moving = false;
      handle?.destroy();
    };
  };
}
