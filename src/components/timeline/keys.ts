/**
 * The timeline's keyboard: the twin of every pointer gesture. Pure over a narrow interface so the
 * mapping is testable without a DOM.
 */
import type { EventSpan } from '../../lib/timeline/time';

export interface KeyTarget {
  viewport: {
    zoomBy(factor: number, anchor?: number): void;
    reset(): void;
    reveal(start: number, end?: number): void;
  };
  selection: {
    id: string | null;
    active: string | null;
    select(id: string | null): void;
    setActive(id: string | null): void;
    clear(): void;
  };
  step: (step: number) => string | null;
  spanOf: (id: string) => EventSpan | undefined;
  edge: (last: boolean) => string | null;
}

/** Applies `key`; returns 'moved' when the active event changed, true when handled, false if not. */
export function handleTimelineKey(key: string, target: KeyTarget): 'moved' | boolean {
  const { viewport, selection } = target;
  const moveTo = (id: string | null) => {
    if (!id) return false;
    selection.setActive(id);
    // With a card open, walking the marks walks the cards too.
    if (selection.id) selection.select(id);
    const span = target.spanOf(id);
    if (span) viewport.reveal(span.start, Math.min(span.end, span.start + 86_400_000));
    return 'moved' as const;
  };
  const anchor = () => (selection.active ? target.spanOf(selection.active)?.start : undefined);
  switch (key) {
    case 'ArrowRight':
      return moveTo(target.step(1));
    case 'ArrowLeft':
      return moveTo(target.step(-1));
    case 'Home':
      return moveTo(target.edge(false));
    case 'End':
      return moveTo(target.edge(true));
    case 'Enter':
      if (!selection.active) return false;
      selection.select(selection.active);
      return true;
    case 'Escape':
      if (!selection.id) return false;
      selection.clear();
      return true;
    case '+':
    case '=':
      viewport.zoomBy(2, anchor());
      return true;
    case '-':
    case '_':
      viewport.zoomBy(0.5, anchor());
      return true;
    case '0':
      viewport.reset();
      return true;
    default:
      return false;
  }
}
