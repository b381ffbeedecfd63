// Runs a TypeScript script as one esbuild bundle: `node scripts/run-bundled.mjs FILE.ts [args]`.
// For the dataset build, which newsrooms run on every new article (see import-bundled.mjs).
import { resolve } from 'node:path';
import { importBundled } from './import-bundled.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs FILE.ts [args]');
  process.exit(2);
}
const file = resolve(entry);
// The script reads its arguments from process.argv, as it does under tsx.
process.argv = [process.execPath, file, ...args];
await importBundled(file);
