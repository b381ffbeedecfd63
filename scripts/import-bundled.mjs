// Imports a TypeScript module as one esbuild bundle, for the scripts that must start fast: the
// dataset build (run-bundled.mjs) and its worker threads (extract-worker-pool.ts). tsx starts a
// loader thread and sends every module through it (about 0.7 s before the first line runs, and
// worker threads do not inherit it on Node 20); esbuild, which tsx is built on, bundles the same
// sources for the same Node in about 0.2 s. A bundle is kept in node_modules/.cache with the
// hashes of its sources, and reused while they are unchanged: that takes a few milliseconds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const CACHE = fileURLToPath(new URL('../node_modules/.cache/import-bundled/', import.meta.url));

/**
 * @param {string} file an absolute path
 * @returns {import('esbuild').BuildOptions & { write: false, metafile: true }}
 */
function optionsFor(file) {
  return {
    entryPoints: [file],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The language level the app is built for (vite.config.ts). A Node target would make esbuild
    // rewrite each `/\p{…}/u` literal as `new RegExp(…)`, built again on every call.
    target: 'es2022',
    // The bundle runs from a data: URL; the module's own URL still resolves its neighbours.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(file).href) },
    // CommonJS packages bundled into this ES module (yaml's Node build) `require` Node's own
    // modules; esbuild leaves those calls to a `require` in scope, which an ES module lacks.
    banner: {
      js: `import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(${JSON.stringify(file)});`,
    },
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
}

/** @param {string} path */
const hashOf = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * A cached bundle, if every source it was built from is unchanged.
 * @param {string} cacheFile
 * @returns {string | null}
 */
function cachedCode(cacheFile) {
  try {
    /** @type {{ sources: Record<string, string>, code: string }} */
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const [path, hash] of Object.entries(cached.sources))
      if (hashOf(path) !== hash) return null;
    return cached.code;
  } catch {
    // No cache yet, a source gone, or a cache file cut short: bundle again.
    return null;
  }
}

/**
 * Bundles `file` into a `data:` URL that `import()` and `new Worker()` load.
 * @param {string} file an absolute path
 * @returns {Promise<string>}
 */
export async function bundleUrl(file) {
  const options = optionsFor(file);
  /** @type {{ version: string }} */
  const { version } = require('esbuild/package.json');
  const key = createHash('sha256')
    .update(JSON.stringify([version, process.cwd(), options]))
    .digest('hex');
  const cacheFile = `${CACHE}${key.slice(0, 32)}.json`;
  let code = cachedCode(cacheFile);
  if (code === null) {
    // Required, not imported, and only on a miss: importing a CommonJS package from ESM first
    // scans its source for named exports, about a tenth of a second for esbuild's.
    /** @type {typeof import('esbuild')} */
    const esbuild = require('esbuild');
    const { outputFiles, metafile } = await esbuild.build(options);
    const [bundle] = outputFiles;
    if (!bundle) throw new Error(`esbuild returned no bundle for ${file}`);
    code = bundle.text;
    const sources = Object.fromEntries(
      Object.keys(metafile.inputs).map((path) => [resolve(path), hashOf(resolve(path))]),
    );
    try {
      // Written aside and renamed, so a build running at the same time reads all or nothing.
      mkdirSync(CACHE, { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ sources, code }));
      renameSync(temp, cacheFile);
    } catch {
      // A read-only checkout still builds, bundling every time.
    }
  }
  return `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
}

/**
 * Bundles `file` and runs it.
 * @param {string} file an absolute path
 */
export async function importBundled(file) {
  return import(await bundleUrl(file));
}
