/**
 * npm run eval -- --dataset FILE --gold FILE [--articles DIR] [--min 0.9] [--failures]
 *
 * Scores a compiled dataset against a file of hand-checked facts (the format of the development
 * corpus's gold.json; README, "Checking the compiler"): one line per check, then a summary. Exits
 * 1 when fewer than `--min` of the checks hold, 2 on bad input.
 */
import { readArgs } from './cli-args.ts';
import { runEval } from './eval/run.ts';

const USAGE =
  'usage: npm run eval -- --dataset FILE --gold FILE [--articles DIR] [--min RATE] [--failures]';

const values = readArgs(
  {
    dataset: { type: 'string' },
    gold: { type: 'string' },
    articles: { type: 'string' },
    min: { type: 'string' },
    failures: { type: 'boolean', default: false },
  },
  USAGE,
);
if (!values.dataset || !values.gold) {
  console.error(USAGE);
  process.exit(2);
}
process.exitCode = runEval({
  dataset: values.dataset,
  gold: values.gold,
  articles: values.articles,
  min: values.min,
  failuresOnly: values.failures,
});
