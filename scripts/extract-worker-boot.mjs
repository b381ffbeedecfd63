// A worker thread of the build runs plain JavaScript: worker threads do not inherit tsx's loader
// on Node 20, and registering it in each worker (a loader thread of its own, then every module
// through it) cost about half a second of CPU before the first article. esbuild, which tsx is
// built on, bundles the worker and the extractor into one module instead, in a few tens of
// milliseconds of its own process, while the main thread is already extracting.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Required, not imported: importing a CommonJS package from ESM first scans its source for named
// exports, about a tenth of a second for esbuild's.
/** @type {typeof import('esbuild')} */
const { build } = createRequire(import.meta.url)('esbuild');

const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node}`,
  write: false,
  logLevel: 'silent',
});
const [bundle] = outputFiles;
if (!bundle) throw new Error('esbuild returned no bundle for the extraction worker');
await import(`data:text/javascript;base64,${Buffer.from(bundle.contents).toString('base64')}`);
