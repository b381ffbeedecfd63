/**
 * The build's extraction across threads: the main thread and a worker per other core take chunks
 * of articles from one queue (extract-worker-queue.ts) until none are left.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleUrl } from './import-bundled.mjs';
import {
  chunksLeft,
  extractChunk,
  inFileOrder,
  newJob,
  takeChunk,
  type ChunkResult,
  type ExtractedFile,
  type ExtractJob,
} from './extract-worker-queue.ts';

// Below this many articles per thread, starting a worker costs more than it saves.
const ARTICLES_PER_WORKER = 250;

/**
 * Each file's facts (the part merging reads, serialized: see `ExtractedFile`), in file order. A
 * large corpus is shared between the main thread and a worker per other core, a chunk at a time.
 * `take` is given the files in file order as soon as they and all before them are extracted, so
 * that the main thread can merge them while the rest are being extracted (it stops at an article
 * that is not UTF-8). `known` (file → key) names facts the caller holds: such a file, unchanged,
 * is read and hashed but not extracted again.
 */
export async function extractAll(
  dir: string,
  files: string[],
  known: Record<string, string> = {},
  take: (files: ExtractedFile[]) => void = () => {},
): Promise<ExtractedFile[]> {
  const job = newJob(dir, files, known);
  const threads = Math.min(availableParallelism(), Math.floor(files.length / ARTICLES_PER_WORKER));
  const results: ChunkResult[] = [];
  // Chunks finished out of order wait here for the ones before them.
  const waiting = new Map<number, ChunkResult>();
  let nextIndex = 0;
  const receive = (result: ChunkResult) => {
    results.push(result);
    waiting.set(result.index, result);
    for (let r = waiting.get(nextIndex); r && 'files' in r; r = waiting.get(nextIndex)) {
      waiting.delete(nextIndex++);
      take(r.files);
    }
  };
  const helpers = threads > 1 ? runWorkers(job, threads - 1, receive) : null;
  // Failures are reported by `await helpers` below, once the main thread's own share is done.
  helpers?.catch(() => {});
  for (let index = takeChunk(job); index !== null; index = takeChunk(job)) {
    receive(extractChunk(job, index));
    // Let the workers start, and their finished chunks in, now rather than all at the end.
    if (helpers) await new Promise((next) => setImmediate(next));
  }
  await helpers;
  return inFileOrder(results);
}

/**
 * Starts `count` workers on `job` and resolves when they have sent all their chunks to `receive`.
 * The worker's code is bundled here, by the esbuild service the main thread already runs, while
 * the main thread extracts: a worker that bundled itself would first load esbuild and start a
 * service of its own, joining the queue about a quarter of a second later.
 */
async function runWorkers(
  job: ExtractJob,
  count: number,
  receive: (result: ChunkResult) => void,
): Promise<void> {
  const code = new URL(
    await bundleUrl(fileURLToPath(new URL('./extract-worker.ts', import.meta.url))),
  );
  // A small corpus may be done before the bundle is.
  if (!chunksLeft(job)) return;
  const workers = Array.from({ length: count }, () => new Worker(code, { workerData: job }));
  const finished = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done, fail) => {
          let sentAll = false;
          worker.on('message', (message: ChunkResult | { done: true }) => {
            if (!('done' in message)) receive(message);
            else {
              sentAll = true;
              void worker.terminate();
              done();
            }
          });
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (!sentAll) fail(new Error(`an extraction worker stopped early (exit code ${code})`));
          });
        }),
    ),
  );
  // A failing worker must not leave the others running (nor the process waiting for them).
  finished.catch(() => workers.forEach((w) => void w.terminate()));
  await finished;
}
