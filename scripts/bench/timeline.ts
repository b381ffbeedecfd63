/**
 * Timeline section: dataset loaded → first drawn timeline (the app's performance marks), the
 * dataset's fetch + parse + validation, DOM nodes in the timeline, and frame times of a scripted
 * zoom from the whole range (five years) down to one week over the busiest week and back, on the
 * served dataset and on 10,000 generated events. Prints numbers, never asserts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, kb } from './initial-assets';
import { median, ms, percentile, type BenchContext } from './harness';
import {
  CONGRESS_DAY,
  firstDraw,
  newAppPage,
  zoomAndPan,
  zoomReady,
  zoomTarget,
  type Draw,
  type ZoomRun,
} from './app-probe';
import { coreOf } from '../../src/lib/dataset/core';
import { coreFileJson } from '../../src/lib/dataset/core-file';
import { count, generated, SEED } from './fixtures';

export interface OurFigures {
  events: number;
  draws: Draw[];
  zoom: ZoomRun;
}

const flag = (ok: boolean) => (ok ? 'ok' : 'MISSES TARGET');

/** First draws (`runs` reloads) and `passes` scripted zooms of our app served at `site`. */
export async function measureOurs(
  ctx: BenchContext,
  site: { url: string; dir: string },
  runs: number,
  passes: number,
): Promise<OurFigures> {
  const { range, events } = JSON.parse(
    readFileSync(join(site.dir, 'data/timeline.json'), 'utf8'),
  ) as {
    range: { start: string; end: string };
    events: unknown[];
  };
  const page = await newAppPage(ctx);
  try {
    const draws: Draw[] = [];
    for (let i = 0; i < runs; i++) draws.push(await firstDraw(page, site.url));
    await zoomReady(page);
    const { targetK, anchor } = zoomTarget(range, CONGRESS_DAY);
    const zoom: ZoomRun = {
      frames: [],
      work: [],
      longFrames: [],
      maxNodes: 0,
      zoomedIn: '',
      end: '',
      steps: { in: 0, pan: 0, out: 0 },
    };
    for (let i = 0; i < passes; i++) {
      const run = await zoomAndPan(page, targetK, anchor);
      zoom.frames.push(...run.frames);
      zoom.work.push(...run.work);
      zoom.longFrames.push(...run.longFrames);
      zoom.maxNodes = Math.max(zoom.maxNodes, run.maxNodes);
      Object.assign(zoom, { zoomedIn: run.zoomedIn, end: run.end, steps: run.steps });
    }
    return { events: events.length, draws, zoom };
  } finally {
    await page.close();
  }
}

function print(ctx: BenchContext, figures: OurFigures, targets: boolean): void {
  const { draws, zoom } = figures;
  const pick = (key: keyof Draw) => draws.map((d) => d[key]);
  const fromData = median(pick('fromData'));
  const load = median(pick('load'));
  const frames = { p50: median(zoom.frames), p95: percentile(zoom.frames, 95) };
  const work = { p50: median(zoom.work), p95: percentile(zoom.work, 95) };
  const t = (text: string) => (targets ? `  [target ${text}]` : '');
  ctx.log(
    `navigation → first drawn timeline: median ${ms(median(pick('total')))} ` +
      `(runs: ${pick('total')
        .map((v) => v.toFixed(0))
        .join(', ')})`,
  );
  ctx.log(
    `dataset loaded → first drawn timeline: median ${ms(fromData)} ` +
      `(runs: ${pick('fromData')
        .map((v) => v.toFixed(0))
        .join(', ')})${t(`< 300 ms: ${flag(fromData < 300)}`)}`,
  );
  const presented = median(pick('presented'));
  ctx.log(
    `dataset loaded → the end of the frame that first shows it (its layout and paint done): median ${ms(presented)} ` +
      `(runs: ${pick('presented')
        .map((v) => v.toFixed(0))
        .join(', ')})${t(`< 300 ms: ${flag(presented < 300)}`)}`,
  );
  ctx.log(
    `  (the first task after that frame: median ${ms(median(pick('afterFrame')))}, later by what was ` +
      `queued before it, such as the overview's deferred strip and the bench's own waiting)`,
  );
  const validate = median(pick('validate'));
  ctx.log(
    `dataset read + JSON parse + validate: median ${ms(load)} ` +
      `(validation ${Number.isNaN(validate) ? 'not marked' : ms(validate)})${t(`< 200 ms: ${flag(load < 200)}`)}`,
  );
  ctx.log(
    `  (from the page's start: core file downloaded at ${ms(median(pick('downloaded')), 0)}, ` +
      `taken by the app at ${ms(median(pick('response')), 0)}, after its start-up; medians)`,
  );
  const nodes = Math.max(median(pick('nodes')), zoom.maxNodes);
  ctx.log(
    `timeline DOM nodes: ${median(pick('nodes'))} at first draw, most while zooming ${zoom.maxNodes}` +
      t(`≤ 3,000: ${flag(nodes <= 3000)}`),
  );
  ctx.log(
    `scripted zoom, once the search index is built (${zoom.steps.in} wheel steps in to "${zoom.zoomedIn}" at the congress week, ` +
      `${zoom.steps.pan} drag steps, ${zoom.steps.out} out to "${zoom.end}"; ${zoom.frames.length} frames):`,
  );
  ctx.log(
    `  frame interval (rAF) median ${ms(frames.p50)}, p95 ${ms(frames.p95)}, max ${ms(Math.max(...zoom.frames))}` +
      t(`median < 16, p95 < 33 ms: ${flag(frames.p95 < 33)} at p95`),
  );
  ctx.log(
    `  work per frame (input → DOM updated → style+layout, no paint) median ${ms(work.p50, 2)}, ` +
      `p95 ${ms(work.p95, 2)}, max ${ms(Math.max(...zoom.work), 2)}${t(`median < 16 ms: ${flag(work.p50 < 16)}`)}`,
  );
  const long = zoom.longFrames;
  ctx.log(
    `  long animation frames (> 50 ms): ${long.length}` +
      (long.length ? `, longest ${ms(Math.max(...long), 0)}` : ''),
  );
  ctx.log(
    '  (the rAF interval cannot go below the 16.7 ms vsync period, so a median of 16.7 means every frame made it)',
  );
}

export default async function timeline(ctx: BenchContext): Promise<void> {
  const runs = ctx.quick ? 3 : 5;
  const passes = ctx.quick ? 1 : 2;

  const served = await measureOurs(ctx, { url: ctx.baseUrl, dir: ctx.distDir }, runs, 1);
  ctx.log(`### served dataset (public/data): ${count(served.events)} events`);
  print(ctx, served, false);

  const { dataset, json } = generated(10_000);
  const core = coreFileJson(coreOf(dataset));
  ctx.log(
    `\n### generated: ${count(10_000)} events (generateDataset seed ${SEED}; ` +
      `full file ${kb(Buffer.byteLength(json))}, ${kb(gzipSize(json))} gzipped; ` +
      `core file, what the first draw loads, ${kb(Buffer.byteLength(core))}, ${kb(gzipSize(core))} gzipped)`,
  );
  const ours = await measureOurs(ctx, await ctx.site(10_000), runs, passes);
  ctx.results.set('ours:10000', ours);
  print(ctx, ours, true);
}
