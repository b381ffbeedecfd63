import { coreOf } from '../dataset/core';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../dataset/types';
import { loadTestDataset } from '../search/fixtures/test-dataset';
import { DAY, parseIsoLocal } from '../timeline/time';
import { Filters } from './filters.svelte';
import { Prefs } from './prefs.svelte';
import { Selection } from './selection.svelte';
import { REPLACE_DEBOUNCE_MS, UrlSync, type BrowserLocation } from './url-sync.svelte';
import { Viewport } from './viewport.svelte';

/** A history of query strings (no `?`), with Back/Forward that fire `popstate` like a browser. */
function fakeBrowser(initial: string, meta: string | null = null) {
  let listener = () => {};
  const history = {
    entries: [initial],
    index: 0,
    pushes: 0,
    replaces: 0,
    get current() {
      return history.entries[history.index]!;
    },
    go(delta: number) {
      history.index += delta;
      listener();
    },
  };
  const browser: BrowserLocation = {
    search: () => (history.current ? `?${history.current}` : ''),
    metaEvent: () => meta,
    push(query) {
      history.entries = [...history.entries.slice(0, history.index + 1), query];
      history.index++;
      history.pushes++;
    },
    replace(query) {
      history.entries[history.index] = query;
      history.replaces++;
    },
    onPopState(fn) {
      listener = fn;
      return () => (listener = () => {});
    },
  };
  return { browser, history };
}

const base = loadTestDataset();
const [first, second, third] = base.events;
const dataset: Dataset = { ...base, aliases: { 'old-id-of-the-third': third!.id } };

function setup(query: string, meta: string | null = null) {
  const { browser, history } = fakeBrowser(query, meta);
  const viewport = new Viewport();
  viewport.setRange(dataset.range);
  const selection = new Selection();
  const prefs = new Prefs(false, false);
  const filters = new Filters({ events: () => dataset.events, matcher: () => null });
  const sync = new UrlSync({
    viewport,
    selection,
    filters,
    prefs,
    dataset: () => coreOf(dataset),
    browser,
  });
  const stop = sync.start();
  flushSync();
  return { sync, stop, history, viewport, selection, prefs, filters };
}

let stops: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});
const open = (query: string, meta: string | null = null) => {
  const s = setup(query, meta);
  stops.push(s.stop);
  return s;
};

describe('UrlSync', () => {
  it('restores a whole view from the URL and leaves a clean URL as it is', () => {
    const query = `q=thanh+uy&kinds=event,directive&person=dinh-tien-dung&event=${first!.id}&from=2021-01-01&to=2021-06-30&lang=en&theme=dark`;
    const { history, viewport, selection, prefs, filters } = open(query);
    expect(filters.params).toEqual({
      q: 'thanh uy',
      kinds: ['event', 'directive'],
      person: 'dinh-tien-dung',
      doc: null,
    });
    expect(selection.id).toBe(first!.id);
    expect(viewport.domain).toEqual([
      parseIsoLocal('2021-01-01'),
      parseIsoLocal('2021-06-30') + DAY,
    ]);
    expect([prefs.lang, prefs.theme]).toEqual(['en', 'dark']);
    expect(history.entries).toEqual([query]);
    expect(history.pushes + history.replaces).toBe(0);
  });

  it('reads <meta name="timeline-event"> as if it were event=', () => {
    const { selection, history } = open('', second!.id);
    expect(selection.id).toBe(second!.id);
    expect(history.current).toBe(`event=${second!.id}`);
  });

  it('resolves an old id to its new one and rewrites the URL in place', () => {
    const { selection, history, sync } = open('event=old-id-of-the-third');
    expect(selection.id).toBe(third!.id);
    expect(sync.notFound).toBeNull();
    expect(history.entries).toEqual([`event=${third!.id}`]);
  });

  it('reports an unknown id, opens nothing and drops it from the URL', () => {
    const { selection, history, sync } = open('event=never-published&q=hoi+nghi');
    expect(selection.id).toBeNull();
    expect(sync.notFound).toBe('never-published');
    expect(history.entries).toEqual(['q=hoi+nghi']);
    sync.dismissNotFound();
    expect(sync.notFound).toBeNull();
  });

  it.each([
    ['markup', 'event=%3Cscript%3E&q=%3Cb%3Ehi%3C%2Fb%3E'],
    ['bad dates', 'from=2021-13-45&to=yesterday'],
    ['unknown lanes', 'kinds=bogus,event'],
    ['junk', 'utm_source=x&lang=fr&theme=neon'],
  ])('ignores %s without throwing and cleans the URL', (_, query) => {
    const { history, selection, filters } = open(query);
    expect(selection.id).toBeNull();
    expect(filters.active).toBe(false);
    expect(history.current).toBe('');
  });

  it('makes a new history entry per selection, and Back/Forward walk them', () => {
    const { history, selection } = open('');
    selection.select(first!.id);
    flushSync();
    selection.select(second!.id);
    flushSync();
    expect(history.entries).toEqual(['', `event=${first!.id}`, `event=${second!.id}`]);
    history.go(-1);
    expect(selection.id).toBe(first!.id);
    history.go(-1);
    expect(selection.id).toBeNull();
    history.go(1);
    expect(selection.id).toBe(first!.id);
    flushSync();
    expect(history.pushes).toBe(2);
  });

  it('drops a person or document the dataset does not have, rather than filtering to nothing', () => {
    const person = dataset.people[0]!.id;
    const { history, filters } = open(`person=${person}&doc=no-such-document`);
    expect(filters.person).toBe(person);
    expect(filters.doc).toBeNull();
    expect(history.current).toBe(`person=${person}`);
    const other = open('person=no-such-person');
    expect(other.filters.person).toBeNull();
    expect(other.history.current).toBe('');
  });

  it('pushes filter changes but replaces while typing', () => {
    const { history, filters } = open('');
    filters.query = 'thanh';
    flushSync();
    filters.query = 'thanh uy';
    flushSync();
    expect(history.entries).toEqual(['']); // not on every key
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(history.entries).toEqual(['q=thanh+uy']);
    filters.toggleKind('leadership');
    flushSync();
    expect(history.entries).toEqual(['q=thanh+uy', 'q=thanh+uy&kinds=event,directive']);
    expect(history.pushes).toBe(1);
  });

  it('settles a query still being typed before a filter change pushes a new entry', () => {
    const { history, filters } = open('');
    filters.query = 'dinh';
    flushSync();
    filters.toggleKind('leadership');
    flushSync();
    expect(history.entries).toEqual(['q=dinh', 'q=dinh&kinds=event,directive']);
  });

  it('leaves the theme out of the URL while it follows the system, as the system changes', () => {
    const { history, prefs } = open('');
    prefs.setSystemTheme('dark');
    flushSync();
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(prefs.theme).toBe('dark');
    expect(history.current).toBe('');
    // The viewer's own choice is a departure from the system, so the link carries it.
    prefs.setTheme('light');
    flushSync();
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(history.current).toBe('theme=light');
  });

  it('writes zoom and pan only once they settle, with replaceState', () => {
    const { history, viewport } = open('');
    viewport.setDomain(parseIsoLocal('2020-01-01'), parseIsoLocal('2020-07-01'));
    flushSync();
    viewport.panBy(10 * DAY);
    flushSync();
    expect(history.current).toBe('');
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(history.entries).toEqual(['from=2020-01-11&to=2020-07-10']);
    expect(history.pushes).toBe(0);
  });

  it('carries embed, present and tour through untouched, and lets them be updated', () => {
    const tour = `${first!.id},${second!.id}`;
    const { history, selection, sync } = open(`embed=1&search=0&present=1&tour=${tour}`);
    expect(sync.params).toMatchObject({ embed: true, search: false, present: true });
    expect(sync.params.tour).toEqual([first!.id, second!.id]);
    selection.select(second!.id);
    flushSync();
    expect(history.current).toBe(`event=${second!.id}&embed=1&search=0&present=1&tour=${tour}`);
    sync.update({ present: false });
    flushSync();
    expect(history.current).toBe(`event=${second!.id}&embed=1&search=0&tour=${tour}`);
  });

  it('selectEvent and setRange drive the view for presenter and embed code', () => {
    const { history, selection, viewport, sync } = open('');
    expect(sync.selectEvent('old-id-of-the-third')).toBe(true);
    expect(selection.id).toBe(third!.id);
    expect(sync.selectEvent('nope')).toBe(false);
    sync.setRange('2022-01-01', '2022-03-31');
    expect(viewport.domain).toEqual([
      parseIsoLocal('2022-01-01'),
      parseIsoLocal('2022-03-31') + DAY,
    ]);
    flushSync();
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(history.current).toBe(`event=${third!.id}&from=2022-01-01&to=2022-03-31`);
  });
});
