/**
 * Peers section (`--peers`): the same generated events drawn by TimelineJS, vis-timeline and our
 * app in one Chromium run, at 500, 1,000, 5,000 and 10,000 events (`--quick`: 500 and 5,000).
 * Each peer runs in a fresh browser context on its own plain page, from local files only: every
 * request off the made-up peer origin is aborted and listed (TimelineJS asks for web fonts). A
 * render that takes over 60 s is reported as a timeout.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { median, type BenchContext } from './harness';
import { gzipSize, initialDownload, kb } from './initial-assets';
import { count, generated } from './fixtures';
import { PEER_ORIGIN, PEERS, writePeerData, writePeerPages, type Peer } from './peer-pages';
import { measureOurs, type OurFigures } from './timeline';

const RENDER_TIMEOUT_MS = 60_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

interface Row {
  firstDraw: number | 'timeout' | 'error';
  nodes: number;
  maxNodes: number;
  frame: number;
  /** The zoom ran out of its time budget: the median is of the frames it managed. */
  partial?: boolean;
  bytes: number;
}

const ZOOM_BUDGET_MS = 40_000;

const timeout = (ms: number) =>
  new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

async function runPeer(
  ctx: BenchContext,
  dir: string,
  peer: Peer,
  data: string,
  blocked: Set<string>,
): Promise<Row> {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page: Page = await context.newPage();
  const loaded = new Set<string>();
  // Routes are matched newest first: the peer origin is served, everything else is refused.
  await page.route('**/*', (route) => {
    blocked.add(`${peer}: ${route.request().url().split('?')[0]}`);
    return route.abort();
  });
  await page.route(`${PEER_ORIGIN}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
    const file = join(dir, path);
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    if (/\.(js|css)$/.test(path)) loaded.add(file);
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[extname(path)] ?? 'application/octet-stream',
    });
  });
  const bytes = () => [...loaded].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  try {
    await page.goto(`${PEER_ORIGIN}${peer}.html?data=${data}`);
    const render = page.evaluate(() =>
      (globalThis as unknown as { peer: { render: () => Promise<number> } }).peer.render(),
    );
    const first = await Promise.race([render, timeout(RENDER_TIMEOUT_MS)]);
    if (first === 'timeout')
      return { firstDraw: 'timeout', nodes: 0, maxNodes: 0, frame: NaN, bytes: bytes() };
    const nodes = await page.evaluate(() =>
      (globalThis as unknown as { peer: { nodes: () => number } }).peer.nodes(),
    );
    const zoom = await Promise.race([
      page.evaluate(
        (budget) =>
          (
            globalThis as unknown as {
              peer: {
                zoom: (
                  budget: number,
                ) => Promise<{ frames: number[]; maxNodes: number; partial: boolean }>;
              };
            }
          ).peer.zoom(budget),
        ZOOM_BUDGET_MS,
      ),
      timeout(RENDER_TIMEOUT_MS),
    ]);
    return zoom === 'timeout'
      ? { firstDraw: first, nodes, maxNodes: nodes, frame: NaN, bytes: bytes() }
      : {
          firstDraw: first,
          nodes,
          maxNodes: Math.max(nodes, zoom.maxNodes),
          frame: median(zoom.frames),
          partial: zoom.partial,
          bytes: bytes(),
        };
  } catch (e) {
    ctx.log(`  ${peer}: ${(e as Error).message.split('\n')[0]}`);
    return { firstDraw: 'error', nodes: 0, maxNodes: 0, frame: NaN, bytes: bytes() };
  } finally {
    // A renderer stuck in a long synchronous render must not hold the run: don't wait forever.
    await Promise.race([context.close(), timeout(10_000)]);
  }
}

const cell = (v: number | string, digits = 0) =>
  typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(digits) : 'n/a') : v;
const ratio = (theirs: number | string, ours: number) =>
  typeof theirs === 'number' && Number.isFinite(theirs) && ours > 0
    ? `${(theirs / ours).toFixed(1)}×`
    : '—';

export default async function peers(ctx: BenchContext): Promise<void> {
  const dir = join(ctx.workDir, 'peers');
  mkdirSync(dir, { recursive: true });
  writePeerPages(dir);
  const sizes = ctx.quick ? [500, 5_000] : [500, 1_000, 5_000, 10_000];
  const ourBytes = initialDownload(ctx.distDir).gzip;
  const blocked = new Set<string>();

  const header =
    'events  | app          | first draw ms | DOM nodes (first / max zooming) | zoom frame median ms | JS+CSS gz | ratio (theirs/ours): draw, nodes, frame, bytes';
  const lines = [header, '-'.repeat(header.length)];
  for (const n of sizes) {
    const { dataset } = generated(n);
    const files = writePeerData(dir, dataset);
    const ours =
      (ctx.results.get(`ours:${n}`) as OurFigures | undefined) ??
      (await measureOurs(ctx, await ctx.site(n), 3, 1));
    const o: Row = {
      // The end of the frame that first shows our marks, its layout and paint done: the peers
      // are timed to a forced layout, so this end is, if anything, later than theirs.
      firstDraw: median(
        ours.draws.map((d) => (Number.isFinite(d.presented) ? d.presented : d.fromData)),
      ),
      nodes: median(ours.draws.map((d) => d.nodes)),
      maxNodes: ours.zoom.maxNodes,
      frame: median(ours.zoom.frames),
      bytes: ourBytes,
    };
    const row = (name: string, r: Row, withRatio: boolean) =>
      `${count(n).padStart(7)} | ${name.padEnd(12)} | ${cell(r.firstDraw).padStart(13)} | ` +
      `${(typeof r.firstDraw === 'number' ? `${r.nodes} / ${r.maxNodes}` : 'n/a').padStart(31)} | ` +
      `${`${r.partial ? '(partial) ' : ''}${cell(r.frame, 1)}`.padStart(20)} | ` +
      `${kb(r.bytes).padStart(9)} | ` +
      (withRatio
        ? [
            ratio(r.firstDraw, o.firstDraw as number),
            typeof r.firstDraw === 'number' ? ratio(r.maxNodes, o.maxNodes) : '—',
            ratio(r.frame, o.frame),
            ratio(r.bytes, o.bytes),
          ].join(', ')
        : '');
    lines.push(row('ours', o, false));
    for (const peer of PEERS) {
      ctx.log(`  ${peer} at ${count(n)} events…`);
      lines.push(row(peer, await runPeer(ctx, dir, peer, files[peer], blocked), true));
    }
  }
  ctx.log('');
  for (const line of lines) ctx.log(line);
  ctx.log(
    '\nfirst draw: data parsed in memory → marks in the DOM with layout done (ours: dataset:ready → ' +
      'the end of the frame that shows timeline:first-draw, its layout and paint done). Zoom: one step per frame from the whole range to about a week and back ' +
      '(TimelineJS: its 6 zoom-in and 6 zoom-out steps, 15 frames each); the rAF interval floor is 16.7 ms. ' +
      `A zoom stops after ${ZOOM_BUDGET_MS / 1000} s ("partial"). ` +
      'Bytes: ours is the initial download; peers, every JS/CSS file the page requested.',
  );
  ctx.log(
    blocked.size
      ? `requests blocked (no network): ${[...blocked].join(', ')}`
      : 'requests blocked (no network): none',
  );
}
