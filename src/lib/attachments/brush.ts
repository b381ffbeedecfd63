/**
 * A brush for the overview strip, with plain pointer events: dragging the window scrubs, dragging
 * an edge resizes (zooms), pressing elsewhere moves the window there and keeps dragging. Window
 * listeners exist only during a drag. Svelte draws the window; this only writes the domain.
 */
import type { Attachment } from 'svelte/attachments';
import type { Domain } from '../timeline/domain';

export interface BrushTarget {
  /** The full range the strip shows, and the current window. */
  bounds: () => Domain;
  domain: () => Domain;
  setDomain: (from: number, to: number) => void;
  onScrub?: (active: boolean) => void;
}

type Mode = 'move' | 'start' | 'end';

export function brushable(target: BrushTarget): Attachment<HTMLElement> {
  return (node) => {
    const toMs = (clientX: number) => {
      const rect = node.getBoundingClientRect();
      const [a, b] = target.bounds();
      return a + ((clientX - rect.left) / Math.max(1, rect.width)) * (b - a);
    };

    function down(event: PointerEvent) {
      if (event.button !== 0) return;
      const handle = (event.target as Element).closest<HTMLElement>('[data-brush]');
      let mode: Mode = (handle?.dataset.brush as Mode | undefined) ?? 'move';
      const [from, to] = target.domain();
      const startMs = toMs(event.clientX);
      let origin: Domain = [from, to];
      if (!handle) {
        // A press outside the window centres it there, then the drag continues from it.
        const half = (to - from) / 2;
        target.setDomain(startMs - half, startMs + half);
        origin = target.domain();
        mode = 'move';
      }
      event.preventDefault();
      target.onScrub?.(true);

      const move = (e: PointerEvent) => {
        const delta = toMs(e.clientX) - startMs;
        if (mode === 'move') target.setDomain(origin[0] + delta, origin[1] + delta);
        else if (mode === 'start')
          target.setDomain(Math.min(origin[0] + delta, origin[1]), origin[1]);
        else target.setDomain(origin[0], Math.max(origin[1] + delta, origin[0]));
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        target.onScrub?.(false);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    }

    node.addEventListener('pointerdown', down);
    return () => node.removeEventListener('pointerdown', down);
  };
}
