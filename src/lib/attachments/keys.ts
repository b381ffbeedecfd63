/**
 * Keyboard handling as an attachment: keys bubble up from the focused mark to the element that
 * owns them, without making that element itself a focus stop.
 */
import type { Attachment } from 'svelte/attachments';

export function keydown(handler: (event: KeyboardEvent) => void): Attachment<HTMLElement> {
  return (node) => {
    node.addEventListener('keydown', handler);
    return () => node.removeEventListener('keydown', handler);
  };
}
