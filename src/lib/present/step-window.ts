/**
 * The window a presenter's slide shows for one step: the current event with its neighbours in
 * time on either side, so the audience sees where it falls among what came before and after.
 * Pure: the App glides the viewport to it (glide.ts).
 */
import { clampDomain, type Domain } from '../timeline/domain';
import type { PlacedEvent } from '../timeline/order';
import { DAY } from '../timeline/time';

export interface StepWindowOptions {
  /** Never narrower than this: a lone event still shows a stretch of calendar around it. */
  minSpan?: number;
  /** Never wider: a neighbour years away is left out rather than the view zoomed out to it. */
  maxSpan?: number;
  /** Room on each side, as a share of the window: marks at the ends keep their labels in view. */
  pad?: number;
}

export const STEP_WINDOW = { minSpan: 60 * DAY, maxSpan: 4.5 * 365 * DAY, pad: 0.14 } as const;

/**
 * The window for the event `id` among `sorted` (time order, the events shown): from its previous
 * neighbour to its next one, each side at most half of `maxSpan`, padded, clamped to `bounds`.
 * Null when `id` is not among them.
 */
export function stepWindow(
  sorted: readonly PlacedEvent[],
  id: string,
  bounds: Domain,
  options: StepWindowOptions = {},
): Domain | null {
  const { minSpan, maxSpan, pad } = { ...STEP_WINDOW, ...options };
  const i = sorted.findIndex((p) => p.event.id === id);
  if (i === -1) return null;
  const at = sorted[i]!.span.start;
  const half = maxSpan / 2;
  // Neighbours on the same day as the event are no help: look past them for the nearest
  // different instant on each side.
  let before = at;
  for (let k = i - 1; k >= 0 && before === at; k--) before = sorted[k]!.span.start;
  let after = at + DAY;
  for (let k = i + 1; k < sorted.length && after <= at + DAY; k++)
    after = sorted[k]!.span.start + DAY;
  const lo = at - Math.min(at - before, half);
  const hi = at + Math.min(after - at, half);
  let from = lo;
  let to = hi;
  if (to - from < minSpan) {
    // Short: widen around the middle of what must show, keeping the event in.
    const middle = (from + to) / 2;
    from = middle - minSpan / 2;
    to = middle + minSpan / 2;
  }
  const room = ((to - from) * pad) / (1 - 2 * pad);
  return clampDomain([from - room, to + room], bounds);
}
