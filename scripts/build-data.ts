/**
 * npm run build:data [-- --seeds DIR --out FILE --strict --update-ids --report-json FILE]
 *
 * Compiles the articles in DIR (every *.txt) into the timeline dataset. The logic lives in
 * src/lib/extract; this file only reads, writes and reports. The dataset is written to a temp
 * file and renamed, so a failed build never leaves a half-written dataset behind.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { resolveAliases, updateRecord, type IdRecord } from '../src/lib/dataset/id-record.ts';
import { coreOf, corePath } from '../src/lib/dataset/core.ts';
import { coreFileJson } from '../src/lib/dataset/core-file.ts';
import { DEFAULT_RANGE } from '../src/lib/dataset/types.ts';
import { compileFacts, compileMerged } from '../src/lib/extract/compile.ts';
import { CorpusMerge } from '../src/lib/extract/corpus.ts';
import { InvalidEncodingError } from '../src/lib/extract/decode.ts';
import { formatWarning } from '../src/lib/extract/warnings.ts';
import { extractAll } from './extract-worker-pool.ts';
import { correctionsStep } from './corrections-step.ts';
import { formatProblem, type Problem } from '../src/lib/corrections/types.ts';

class BuildError extends Error {}

const correctionErrors = (errors: readonly Problem[]) =>
  `${errors.length} error(s) in the corrections file:\n${errors.map(formatProblem).join('\n')}`;

function listArticles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BuildError(`seeds folder not found: ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new BuildError(`no .txt articles in ${dir}`);
  return files;
}

function readRecord(path: string): IdRecord {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as IdRecord;
  } catch (error) {
    throw new BuildError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Writes next to the target and renames: readers see the old file or the new one, never half. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

const USAGE =
  'usage: npm run build:data -- [--seeds DIR] [--out FILE] [--strict] [--update-ids] [--ids FILE] [--corrections FILE] [--report-json FILE] [--quiet]';

async function main(): Promise<number> {
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
    },
    USAGE,
  );
  const started = performance.now();
  const seeds = resolve(values.seeds);
  const out = resolve(values.out);
  const idsPath = resolve(values.ids ?? join(seeds, 'ids.json'));

  const files = listArticles(seeds);
  const corrections = correctionsStep(
    seeds,
    files,
    values.corrections ? resolve(values.corrections) : undefined,
  );
  if (corrections?.errors.length) throw new BuildError(correctionErrors(corrections.errors));
  // Each article is merged as soon as it and those before it are extracted (see `CorpusMerge`).
  const merge = new CorpusMerge();
  const facts = await extractAll(seeds, files, (articles) => articles.forEach((a) => merge.add(a)));
  const record = readRecord(idsPath);
  const merged = merge.finish(
    DEFAULT_RANGE,
    facts.flatMap((a) => a.warnings),
  );
  const first = compileMerged(merged, files.length);
  const aliases = resolveAliases(first.dataset, record);
  // Corrections go after the aliases are known: an entry keyed by an old id follows its event.
  const { dataset, warnings, report } = corrections
    ? compileMerged(merged, files.length, { aliases, correct: corrections.correct })
    : Object.keys(aliases).length
      ? compileFacts(facts, files.length, { aliases })
      : first;
  if (corrections?.errors.length) throw new BuildError(correctionErrors(corrections.errors));

  const log = values.quiet ? () => {} : (line: string) => console.log(line);
  for (const w of warnings) console.warn(`warning: ${formatWarning(w)}`);
  for (const p of corrections?.stale ?? []) console.warn(`warning: ${formatProblem(p)}`);
  if (values.strict && warnings.length > 0) {
    console.error(
      `build failed: ${warnings.length} warning(s) with --strict; ${out} left unchanged`,
    );
    return 1;
  }
  if (values.strict && corrections?.stale.length) {
    console.error(
      `build failed: ${corrections.stale.length} stale correction(s) with --strict; ${out} left unchanged`,
    );
    return 1;
  }
  // Both files are compact: the app reads them, people read them through a JSON viewer or `jq`.
  // Indented, the dataset is a third larger (25.8 MB instead of 16.7 at 10,000 articles) and
  // takes twice as long to write out. The app's first draw reads the core beside it (README,
  // "Dataset format").
  writeAtomically(out, `${JSON.stringify(dataset)}\n`);
  writeAtomically(corePath(out), coreFileJson(coreOf(dataset)));
  if (values['update-ids'])
    writeAtomically(idsPath, `${JSON.stringify(updateRecord(dataset, record), null, 2)}\n`);

  const elapsedMs = Math.round(performance.now() - started);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const k = report.eventsByKind;
  log(`articles read   ${report.articles}`);
  log(
    `events          ${report.events} (event ${k.event}, leadership ${k.leadership}, directive ${k.directive})`,
  );
  log(`people          ${report.people}`);
  log(`documents       ${report.documents}`);
  log(`aliases         ${Object.keys(aliases).length}`);
  log(`out of range    ${report.outOfRange.length}`);
  if (corrections)
    log(`corrections: ${corrections.applied} applied, ${corrections.stale.length} stale`);
  log(`warnings        ${report.warnings}`);
  log(
    `wrote           ${out} in ${elapsedMs} ms, peak memory ${(peakRssBytes / 2 ** 20).toFixed(0)} MB`,
  );
  if (values['report-json'])
    writeAtomically(
      resolve(values['report-json']),
      JSON.stringify(
        {
          ...report,
          aliases: Object.keys(aliases).length,
          ...(corrections
            ? { corrections: { applied: corrections.applied, stale: corrections.stale.length } }
            : {}),
          elapsedMs,
          peakRssBytes,
        },
        null,
        2,
      ),
    );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof BuildError || error instanceof InvalidEncodingError) {
    console.error(`build failed: ${error.message}`);
    process.exitCode = 2;
  } else throw error;
}
