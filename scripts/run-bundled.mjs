// Runs a TypeScript script as one esbuild bundle: `node scripts/run-bundled.mjs FILE.ts [args]`.
// For the dataset build, which newsrooms run on every new article: tsx starts a loader thread and
// sends every module of the extractor through it (about 0.7 s before the first line runs);
// esbuild, which tsx is built on, bundles the same sources for the same Node in about 0.2 s.
// The worker threads of the build are started the same way (extract-worker-boot.mjs).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs FILE.ts [args]');
  process.exit(2);
}
// Required, not imported: importing a CommonJS package from ESM first scans it for named exports.
/** @type {typeof import('esbuild')} */
const { build } = createRequire(import.meta.url)('esbuild');
const file = resolve(entry);
const { outputFiles } = await build({
  entryPoints: [file],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node}`,
  // The bundle runs from a data: URL; the script's own URL still resolves its neighbours.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
  write: false,
  logLevel: 'silent',
});
const [bundle] = outputFiles;
if (!bundle) throw new Error(`esbuild returned no bundle for ${entry}`);
// The script reads its arguments from process.argv, as it does under tsx.
process.argv = [process.execPath, file, ...args];
await import(`data:text/javascript;base64,${Buffer.from(bundle.contents).toString('base64')}`);
