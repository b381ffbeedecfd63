/**
 * An embed's link to the page that hosts it. The bridge code loads only inside an embed; once
 * started it carries the host's commands in and reports selection, visible range and height out.
 */
import type { HostBridge, HostCommands } from '../export/host-bridge';
import { toIsoDay } from '../timeline/time';
import type { UrlSync } from './url-sync.svelte';

export interface HostLinkSource {
  embedded: () => boolean;
  selectionId: () => string | null;
  /** Visible window as inclusive ISO days, null before the dataset is ready. */
  range: () => readonly [string, string] | null;
  root: () => HTMLElement | undefined;
  commands: HostCommands;
}

export class HostLink {
  #bridge = $state<HostBridge | null>(null);
  #source: HostLinkSource;

  constructor(source: HostLinkSource) {
    this.#source = source;
    $effect(() => {
      if (source.embedded()) this.#bridge?.select(source.selectionId());
    });
    $effect(() => {
      const range = source.range();
      if (source.embedded() && range) this.#bridge?.rangechange(range[0], range[1]);
    });
    $effect(() => {
      const root = source.root();
      if (source.embedded() && root) this.#bridge?.observe(root);
    });
  }

  async start(): Promise<void> {
    const { HostBridge } = await import('../export/host-bridge');
    this.#bridge = new HostBridge(window, this.#source.commands);
    this.#bridge.start();
  }

  stop(): void {
    this.#bridge?.stop();
  }
}

/**
 * Links an embed to its host from outside a component's setup (the App loads this module only in
 * embed mode, once the dataset is ready): the link's effects run until the returned stop.
 */
export function linkHost(source: HostLinkSource): () => void {
  let link: HostLink | undefined;
  const stopEffects = $effect.root(() => {
    link = new HostLink(source);
  });
  void link?.start();
  return () => {
    stopEffects();
    link?.stop();
  };
}

/** What of the app an embed's link reads and drives. */
export interface LinkedApp {
  urlSync: Pick<UrlSync, 'params' | 'selectEvent' | 'setRange'>;
  selection: { readonly id: string | null };
  viewport: { readonly domain: readonly [number, number] };
  filters: { query: string };
  /** Whether the dataset is ready (the visible range is reported from then on). */
  ready: () => boolean;
  root: () => HTMLElement | undefined;
  /** Moves the selection to the next (1) or previous (-1) event shown. */
  step: (by: 1 | -1) => void;
}

/** `linkHost` for the app: its selection and visible range out, the host's commands in. */
export function linkApp(app: LinkedApp): () => void {
  const { urlSync, selection, viewport, filters } = app;
  return linkHost({
    embedded: () => urlSync.params.embed,
    selectionId: () => selection.id,
    range: () =>
      app.ready() ? [toIsoDay(viewport.domain[0]), toIsoDay(viewport.domain[1] - 1)] : null,
    root: app.root,
    commands: {
      goto: (id) => void urlSync.selectEvent(id),
      next: () => app.step(1),
      prev: () => app.step(-1),
      setRange: (from, to) => urlSync.setRange(from, to),
      search: (q) => (filters.query = q),
    },
  });
}
