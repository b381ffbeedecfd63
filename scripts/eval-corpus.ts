/**
 * npm run eval:corpus [-- --corpus DIR] [--min RATE] [--failures]
 *
 * Compiles the development corpus (../shared/corpus: articles/ and gold.json, kept outside the
 * repository because the articles are third-party texts) with the build newsrooms run, into a
 * temporary folder, and scores the result (scripts/eval/run.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { runEval } from './eval/run.ts';

const USAGE = 'usage: npm run eval:corpus -- [--corpus DIR] [--min RATE] [--failures]';
const values = readArgs(
  {
    corpus: { type: 'string', default: join(import.meta.dirname, '../../shared/corpus') },
    min: { type: 'string' },
    failures: { type: 'boolean', default: false },
  },
  USAGE,
);
const corpus = resolve(values.corpus);
const articles = join(corpus, 'articles');
if (!existsSync(articles) || !existsSync(join(corpus, 'gold.json'))) {
  console.error(`eval failed: no articles/ and gold.json in ${corpus}`);
  process.exit(2);
}

// The build writes ids.json into the folder it reads: compile a copy, never the corpus itself.
const work = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
try {
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  for (const file of readdirSync(articles))
    if (!/^sources\.md$/iu.test(file)) copyFileSync(join(articles, file), join(seeds, file));
  const out = join(work, 'timeline.json');
  const build = spawnSync(
    process.execPath,
    [
      join(import.meta.dirname, 'run-bundled.mjs'),
      join(import.meta.dirname, 'build-data.ts'),
      '--seeds',
      seeds,
      '--out',
      out,
      '--quiet',
    ],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) {
    console.error(build.stderr || build.stdout);
    console.error('eval failed: the corpus did not compile');
    process.exitCode = 2;
  } else
    process.exitCode = runEval({
      dataset: out,
      gold: join(corpus, 'gold.json'),
      articles: seeds,
      min: values.min,
      failuresOnly: values.failures,
    });
} finally {
  rmSync(work, { recursive: true, force: true });
}
