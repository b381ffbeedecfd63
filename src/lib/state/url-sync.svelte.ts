/**
 * The one door between the view and the URL (issues 4 and 5), after svelte.dev's Persisted state:
 * the state objects stay the single source of truth; this class reads `location.search` on start
 * and on `popstate`, applies it to them, and writes their changes back. A new selection or filter
 * is a new history entry (Back undoes it); typing, zoom and pan replace the current one once
 * they settle, so a drag or a burst of keys does not flood the history API.
 *
 * Parameters it does not act on (`embed`, `search`, `present`, `tour`, `autoplay`) are kept and
 * written back untouched; presenter and embed code read them from `params` and change them with
 * `update`.
 */
import { untrack } from 'svelte';
import type { CoreDataset } from '../dataset/types';
import { switchLanguage } from '../i18n';
import { isUrlSafeId } from '../dataset/checks';
import { DAY, parseIsoLocal, toIsoDay } from '../timeline/time';
import {
  parseViewParams,
  serializeViewParams,
  DEFAULT_VIEW,
  type ViewParams,
} from '../url/view-params';
import type { Filters } from './filters.svelte';
import type { Prefs } from './prefs.svelte';
import type { Selection } from './selection.svelte';
import type { Viewport } from './viewport.svelte';

/** Zoom, pan and typing settle for this long before the URL follows. */
export const REPLACE_DEBOUNCE_MS = 300;

/** What the sync needs of the browser: `browserLocation()` in the app, a fake in tests. */
export interface BrowserLocation {
  search(): string;
  /** `<meta name="timeline-event" content="ID">`, set by the per-event preview pages. */
  metaEvent(): string | null;
  push(query: string): void;
  replace(query: string): void;
  onPopState(listener: () => void): () => void;
}

/**
 * The browser's address, read and written. On an event's share page (`e/<id>/`, which names its
 * event in `<meta name="timeline-event">`) the page's own address stands for `?event=<id>` and
 * for nothing else: any other view is written at the app's root, so choosing another event there
 * gives the app's own URL (not `e/<id>/index.html?event=<other>`), and Back returns to the share
 * page with its event open.
 */
export function browserLocation(): BrowserLocation {
  const shared =
    document.querySelector('meta[name="timeline-event"]')?.getAttribute('content') ?? null;
  const sharePath = shared ? location.pathname : null;
  // The share page's <base> points at the app's root.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
  const appPath = new URL('./', document.baseURI).pathname;
  const shareQuery = shared ? serializeViewParams({ ...DEFAULT_VIEW, event: shared }) : null;
  const url = (query: string) => {
    if (sharePath && query === shareQuery) return `${sharePath}${location.hash}`;
    const path = sharePath ? appPath : location.pathname;
    return `${path}${query ? `?${query}` : ''}${location.hash}`;
  };
  return {
    search() {
      if (!shared || location.pathname !== sharePath) return location.search;
      if (/(?:^\?|&)event=/.test(location.search)) return location.search;
      return `?event=${encodeURIComponent(shared)}${location.search.replace(/^\?/, '&')}`;
    },
    metaEvent: () => shared,
    push: (query) => history.pushState(null, '', url(query)),
    replace: (query) => history.replaceState(history.state, '', url(query)),
    onPopState(listener) {
      addEventListener('popstate', listener);
      return () => removeEventListener('popstate', listener);
    },
  };
}

export interface UrlSyncDeps {
  viewport: Viewport;
  selection: Selection;
  filters: Filters;
  prefs: Prefs;
  dataset: () => CoreDataset | null;
  browser: BrowserLocation;
  /** Brings an event into view (the app's reveal); defaults to `viewport.reveal` of its day. */
  reveal?: (id: string) => void;
}

/** The parameters this class does not act on, only carries. */
export type PassThrough = Pick<ViewParams, 'embed' | 'search' | 'present' | 'tour' | 'autoplay'>;

interface Snapshot {
  /** Selection and filters: a change here is a new history entry. */
  entry: string;
  /** Zoom and pan, and the query being typed: changes here settle before they are written. */
  range: string;
  query: string;
  full: string;
}

export class UrlSync {
  /** The parameters as last read from the URL (or set by `update`). */
  params = $state.raw<ViewParams>({ ...DEFAULT_VIEW });
  /** An `event=` id that is neither an event nor an alias: the app shows a notice. */
  notFound = $state<string | null>(null);

  readonly #deps: UrlSyncDeps;
  #last: Snapshot | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(deps: UrlSyncDeps) {
    this.#deps = deps;
    // The rest of the URL applies once the dataset is in; its language applies as soon as its
    // strings are here, and the dataset waits for that (`DatasetState.load`), so the first draw
    // is in the URL's language.
    const { lang } = parseViewParams(deps.browser.search()).params;
    this.stringsReady = lang ? switchLanguage(deps.prefs, lang) : Promise.resolve();
  }

  /** Resolves when the URL's language is applied (or could not be: Vietnamese stays). */
  readonly stringsReady: Promise<void>;

  /** Applies the URL, then follows the state and the history; returns the cleanup. */
  start(): () => void {
    this.#applyLocation(true);
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const next = this.#snapshot();
        untrack(() => this.#write(next));
      });
    });
    const stopListening = this.#deps.browser.onPopState(() => this.#applyLocation(false));
    return () => {
      stopEffects();
      stopListening();
      if (this.#timer) clearTimeout(this.#timer);
    };
  }

  /** Opens an event's card and brings it into view (a new history entry). */
  selectEvent(id: string): boolean {
    const resolved = this.resolve(id);
    if (!resolved) return false;
    this.#deps.selection.select(resolved);
    this.#reveal(resolved);
    return true;
  }

  /** Shows `[from, to]` (ISO days, inclusive); the URL follows after the debounce. */
  setRange(from: string, to: string): void {
    this.#deps.viewport.setDomain(parseIsoLocal(from), parseIsoLocal(to) + DAY);
  }

  /** Changes carried parameters (presenter, embed); written with replaceState. */
  update(patch: Partial<PassThrough>): void {
    this.params = { ...this.params, ...patch };
  }

  dismissNotFound(): void {
    this.notFound = null;
  }

  /** An event id as it is now: itself, its new id if it was renamed, or null. */
  resolve(id: string): string | null {
    const dataset = this.#deps.dataset();
    if (!dataset) return null;
    if (dataset.events.some((e) => e.id === id)) return id;
    const renamed = dataset.aliases?.[id];
    return renamed && dataset.events.some((e) => e.id === renamed) ? renamed : null;
  }

  #reveal(id: string): void {
    if (this.#deps.reveal) return this.#deps.reveal(id);
    const event = this.#deps.dataset()?.events.find((e) => e.id === id);
    if (event) this.#deps.viewport.reveal(parseIsoLocal(event.date));
  }

  #applyLocation(first: boolean): void {
    const { params } = parseViewParams(this.#deps.browser.search());
    const meta = first && !params.event ? this.#deps.browser.metaEvent() : null;
    if (meta && isUrlSafeId(meta)) params.event = meta;
    this.params = params;
    const { viewport, selection, filters, prefs } = this.#deps;
    filters.setParams(params);
    // A person or document the dataset does not have would filter the timeline down to nothing:
    // it drops out like any invalid parameter.
    const dataset = this.#deps.dataset();
    if (filters.person && !dataset?.people.some((p) => p.id === filters.person))
      filters.person = null;
    if (filters.doc && !dataset?.documents.some((d) => d.id === filters.doc)) filters.doc = null;
    if (params.lang) prefs.setLang(params.lang);
    if (params.theme) prefs.setTheme(params.theme);
    else if (!first) prefs.followSystemTheme();

    if (params.from && params.to) this.setRange(params.from, params.to);
    else if (!first) viewport.reset();

    const resolved = params.event ? this.resolve(params.event) : null;
    this.notFound = params.event && !resolved ? params.event : null;
    selection.select(resolved);
    if (resolved && !(params.from && params.to)) this.#reveal(resolved);

    // What the URL said, as the state now says it: invalid parameters, unknown events and old
    // ids drop out or are renamed without adding a history entry.
    if (this.#timer) clearTimeout(this.#timer);
    this.#last = this.#snapshot();
    const current = this.#deps.browser.search().replace(/^\?/, '');
    if (this.#last.full !== current) this.#deps.browser.replace(this.#last.full);
  }

  #snapshot(): Snapshot {
    const { viewport, selection, filters, prefs } = this.#deps;
    const [a, b] = viewport.domain;
    const whole = a === viewport.bounds[0] && b === viewport.bounds[1];
    const view: ViewParams = {
      ...this.params,
      ...filters.params,
      event: selection.id,
      from: whole ? null : toIsoDay(a),
      to: whole ? null : toIsoDay(b - 1),
      lang: prefs.lang === 'vi' ? null : prefs.lang,
      // Themes follow the system unless the URL or the viewer chose one.
      theme: prefs.themeChosen ? prefs.theme : null,
    };
    const entry = serializeViewParams({
      ...DEFAULT_VIEW,
      kinds: view.kinds,
      person: view.person,
      doc: view.doc,
      event: view.event,
    });
    return {
      entry,
      range: `${view.from}..${view.to}`,
      query: view.q,
      full: serializeViewParams(view),
    };
  }

  #write(next: Snapshot): void {
    const last = this.#last;
    if (!last || next.full === last.full) return;
    this.#last = next;
    const pending = this.#timer !== null;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (next.entry !== last.entry) {
      // The entry being left gets its settled state first, so Back returns to it as it was.
      if (pending) this.#deps.browser.replace(last.full);
      return this.#deps.browser.push(next.full);
    }
    // Zoom, pan and typing settle before they are written: replaceState on every wheel step or
    // key press costs the browser a few milliseconds each (measured: 4 ms per key at 10,000).
    // Anything else (leaving presenter mode, a language) is written at once.
    if (next.range === last.range && next.query === last.query)
      return this.#deps.browser.replace(next.full);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#deps.browser.replace(this.#last!.full);
    }, REPLACE_DEBOUNCE_MS);
  }
}
