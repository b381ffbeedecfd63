// A thread that renders preview images (SVG → PNG with resvg) for scripts/og-images.ts. Plain
// JavaScript: worker threads do not inherit tsx's loader on Node 20, and resvg is a native addon
// that a bundle could not carry. It asks for a job, renders it, writes it, and asks again.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort as port, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

if (!port) throw new Error('og-image-worker.mjs runs as a worker thread (scripts/og-images.ts)');
const parentPort = port;
/** @type {{ fontFiles: string[], family: string }} */
const { fontFiles, family } = workerData;
const options = {
  // Only the fonts given: the picture looks the same on every machine, and loads fast.
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: family },
};

/** Writes through a temporary file, so a stopped build never leaves half a PNG. */
function writeAtomically(/** @type {string} */ path, /** @type {Buffer} */ bytes) {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

parentPort.on(
  'message',
  (/** @type {{ name: string, svg: string, outputs: string[] } | null} */ job) => {
    if (!job) return parentPort.close();
    try {
      const png = new Resvg(job.svg, options).render().asPng();
      for (const out of job.outputs) writeAtomically(out, png);
      parentPort.postMessage({ next: true });
    } catch (error) {
      parentPort.postMessage({
        failed: `${job.name}: ${error instanceof Error ? error.message : error}`,
      });
    }
  },
);
parentPort.postMessage({ next: true });
