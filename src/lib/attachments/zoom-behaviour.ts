/**
 * The d3-zoom half of the zoom attachment, loaded after the first draw: d3-zoom brings
 * d3-selection, d3-transition and d3-interpolate, about a third of the first download otherwise.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { domainToTransform, MIN_SPAN, transformToDomain, type Domain } from '../timeline/domain';
import { holdVerticalSwipes } from './touch-lock';

export interface ZoomTarget {
  bounds: () => Domain;
  width: () => number;
  setDomain: (from: number, to: number) => void;
  /** Told when a gesture starts moving the view and when it ends. */
  setMoving?: (moving: boolean) => void;
  wheelAllowed?: (event: WheelEvent) => boolean;
}

export interface ZoomHandle {
  /** Re-syncs d3's stored transform with the domain after something else moved it. */
  sync: (domain: Domain, bounds: Domain, width: number, reducedMotion: boolean) => void;
  destroy: () => void;
}

export function attachZoom(node: HTMLElement, target: ZoomTarget): ZoomHandle {
  // Gestures under way: a drag can start before d3 ends the wheel gesture before it (150 ms
  // after its last step), and the view has not settled until both are over. Only gestures
  // count: `sync`'s own transforms start and end with no source event.
  let gestures = 0;
  const behaviour = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (event.type === 'wheel') return target.wheelAllowed?.(event as WheelEvent) ?? true;
      // A finger starts a pan or pinch wherever it lands, on a mark or its label too: on a phone
      // labels cover much of a lane, and a pinch d3 leaves alone zooms the page. A tap still
      // reaches the mark (d3 cancels only moves). Double taps on marks stay theirs (below).
      if (event.type === 'touchstart') return true;
      // Leave mouse presses on marks and buttons to them; otherwise d3's default (primary button).
      if ((event.target as Element | null)?.closest('button')) return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // Programmatic transforms come from `sync`; the domain already holds them.
      if (!event.sourceEvent) return;
      const [from, to] = transformToDomain(event.transform, target.bounds(), target.width());
      // Moving from the first step that moves, not from the press: a click is not a gesture.
      target.setMoving?.(true);
      target.setDomain(from, to);
    })
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) gestures++;
    })
    // d3 ends a wheel gesture 150 ms after its last step, a drag or pinch when released.
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (!event.sourceEvent) return;
      gestures = Math.max(0, gestures - 1);
      if (gestures === 0) target.setMoving?.(false);
    });
  const selection = select(node).call(behaviour);
  const releaseTouch = holdVerticalSwipes(node);

  return {
    sync(domain, bounds, width, reducedMotion) {
      behaviour
        .duration(reducedMotion ? 0 : 250)
        .extent([
          [0, 0],
          [width, 1],
        ])
        .scaleExtent([1, (bounds[1] - bounds[0]) / MIN_SPAN])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ]);
      const { k, x } = domainToTransform(domain, bounds, width);
      const current = zoomTransform(node);
      // Skipping a no-op keeps a running double-click transition from being interrupted.
      if (Math.abs(current.k / k - 1) > 1e-9 || Math.abs(current.x - x) > 0.5)
        selection.call(behaviour.transform, zoomIdentity.translate(x, 0).scale(k));
    },
    destroy() {
      selection.on('.zoom', null);
      releaseTouch();
    },
  };
}
