/**
 * Writes a synthetic timeline dataset (issue 6's benchmark input).
 *
 *   npx tsx scripts/generate-dataset.ts --events 10000 --seed 1 --out /tmp/timeline-10k.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset } from '../src/lib/generate/dataset.ts';
import { readArgs } from './cli-args.ts';

const USAGE = 'usage: generate-dataset --events N --seed S --out FILE';

function readOptions() {
  return readArgs(
    {
      events: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
    USAGE,
  );
}

function main(): void {
  const values = readOptions();
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed) || !values.out) {
    console.error(USAGE);
    process.exit(2);
  }
  const started = performance.now();
  const dataset = generateDataset({ events, seed });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify(dataset) + '\n', 'utf8');
  const ms = Math.round(performance.now() - started);
  console.log(
    `${dataset.events.length} events, ${dataset.people.length} people, ${dataset.documents.length} documents, ${dataset.sources.length} sources → ${values.out} in ${ms} ms`,
  );
}

main();
