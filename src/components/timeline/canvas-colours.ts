/**
 * A lane's colour on a canvas, for the gesture canvas and the overview strip alike. The browser
 * repaints the page in forced colours (Windows high contrast) but not a canvas, which must ask for
 * the system's colours by name: events and directives then take the text colour, and tenure bars
 * keep theirs, as their SVG does.
 */
import type { EventKind } from '../../lib/dataset/types';

const FALLBACK: Record<EventKind, string> = {
  event: '#0072b2',
  leadership: '#c2500a',
  directive: '#00795a',
};

export function kindColour(style: CSSStyleDeclaration, kind: EventKind, forced: boolean): string {
  if (forced && kind !== 'leadership') return 'CanvasText';
  return style.getPropertyValue(`--c-${kind}`).trim() || FALLBACK[kind];
}
