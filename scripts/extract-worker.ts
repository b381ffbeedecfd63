/**
 * A worker thread of the build: reads, decodes and extracts the facts of its share of the
 * articles, so that a large corpus uses every core. Facts are sent back whole (structured clone
 * keeps their shared references); merging stays on the main thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticleFacts } from '../src/lib/extract/article-facts.ts';
import { decodeArticle, InvalidEncodingError } from '../src/lib/extract/decode.ts';

interface Job {
  dir: string;
  files: string[];
}

const { dir, files } = workerData as Job;
try {
  const facts = files.map((file) =>
    extractArticleFacts(file, decodeArticle(file, readFileSync(join(dir, file)))),
  );
  parentPort!.postMessage({ facts });
} catch (error) {
  if (error instanceof InvalidEncodingError)
    parentPort!.postMessage({ encodingError: { file: error.file, byteOffset: error.byteOffset } });
  else throw error;
}
