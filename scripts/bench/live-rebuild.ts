/**
 * Live rebuilds, timed (issue 16): with a warm facts cache, one article of a corpus is changed
 * and the dataset rebuilt.
 *
 * - In the build alone (`DatasetBuilder`, as `--watch` and the dev server run it): list, extract
 *   the one article, merge all, validate, write.
 * - Save to screen: a `vite` dev server on the corpus and Chromium on the app; the article is
 *   written, and the time runs until the page has loaded the new dataset and drawn it (the
 *   `live-data:drawn` mark, two frames after the reload; src/lib/live/follow.svelte.ts). Both
 *   clocks are this machine's wall clock.
 *
 * Each change inserts a dated sentence after the article's lead, so every save changes the
 * dataset. Each save is made on a quiet machine (the page's search index rebuilt, the cores
 * idle), as an editor's saves are seconds apart. Prints medians; the article is restored at the
 * end.
 */
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveBuilder } from '../dataset-builder.ts';
import { startDevServer } from '../dev-server.ts';
import { launchChromium } from './harness.ts';

export interface LiveRebuildTimes {
  articles: number;
  /** The project's seeds folder (the save-to-screen goal is for its size). */
  seeds: boolean;
  /** Per save: the builder's own time, and its parts. */
  build: { total: number; extract: number; compile: number; ready: number; write: number }[];
  /** Per save: file written → new dataset drawn in the page. */
  screen: number[];
  /** Per save: the page's share of `screen`, from hearing of the rebuild to drawing it. */
  page: number[];
  /** Per save: the dev server's share, from the file event to the core file written. */
  server: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

/**
 * The article with a dated sentence of news after its lead (its first long paragraph). Appended
 * at the end, the sentence would often land in a page's related-articles list, which the compiler
 * rightly skips, and the save would change nothing.
 */
function changedText(original: string, i: number): string {
  const sentence = `Ngày ${(i % 27) + 1}/5/2021, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị chuyên đề lần thứ ${i + 1} về công tác cán bộ.`;
  const lines = original.split('\n');
  const lead = lines.findIndex((line) => line.length >= 120);
  lines.splice(lead < 0 ? lines.length : lead + 1, 0, '', sentence);
  return lines.join('\n');
}

/** The article the saves change: the middle one in file order (as many after it as before). */
function middleArticle(seeds: string): { file: string; original: string } {
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const file = files[Math.floor(files.length / 2)]!;
  return { file, original: readFileSync(join(seeds, file), 'utf8') };
}

/** The builder alone, warm: `saves` changes of one article, each followed by a build. */
export async function timeBuilds(seeds: string, saves: number): Promise<LiveRebuildTimes['build']> {
  const out = join(mkdtempSync(join(tmpdir(), 'live-bench-')), 'timeline.json');
  const builder = liveBuilder(seeds, out);
  await builder.build(); // warm: facts from the cache the cold build wrote
  const { file, original } = middleArticle(seeds);
  const times: LiveRebuildTimes['build'] = [];
  try {
    for (let i = 0; i < saves; i++) {
      writeFileSync(join(seeds, file), changedText(original, i));
      const outcome = await builder.build(new Set([file]));
      if (!outcome.ok) throw new Error(outcome.problem.message);
      // A save that changes nothing would time a rebuild no page reloads for.
      if (!outcome.written) throw new Error(`changing ${file} did not change the dataset`);
      const { total, extract, compile, ready, write } = outcome.timings;
      times.push({ total, extract, compile, ready, write });
    }
  } finally {
    writeFileSync(join(seeds, file), original);
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
  return times;
}

/** Save to screen through the dev server and Chromium. */
export async function timeSaveToScreen(
  seeds: string,
  saves: number,
  port: number,
): Promise<{ screen: number[]; page: number[]; server: number[] }> {
  const work = mkdtempSync(join(tmpdir(), 'live-bench-'));
  const { server, origin, ready } = startDevServer({
    port,
    seeds,
    dataOut: join(work, 'timeline.json'),
    stdio: ['ignore', openSync(join(work, 'vite.log'), 'w'), 'pipe'],
  });
  let serverErrors = '';
  server.stderr?.on('data', (chunk: Buffer) => (serverErrors += chunk.toString()));
  const browser = await launchChromium();
  const { file, original } = middleArticle(seeds);
  const times: number[] = [];
  const pageShare: number[] = [];
  const serverShare: number[] = [];
  try {
    await ready(600);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${origin}/`);
    // Drawn (at 10,000 events the lanes show counts, not marks, at the full view).
    await page.locator('[data-lane="events"]').first().waitFor({ timeout: 180_000 });
    // The page has said hello to the live channel once it shows the first build's number.
    await page.waitForFunction(
      () => document.documentElement.dataset.liveBuild !== undefined,
      null,
      {
        timeout: 60_000,
      },
    );
    // Each save from a quiet machine, as between an editor's saves: the search index is rebuilt
    // after each reload (in a worker, from the full dataset: two seconds of CPU at 10,000
    // events), and the dev server writes the full dataset after the core file. Saved while those
    // still ran, on this machine's two cores, a rebuild took up to twice as long.
    const quiet = async (refreshes: number) => {
      await page.waitForFunction(
        (n) =>
          performance.getEntriesByName('search:ready').length > 0 &&
          performance.getEntriesByName('search:refreshed').length >= n,
        refreshes,
        { timeout: 60_000 },
      );
      await machineQuiet();
    };
    await quiet(0);
    for (let i = 0; i < saves; i++) {
      const build = Number(await page.evaluate(() => document.documentElement.dataset.liveBuild));
      const saved = Date.now();
      writeFileSync(join(seeds, file), changedText(original, i));
      await page.waitForFunction(
        (b) => Number(document.documentElement.dataset.liveBuild) > b,
        build,
        {
          timeout: 60_000,
        },
      );
      // The first rebuild after the save (an editor's save can start a second, unchanged one).
      const [heard, drawn, serverMs] = await page.evaluate((b) => {
        const marks = ['live-data:heard', 'live-data:drawn'].map(
          (name) =>
            performance
              .getEntriesByName(name)
              .find(
                (m) => ((m as PerformanceMark).detail as { build: number }).build > b,
              )! as PerformanceMark,
        );
        const [heardMark, drawnMark] = marks as [PerformanceMark, PerformanceMark];
        return [
          performance.timeOrigin + heardMark.startTime,
          performance.timeOrigin + drawnMark.startTime,
          (heardMark.detail as { ms: number | null }).ms ?? NaN,
        ];
      }, build);
      if (drawn! - heard! < 1) throw new Error(`saving ${file} did not change what the page shows`);
      times.push(drawn! - saved);
      pageShare.push(drawn! - heard!);
      serverShare.push(serverMs!);
      await quiet(i + 1);
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\ndev server: ${serverErrors.slice(-2000)}`);
  } finally {
    writeFileSync(join(seeds, file), original);
    await browser.close();
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
  return { screen: times, page: pageShare, server: serverShare };
}

/** CPU time in use across all cores, as a share of their time since the last call. */
function cpuBusy(): () => number {
  const read = () =>
    cpus().reduce(
      (sum, { times: t }) => {
        const all = t.user + t.nice + t.sys + t.irq + t.idle;
        return { busy: sum.busy + all - t.idle, all: sum.all + all };
      },
      { busy: 0, all: 0 },
    );
  let last = read();
  return () => {
    const now = read();
    const share = (now.busy - last.busy) / Math.max(1, now.all - last.all);
    last = now;
    return share;
  };
}

/** Resolves once the machine's cores are mostly idle for a second (or after 30 s). */
async function machineQuiet(): Promise<void> {
  const busy = cpuBusy();
  let calm = 0;
  for (let waited = 0; waited < 30_000 && calm < 4; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
    calm = busy() < 0.15 ? calm + 1 : 0;
  }
}

export function printLiveRebuild(rows: LiveRebuildTimes[]): void {
  console.log('\nlive rebuild, one article changed, warm facts cache (median of the saves)');
  console.log(
    'articles | build ms (extract / merge+validate / core file written / all written) | save → on screen ms (server, page) | goal',
  );
  console.log(
    '-------- | ------------------------------------------------------------------------ | -------------------------- | ----',
  );
  for (const r of rows) {
    const m = (k: keyof LiveRebuildTimes['build'][number]) =>
      median(r.build.map((b) => b[k])).toFixed(0);
    const goal =
      r.articles >= 10_000 ? '< 1,000 ms to screen' : r.seeds ? '< 300 ms save to screen' : '';
    // Without a browser (`--no-browser`) nothing reaches a screen: say so rather than print NaN.
    const screen = r.screen.length
      ? `${median(r.screen).toFixed(0)} (${r.screen.map((t) => t.toFixed(0)).join(', ')}; server ${median(r.server).toFixed(0)}, page ${median(r.page).toFixed(0)})`
      : 'not measured (no browser)';
    console.log(
      `${r.articles} | ${m('total')} (${m('extract')} / ${m('compile')} / ${m('ready')} / ${m('write')}) | ${screen} | ${goal}`,
    );
  }
}
