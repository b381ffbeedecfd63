/**
 * The overview's brush, attached once its code has loaded after the first draw (as d3-zoom is):
 * the strip is drawn at once, and dragging it works a moment later.
 */
import type { Attachment } from 'svelte/attachments';
import type { BrushTarget } from './brush';

export function brushableLater(target: BrushTarget): Attachment<HTMLElement> {
  return (node) => {
    let detach: (() => void) | void;
    let destroyed = false;
    void import('./brush').then(({ brushable }) => {
      if (!destroyed) detach = brushable(target)(node);
    });
    return () => {
      destroyed = true;
      if (typeof detach === 'function') detach();
    };
  };
}
