/**
 * The d3-zoom half of the zoom attachment, loaded after the first draw: d3-zoom brings
 * d3-selection, d3-transition and d3-interpolate, about a third of the first download otherwise.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { domainToTransform, MIN_SPAN, transformToDomain, type Domain } from '../timeline/domain';

export interface ZoomTarget {
  bounds: () => Domain;
  width: () => number;
  setDomain: (from: number, to: number) => void;
  wheelAllowed?: (event: WheelEvent) => boolean;
}

export interface ZoomHandle {
  /** Re-syncs d3's stored transform with the domain after something else moved it. */
  sync: (domain: Domain, bounds: Domain, width: number, reducedMotion: boolean) => void;
  destroy: () => void;
}

export function attachZoom(node: HTMLElement, target: ZoomTarget): ZoomHandle {
  const behaviour = zoom<HTMLElement, unknown>()
    .filter((event: Event) => {
      if (event.type === 'wheel') return target.wheelAllowed?.(event as WheelEvent) ?? true;
      // Leave presses on marks and buttons to them; otherwise d3's default (primary button only).
      if ((event.target as Element | null)?.closest('button')) return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // Programmatic transforms come from `sync`; the domain already holds them.
      if (!event.sourceEvent) return;
      const [from, to] = transformToDomain(event.transform, target.bounds(), target.width());
      target.setDomain(from, to);
    });
  const selection = select(node).call(behaviour);

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
    },
  };
}
