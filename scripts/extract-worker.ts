/**
 * A worker thread of the build: takes chunks of articles from the shared queue until none are
 * left, sending each chunk's facts back as soon as it is done (the main thread takes them in while
 * it works on its own chunks), then says it is done. Merging stays on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractChunk, takeChunk, type ExtractJob } from './extract-worker-queue.ts';

const job = workerData as ExtractJob;
for (let index = takeChunk(job); index !== null; index = takeChunk(job))
  parentPort!.postMessage(extractChunk(job, index));
parentPort!.postMessage({ done: true });
