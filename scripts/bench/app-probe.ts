/**
 * Measurements of our app in a page: first draw from the app's performance marks, and a scripted
 * zoom from the whole range down to about one week and back, one wheel step per frame, with frame
 * times, per-step work, long animation frames and the timeline's DOM node count.
 */
import type { Page } from '@playwright/test';
import { corePath } from '../../src/lib/dataset/core';
import type { BenchContext } from './harness';

export interface Draw {
  /** Navigation start → first drawn timeline. */
  total: number;
  /** Dataset fetched and validated → first drawn timeline. */
  fromData: number;
  /**
   * The core file's response in the app's hands → dataset validated: reading the body (the
   * preload has fetched it since the page began), JSON parse and validation.
   */
  load: number;
  /** The validation part of `load`. */
  validate: number;
  /** Navigation start → the app takes the response (after its own start-up). */
  response: number;
  /** Navigation start → the preloaded core file fully downloaded (Resource Timing). */
  downloaded: number;
  /** DOM nodes in `.timeline` right after the first draw. */
  nodes: number;
  /**
   * Dataset validated → the end of the frame that first shows the marks (its style, layout and
   * paint done), when the page has `FRAME_AFTER_DRAW`; NaN otherwise. The app's mark comes when
   * the marks exist in the DOM, before the browser has laid them out and painted them.
   *
   * The frame's end is read from its long-animation-frame entry (any frame over 50 ms has one, as
   * this one has at 10,000 events); a shorter frame falls back to `afterFrame`.
   */
  presented: number;
  /**
   * Dataset validated → the first task queued from that frame's rAF. Later than the frame's end
   * by whatever the page had queued before it: the overview's deferred drawing, and Playwright's
   * own scripts while it waits for the marks (26–98 ms measured in traces here).
   */
  afterFrame: number;
}

/**
 * An init script: marks `bench:frame-after-draw` once the frame that follows the app's
 * `timeline:first-draw` mark has been produced (a task queued from that frame's rAF runs after
 * its rendering), and keeps the page's long-animation-frame entries, which say exactly when a
 * frame's rendering ended. The peers are timed to a forced layout; this is the comparable end
 * for ours.
 */
export const FRAME_AFTER_DRAW = `
  globalThis.__frameAfterDraw = true;
  {
    const frames = [];
    const observer = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    observer.observe({ type: 'long-animation-frame', buffered: true });
    // Entries not yet handed to the callback are taken too.
    globalThis.__longFrames = () => [...frames, ...observer.takeRecords()];
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      const entry = mark(name, ...rest);
      if (name === 'timeline:first-draw')
        requestAnimationFrame(() => setTimeout(() => mark('bench:frame-after-draw'), 0));
      return entry;
    };
  }`;

export interface ZoomRun {
  /** requestAnimationFrame intervals, one per step (16.7 ms is the 60 Hz floor). */
  frames: number[];
  /** Per step: input handling, Svelte's update, style and layout (paint excluded). */
  work: number[];
  /** Long animation frames (> 50 ms) seen during the run. */
  longFrames: number[];
  maxNodes: number;
  zoomedIn: string;
  end: string;
  steps: { in: number; pan: number; out: number };
}

/**
 * Makes `page` load `file` (a path under the served dist copy) as the app's dataset. The request
 * is redirected, not fulfilled from Node: 20 MB pushed through the DevTools protocol would time
 * the protocol, and the preview server compresses it as a static host would.
 */
export async function serveDataset(page: Page, file: string): Promise<void> {
  // On the context, so the search worker's own fetch of the full file is redirected too.
  await page.context().route(/\/data\/timeline(\.core)?\.json/, (route) => {
    const url = route.request().url();
    const wanted = /\.core\.json/.test(url) ? corePath(file) : file;
    return route.continue({
      url: new URL(wanted, url.replace(/data\/timeline(\.core)?\.json.*$/, '')).href,
    });
  });
}

export async function firstDraw(page: Page, url: string): Promise<Draw> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-draw').length > 0, {
    timeout: 60_000,
  });
  // Counted now, as close to the mark as the page allows.
  const nodes = await page.evaluate(
    () => document.querySelector('.timeline')?.querySelectorAll('*').length ?? 0,
  );
  await page.waitForFunction(
    () =>
      !('__frameAfterDraw' in globalThis) ||
      performance.getEntriesByName('bench:frame-after-draw').length > 0,
    { timeout: 60_000 },
  );
  const draw = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const drawn = at('timeline:first-draw');
    const core = performance
      .getEntriesByType('resource')
      .find((entry) => new URL(entry.name).pathname.endsWith('timeline.core.json')) as
      PerformanceResourceTiming | undefined;
    const afterFrame = at('bench:frame-after-draw');
    const longFrames = (globalThis as { __longFrames?: () => PerformanceEntry[] }).__longFrames;
    const frame = longFrames?.().find(
      (entry) => entry.startTime <= drawn && drawn <= entry.startTime + entry.duration,
    );
    return {
      total: drawn,
      fromData: drawn - at('dataset:ready'),
      load: at('dataset:ready') - at('dataset:response'),
      validate: at('dataset:ready') - at('dataset:parsed'),
      response: at('dataset:response'),
      downloaded: core?.responseEnd ?? NaN,
      presented: (frame ? frame.startTime + frame.duration : afterFrame) - at('dataset:ready'),
      afterFrame: afterFrame - at('dataset:ready'),
    };
  });
  return { ...draw, nodes };
}

/**
 * Waits for d3-zoom, which loads after the first draw, and for the search index, which is built
 * when the page is first idle (in a worker above 2,000 events): the scripted zoom measures zooming,
 * not zooming while another thread builds an index on the same two cores.
 */
export async function zoomReady(page: Page): Promise<void> {
  await page.waitForFunction(() => '__zoom' in (document.querySelector('.plot') ?? {}), null, {
    timeout: 30_000,
  });
  await page
    .waitForFunction(() => performance.getEntriesByName('search:ready').length > 0, null, {
      timeout: 30_000,
    })
    .catch(() => {
      // No search in this page (an embed without it): nothing to wait for.
    });
}

/**
 * Zooms in with wheel steps anchored at `anchor` (0..1 across the plot) until d3's scale reaches
 * `targetK` (the whole range / one week), pans by dragging, and zooms back out to the whole range.
 */
export function zoomAndPan(page: Page, targetK: number, anchor: number): Promise<ZoomRun> {
  return page.evaluate(
    async ({ targetK, anchor }) => {
      const plot = document.querySelector<HTMLElement>('.plot')!;
      const timeline = document.querySelector('.timeline')!;
      const box = plot.getBoundingClientRect();
      const cx = box.left + box.width * anchor;
      const cy = box.top + 20;
      const k = () => (plot as unknown as { __zoom: { k: number } }).__zoom.k;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const frames: number[] = [];
      const work: number[] = [];
      const longFrames: number[] = [];
      let maxNodes = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longFrames.push(e.duration);
      });
      try {
        observer.observe({ type: 'long-animation-frame', buffered: false });
      } catch {
        // Not supported by this browser: the count stays empty and is reported as such.
      }
      let last = await frame();
      const step = async (act: () => void) => {
        const t0 = performance.now();
        act();
        // Svelte 5 flushes state changes in a microtask: let it run before measuring layout.
        for (let i = 0; i < 4; i++) await Promise.resolve();
        void document.body.offsetHeight; // force this step's style and layout
        work.push(performance.now() - t0);
        maxNodes = Math.max(maxNodes, timeline.querySelectorAll('*').length);
        const now = await frame();
        frames.push(now - last);
        last = now;
      };
      const wheel = (deltaY: number) =>
        plot.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY,
            clientX: cx,
            clientY: cy,
            bubbles: true,
            cancelable: true,
          }),
        );
      const mouse = (type: string, x: number, target: EventTarget) =>
        target.dispatchEvent(
          new MouseEvent(type, {
            clientX: x,
            clientY: cy,
            button: 0,
            bubbles: true,
            cancelable: true,
            view: window,
          }),
        );
      const rangeText = () => document.querySelector('[data-visible-range]')?.textContent ?? '';
      const steps = { in: 0, pan: 0, out: 0 };
      while (k() < targetK && steps.in < 300) {
        await step(() => wheel(-60));
        steps.in++;
      }
      const zoomedIn = rangeText();
      mouse('mousedown', cx, plot);
      for (let i = 1; i <= 60; i++) {
        await step(() => mouse('mousemove', cx - i * 8, window));
        steps.pan++;
      }
      await step(() => mouse('mouseup', cx - 480, window));
      while (k() > 1.0001 && steps.out < 300) {
        await step(() => wheel(60));
        steps.out++;
      }
      await frame();
      observer.disconnect();
      return { frames, work, longFrames, maxNodes, zoomedIn, end: rangeText(), steps };
    },
    { targetK, anchor },
  );
}

const DAY = 86_400_000;

/** d3's scale at one week and the plot fraction of `day`, for a dataset's range (see padBounds). */
export function zoomTarget(
  range: { start: string; end: string },
  day: string,
): { targetK: number; anchor: number } {
  const start = Date.parse(range.start);
  const end = Date.parse(range.end) + DAY;
  const pad = (end - start) * 0.02;
  const [from, to] = [start - pad, end + pad];
  return { targetK: (to - from) / (7 * DAY), anchor: (Date.parse(day) - from) / (to - from) };
}

/** The busiest week of the generated data: the XVII city party congress (2020-10-12). */
export const CONGRESS_DAY = '2020-10-12';

export function newAppPage(ctx: BenchContext): Promise<Page> {
  return ctx.newPage();
}
