/**
 * Timeline section: time from navigation to the first drawn timeline (the app's
 * `timeline:first-draw` performance mark), and frame times of a scripted zoom-and-pan on the
 * dataset the build serves. Prints numbers only.
 */
import type { Page } from '@playwright/test';
import { percentile, type BenchContext } from './harness';

const RUNS = 5;

interface Draw {
  /** Navigation start → first drawn timeline. */
  total: number;
  /** Dataset fetched and validated → first drawn timeline. */
  fromData: number;
  /** Fetch start → dataset validated. */
  load: number;
}

async function firstDraw(page: Page, url: string): Promise<Draw> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-draw').length > 0);
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const draw = at('timeline:first-draw');
    return {
      total: draw,
      fromData: draw - at('dataset:ready'),
      load: at('dataset:ready') - at('dataset:fetch'),
    };
  });
}

/** Drives d3-zoom with synthetic wheel and drag events, one step per frame. */
function zoomAndPan(page: Page) {
  return page.evaluate(async () => {
    const plot = document.querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + 20;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const frames: number[] = [];
    const work: number[] = [];
    let last = await frame();
    const step = async (act: () => void) => {
      const t0 = performance.now();
      act();
      void document.body.offsetHeight; // force style and layout of this step's DOM
      work.push(performance.now() - t0);
      const now = await frame();
      if (frames.length % 5 === 0) countNodes();
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

    let maxNodes = 0;
    const countNodes = () => {
      maxNodes = Math.max(
        maxNodes,
        document.querySelector('.timeline')!.querySelectorAll('*').length,
      );
    };
    const rangeText = () => document.querySelector('[data-visible-range]')?.textContent ?? '';
    for (let i = 0; i < 60; i++) await step(() => wheel(-60)); // five years down to days
    const zoomedIn = rangeText();
    mouse('mousedown', cx, plot);
    for (let i = 1; i <= 60; i++) await step(() => mouse('mousemove', cx + i * 8, window));
    await step(() => mouse('mouseup', cx + 480, window));
    for (let i = 0; i < 60; i++) await step(() => wheel(60)); // and back out
    return { frames, work, zoomedIn, end: rangeText(), maxNodes };
  });
}

async function scenario(ctx: BenchContext, label: string, dataset?: string): Promise<void> {
  const page = await ctx.newPage();
  if (dataset)
    await page.route('**/data/timeline.json', (route) =>
      route.fulfill({ body: dataset, contentType: 'application/json' }),
    );
  await page.goto(ctx.baseUrl);
  const data = (await page.evaluate(async () => (await fetch('data/timeline.json')).json())) as {
    events: unknown[];
  };
  ctx.log(`### ${label}: ${data.events.length} events`);

  const draws: Draw[] = [];
  for (let i = 0; i < RUNS; i++) draws.push(await firstDraw(page, ctx.baseUrl));
  const median = (key: keyof Draw) =>
    percentile(
      draws.map((d) => d[key]),
      50,
    ).toFixed(1);
  ctx.log(
    `navigation → first drawn timeline: median ${median('total')} ms ` +
      `(runs: ${draws.map((d) => d.total.toFixed(0)).join(', ')})`,
  );
  ctx.log(
    `  of which fetch+validate ${median('load')} ms, dataset ready → first draw ${median('fromData')} ms`,
  );

  // d3-zoom loads after the first draw; wait for it before scripting gestures.
  await page.waitForFunction(() => '__zoom' in (document.querySelector('.plot') ?? {}));
  const { frames, work, zoomedIn, end, maxNodes } = await zoomAndPan(page);
  ctx.log(`scripted view: zoomed in to "${zoomedIn}", back out to "${end}"`);
  ctx.log(
    `zoom-and-pan (${frames.length} frames): frame time median ${percentile(frames, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(frames, 95).toFixed(1)} ms; work per step median ${percentile(work, 50).toFixed(2)} ms, ` +
      `p95 ${percentile(work, 95).toFixed(2)} ms`,
  );
  ctx.log(`timeline DOM nodes, most seen while zooming: ${maxNodes}`);
  await page.close();
}

export default async function timeline(ctx: BenchContext): Promise<void> {
  await scenario(ctx, 'served dataset');
  // The generator belongs to the scale issue; the timeline section only borrows it.
  const { generateDataset } = await import('../../src/lib/generate/dataset');
  await scenario(ctx, 'generated', JSON.stringify(generateDataset({ events: 10_000, seed: 1 })));
}
