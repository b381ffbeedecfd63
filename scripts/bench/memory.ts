/**
 * Memory section: the page's JS heap at 10,000 generated events while zooming in and out for a
 * while (60 s by default, `--quick` 10 s, `--zoom-seconds N`), sampled every second through the
 * DevTools protocol. Leak check: the heap after a forced GC at the end of the first 10 s and at the
 * end of the run, plus the median of the un-collected samples in the first and last 10 s.
 */
import { median, type BenchContext } from './harness';
import { CONGRESS_DAY, firstDraw, newAppPage, zoomReady, zoomTarget } from './app-probe';
import { count, generated } from './fixtures';

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export default async function memory(ctx: BenchContext): Promise<void> {
  const { dataset } = generated(10_000);
  const site = await ctx.site(10_000);
  const page = await newAppPage(ctx);
  try {
    await firstDraw(page, site.url);
    await zoomReady(page);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () =>
      ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const collected = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return heap();
    };
    const atStart = await collected();
    const { targetK, anchor } = zoomTarget(dataset.range, CONGRESS_DAY);

    // Zooms for `budget` ms, one wheel step per frame, turning around at one week and at the whole
    // range; the direction persists across calls in a page global.
    const zoomFor = (budget: number) =>
      page.evaluate(
        async ({ budget, targetK, anchor }) => {
          const state = globalThis as unknown as { zoomDir?: number; zoomSteps?: number };
          const plot = document.querySelector<HTMLElement>('.plot')!;
          const box = plot.getBoundingClientRect();
          const k = () => (plot as unknown as { __zoom: { k: number } }).__zoom.k;
          const end = performance.now() + budget;
          state.zoomDir ??= -1;
          state.zoomSteps ??= 0;
          while (performance.now() < end) {
            if (state.zoomDir < 0 && k() >= targetK) state.zoomDir = 1;
            else if (state.zoomDir > 0 && k() <= 1.0001) state.zoomDir = -1;
            plot.dispatchEvent(
              new WheelEvent('wheel', {
                deltaY: 60 * state.zoomDir,
                clientX: box.left + box.width * anchor,
                clientY: box.top + 20,
                bubbles: true,
                cancelable: true,
              }),
            );
            state.zoomSteps++;
            await new Promise((r) => requestAnimationFrame(r));
          }
          return state.zoomSteps;
        },
        { budget, targetK, anchor },
      );

    const samples: { t: number; used: number }[] = [];
    const started = Date.now();
    let after10: number | null = null;
    let steps = 0;
    while (Date.now() - started < ctx.zoomMs) {
      steps = await zoomFor(1000);
      const t = Date.now() - started;
      samples.push({ t, used: await heap() });
      if (after10 === null && t >= 10_000) after10 = await collected();
    }
    const total = Date.now() - started;
    const last = samples.at(-1)?.used ?? NaN;
    const atEnd = await collected();
    after10 ??= atStart;
    const window = 10_000;
    const first = median(samples.filter((s) => s.t <= window).map((s) => s.used));
    const final = median(samples.filter((s) => s.t >= total - window).map((s) => s.used));
    ctx.log(
      `### ${count(dataset.events.length)} events, zooming ${(total / 1000).toFixed(0)} s (${steps} wheel steps, week ↔ five years)`,
    );
    ctx.log(`JS heap after first draw (after GC): ${mb(atStart)}`);
    ctx.log(
      `JS heap after ${(total / 1000).toFixed(0)} s of zooming: ${mb(last)} used, ${mb(atEnd)} after GC ` +
        `[target < 100 MB: ${last < 100 * MB ? 'ok' : 'MISSES TARGET'}]`,
    );
    ctx.log(
      `leak check: after GC ${mb(after10)} at 10 s → ${mb(atEnd)} at the end ` +
        `(${atEnd >= after10 ? '+' : ''}${mb(atEnd - after10)}); un-collected median first 10 s ` +
        `${mb(first)}, last 10 s ${mb(final)}`,
    );
    if (ctx.zoomMs < 20_000)
      ctx.log('  (a run under 20 s overlaps its first and last 10 s: use the default 60 s)');
    await cdp.detach();
  } finally {
    await page.close();
  }
}
