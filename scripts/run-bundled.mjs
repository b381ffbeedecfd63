// Runs a TypeScript script as one esbuild bundle: `node scripts/run-bundled.mjs FILE.ts [args]`.
// For the dataset build, which newsrooms run on every new article (see import-bundled.mjs).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';

// V8 keeps four threads per process for work it can do beside the script (compiling hot code,
// marking and scavenging the heap). The build already keeps every core busy with threads of its
// own, so that work only competes with them, and costs more for it: compiled code arrives late,
// parallel collection waits on descheduled helpers. Done in line, it takes less CPU in all: at
// 10,000 articles, 16.4 s instead of 17.8 s (medians of 9 interleaved runs). V8 reads the flag
// when it starts, so the script runs in a second Node process that is given it.
const V8_FLAGS = ['--single-threaded'];

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
