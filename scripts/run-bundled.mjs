// Runs a TypeScript script as one esbuild bundle: `node scripts/run-bundled.mjs FILE.ts [args]`.
// For the dataset build, which newsrooms run on every new article (see import-bundled.mjs).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';

// V8 keeps threads per process for work it can do beside the script: marking and scavenging the
// heap, and compiling hot code. The build already keeps every core busy with threads of its own,
// so background collection only competes with them, and costs more for it (parallel collection
// waits on descheduled helpers): it is done in line. Compiling stays in the background: the
// merge at the end runs on one thread while the other core is free, and its code is cold, so
// compiling it beside it pays. At 10,000 articles, in wall time over interleaved runs: 9.2-11.2 s
// with no background tasks at all (`--single-threaded`), 8.4-10.4 s with background collection
// alone turned off. V8 reads the flag when it starts, so the script runs in a second Node process
// that is given it.
const V8_FLAGS = ['--single-threaded-gc'];

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs FILE.ts [args]');
  process.exit(2);
}
if (!V8_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const child = spawnSync(
    process.execPath,
    [...V8_FLAGS, ...process.execArgv, fileURLToPath(import.meta.url), entry, ...args],
    { stdio: 'inherit' },
  );
  if (child.error) throw child.error;
  // A child killed by a signal fails the run as the signal would have.
  process.exit(child.status ?? 1);
}
const file = resolve(entry);
// The script reads its arguments from process.argv, as it does under tsx.
process.argv = [process.execPath, file, ...args];
await importBundled(file);
