// A worker thread of the build runs the extractor as plain JavaScript, bundled by esbuild (see
// import-bundled.mjs), while the main thread is already extracting.
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';

await importBundled(fileURLToPath(new URL('./extract-worker.ts', import.meta.url)));
