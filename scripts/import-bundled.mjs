// Imports a TypeScript module as one esbuild bundle, for the scripts that must start fast: the
// dataset build (run-bundled.mjs) and its worker threads (extract-worker-pool.ts). tsx starts a
// loader thread and sends every module through it (about 0.7 s before the first line runs, and
// worker threads do not inherit it on Node 20); esbuild, which tsx is built on, bundles the same
// sources for the same Node in about 0.2 s.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// Required, not imported: importing a CommonJS package from ESM first scans its source for named
// exports, about a tenth of a second for esbuild's.
/** @type {typeof import('esbuild')} */
const { build } = createRequire(import.meta.url)('esbuild');

/**
 * Bundles `file` into a `data:` URL that `import()` and `new Worker()` load.
 * @param {string} file an absolute path
 * @returns {Promise<string>}
 */
export async function bundleUrl(file) {
  const { outputFiles } = await build({
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The language level the app is built for (vite.config.ts). A Node target would make esbuild
    // rewrite each `/\p{…}/u` literal as `new RegExp(…)`, built again on every call.
    target: 'es2022',
    // The bundle runs from a data: URL; the module's own URL still resolves its neighbours.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
    write: false,
    logLevel: 'silent',
  });
  const [bundle] = outputFiles;
  if (!bundle) throw new Error(`esbuild returned no bundle for ${file}`);
  return `data:text/javascript;base64,${Buffer.from(bundle.contents).toString('base64')}`;
}

/**
 * Bundles `file` and runs it.
 * @param {string} file an absolute path
 */
export async function importBundled(file) {
  return import(await bundleUrl(file));
}
