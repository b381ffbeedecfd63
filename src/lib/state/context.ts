/** Typed context for the app's state, so components get it without string keys. */
import { getContext, setContext } from 'svelte';
import type { CoreDataset } from '../dataset/types';
import type { Strings } from '../i18n';
import type { PlacedEvent } from '../timeline/order';
import type { Filters } from './filters.svelte';
import type { Prefs } from './prefs.svelte';
import type { Selection } from './selection.svelte';
import type { Viewport } from './viewport.svelte';

export interface AppContext {
  viewport: Viewport;
  selection: Selection;
  prefs: Prefs;
  /** Query and filters: the timeline dims what `filters.matchingIds` leaves out, hides lanes. */
  filters: Filters;
  /** Getters so that reactivity survives the context boundary. */
  readonly dataset: CoreDataset;
  readonly sorted: PlacedEvent[];
  readonly t: Strings;
  /** Embed mode (issue 5): decides whether a wheel event may zoom (e.g. only after a click). */
  wheelAllowed?: (event: WheelEvent) => boolean;
  /** Presenter mode (issue 18): the current step's event, highlighted on the timeline. */
  readonly highlighted?: string | null;
}

const KEY = Symbol('app');

export function setAppContext(ctx: AppContext): AppContext {
  return setContext(KEY, ctx);
}

export function getAppContext(): AppContext {
  const ctx = getContext<AppContext | undefined>(KEY);
  if (!ctx) throw new Error('getAppContext() called outside the app');
  return ctx;
}
