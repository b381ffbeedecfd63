/**
 * An embed's chart scrolls inside the frame (its lower lanes and overview a scroll away): the
 * selected event's mark (a start event, a host's `goto`) is brought into view there by setting
 * the chart's own scroll position, never with `scrollIntoView`, which would scroll the host page
 * too.
 */
export function scrollIntoFrame(root: HTMLElement, id: string): void {
  const view = root.querySelector<HTMLElement>('.view');
  const mark = view?.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
  if (!view || !mark) return;
  const box = view.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  if (at.top < box.top || at.bottom > box.bottom)
    view.scrollTop += at.top - box.top - (box.height - at.height) / 2;
}
