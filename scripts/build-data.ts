/**
 * npm run build:data [-- --seeds DIR --out FILE --strict --update-ids --corrections FILE --report-json FILE --watch]
 *
 * Compiles the articles in DIR (`*.txt`, and saved web pages, `*.html`) into the timeline dataset.
 * The logic lives in src/lib (the compiler) and dataset-builder.ts (which articles to read again,
 * the facts cache); this file only reads arguments and reports. The dataset is written to a temp
 * file and renamed, so a failed build never leaves a half-written dataset behind. With `--watch`
 * it stays, and rebuilds on every change to DIR.
 */
import { join, resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { formatWarning } from '../src/lib/extract/warnings.ts';
import { DatasetBuilder, writeIfChanged, type BuildOutcome } from './dataset-builder.ts';
import { startLiveBuild } from './live-build.ts';

const USAGE =
  'usage: npm run build:data -- [--seeds DIR] [--out FILE] [--strict] [--update-ids] [--ids FILE] [--corrections FILE] [--report-json FILE] [--quiet] [--watch] [--no-cache]';

const values = readArgs(
  {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'public/data/timeline.json' },
    strict: { type: 'boolean', default: false },
    'update-ids': { type: 'boolean', default: false },
    ids: { type: 'string' },
    corrections: { type: 'string' },
    'report-json': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
  USAGE,
);
const started = performance.now();
const seeds = resolve(values.seeds);
const out = resolve(values.out);
const builder = new DatasetBuilder({
  seeds,
  out,
  ids: resolve(values.ids ?? join(seeds, 'ids.json')),
  updateIds: values['update-ids'],
  strict: values.strict,
  cache: !values['no-cache'],
  ...(values.corrections ? { corrections: resolve(values.corrections) } : {}),
});
const log = values.quiet ? () => {} : (line: string) => console.log(line);

/** Prints a build's warnings and report; returns the exit code it deserves. */
function report(outcome: BuildOutcome, elapsedMs: number): number {
  for (const w of outcome.warnings) console.warn(`warning: ${formatWarning(w)}`);
  if (!outcome.ok) {
    console.error(`build failed: ${outcome.problem.message}`);
    return outcome.problem.kind === 'strict' ? 1 : 2;
  }
  const { report: r } = outcome;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const k = r.eventsByKind;
  log(`articles read   ${r.articles}`);
  log(
    `events          ${r.events} (event ${k.event}, leadership ${k.leadership}, directive ${k.directive})`,
  );
  log(`people          ${r.people}`);
  log(`documents       ${r.documents}`);
  log(`aliases         ${r.aliases}`);
  log(`out of range    ${r.outOfRange.length}`);
  if (r.corrections)
    log(`corrections: ${r.corrections.applied} applied, ${r.corrections.stale} stale`);
  log(`warnings        ${r.warnings}`);
  if (r.skipped.length)
    log(
      `skipped         ${r.skipped.length} (not a type the compiler reads: ${r.skipped.join(', ')})`,
    );
  log(`re-extracted    ${outcome.extracted.length} (the others' facts from the cache)`);
  log(
    `${(outcome.written ? 'wrote' : 'unchanged').padEnd(16)}${out} in ${Math.round(elapsedMs)} ms, peak memory ${(peakRssBytes / 2 ** 20).toFixed(0)} MB`,
  );
  if (values['report-json'])
    writeIfChanged(
      resolve(values['report-json']),
      JSON.stringify(
        {
          ...r,
          extracted: outcome.extracted.length,
          timings: outcome.timings,
          elapsedMs: Math.round(elapsedMs),
          peakRssBytes,
        },
        null,
        2,
      ),
    );
  return 0;
}

if (!values.watch) {
  const outcome = await builder.build();
  process.exitCode = report(outcome, performance.now() - started);
  // The facts cache is for the next run: written after the report, when the dataset is there.
  builder.saveCache();
} else {
  const live = startLiveBuild(builder, ({ outcome, files, ms }) => {
    if (files.length) log(`\n${new Date().toLocaleTimeString()}  changed: ${files.join(', ')}`);
    report(outcome, ms);
  });
  await live.first;
  log(`watching ${seeds} (Ctrl+C to stop)`);
  const stop = () => void live.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
