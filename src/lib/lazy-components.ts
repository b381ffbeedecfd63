/**
 * Components the first draw does not need, loaded on demand so the initial download stays
 * within its budget (issue 6): presenting, embedding, sharing and downloads. Each loader is
 * memoised, so a component is fetched once however often it is mounted.
 */
import type { Component } from 'svelte';

// Component props are checked where each one is used; here only the loading is shared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = Component<any>;

function once(load: () => Promise<{ default: AnyComponent }>): () => Promise<AnyComponent> {
  let promise: Promise<AnyComponent> | null = null;
  return () => (promise ??= load().then((m) => m.default));
}

export const loadPresenterView = once(() => import('../components/present/PresenterView.svelte'));
export const loadEmbedDialog = once(() => import('../components/embed/EmbedDialog.svelte'));
export const loadCompactEmbed = once(() => import('../components/embed/CompactEmbed.svelte'));
export const loadEmbedFooter = once(() => import('../components/embed/EmbedFooter.svelte'));
// The open event's card, with its neighbours and actions (share, cite): on the first selection.
export const loadCardPanel = once(() => import('../components/detail/CardPanel.svelte'));
export const loadDownloadMenu = once(() => import('../components/share/DownloadMenu.svelte'));
// The list view and the not-found notice are one toggle or one bad link away.
export const loadEventList = once(() => import('../components/list/EventList.svelte'));
export const loadNotFound = once(() => import('../components/layout/NotFound.svelte'));
// The search box and filter bar follow the first draw by a moment; the timeline comes first.
export const loadSearchBox = once(() => import('../components/search/SearchBox.svelte'));
export const loadFilterBar = once(() => import('../components/search/FilterBar.svelte'));
export const loadTooltip = once(() => import('../components/timeline/Tooltip.svelte'));
// The connectors between marks are drawn a moment after the marks themselves.
export const loadLinks = once(() => import('../components/timeline/Links.svelte'));
// The canvas that draws the marks while a gesture moves the view: loaded after the first draw.
export const loadMarksCanvas = once(() => import('../components/timeline/MarksCanvas.svelte'));
// The legend's toggle follows the first draw by a moment (its room is kept); its line loads when a
// reader first opens it.
export const loadLegendToggle = once(() => import('../components/legend/LegendToggle.svelte'));
export const loadLegend = once(() => import('../components/legend/Legend.svelte'));
