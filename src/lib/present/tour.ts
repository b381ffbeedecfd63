/**
 * Presenter mode's steps (issue 5): which events a presentation visits and in what order, and how
 * the position moves. Pure, no DOM: the presenter component and the URL sync both call these.
 */
import { AUTOPLAY_SECONDS } from '../url/view-params';

export interface TourEvent {
  id: string;
}

/**
 * The steps: the `tour` ids in the order given (unknown ids dropped, repeats kept, since a speaker
 * may come back to an event), or every event in the given time order when there is no tour.
 * `events` are already filtered; a tour stop filtered out of view is dropped like an unknown id.
 */
export function buildSteps<E extends TourEvent>(
  events: readonly E[],
  tour: readonly string[] = [],
): E[] {
  if (tour.length === 0) return [...events];
  const byId = new Map(events.map((e) => [e.id, e]));
  return tour.flatMap((id) => byId.get(id) ?? []);
}

/** `index` kept inside `[0, count - 1]`; 0 when there are no steps. */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.max(0, Math.min(count - 1, Math.trunc(index)));
}

/** The step after `index`; stays on the last one (a presentation does not wrap to the start). */
export function nextStep(index: number, count: number): number {
  return clampStep(index + 1, count);
}

export function prevStep(index: number, count: number): number {
  return clampStep(index - 1, count);
}

/** Where a presentation opens: the step of `id` (e.g. the selected event), else the first. */
export function startStep(steps: readonly TourEvent[], id: string | null | undefined): number {
  const at = id ? steps.findIndex((s) => s.id === id) : -1;
  return at === -1 ? 0 : at;
}

/** "3 / 8": 1-based for people. */
export function progressText(index: number, count: number): string {
  return count === 0 ? '0 / 0' : `${clampStep(index, count) + 1} / ${count}`;
}

/** Seconds per autoplay step if whole and within 2–60, else null (no autoplay). */
export function validAutoplaySeconds(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return null;
  return n >= AUTOPLAY_SECONDS.min && n <= AUTOPLAY_SECONDS.max ? n : null;
}

/** The choices the presenter offers for autoplay, all within the valid range. */
export const AUTOPLAY_CHOICES: readonly number[] = [3, 5, 8, 10, 15, 30, 60];
