/**
 * The build's extraction, shared by its main thread and its worker threads. Articles are taken a
 * chunk at a time from a counter in shared memory, so each thread simply takes the next chunk when
 * it is free: the main thread starts at once, a worker joins when it has loaded the compiler (a
 * few tenths of a second), and a thread slowed down by a busy machine takes fewer chunks. Each chunk comes
 * back as the part of its articles' facts that merging reads (`corpus-article.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticleFacts } from '../src/lib/extract/article-facts.ts';
import { corpusArticle, type CorpusArticle } from '../src/lib/extract/corpus-article.ts';
import { decodeArticle, InvalidEncodingError } from '../src/lib/extract/decode.ts';
import { NODE_UTF8 } from './extract-worker-utf8.ts';

// Small enough that the threads finish together, large enough that messages stay few.
const CHUNK_SIZE = 32;

/** What every thread is given: the articles, and the counter of chunks taken so far. */
export interface ExtractJob {
  dir: string;
  files: string[];
  taken: SharedArrayBuffer;
}

export type ChunkResult =
  | { index: number; facts: CorpusArticle[] }
  | { index: number; encodingError: { file: string; byteOffset: number } };

export function newJob(dir: string, files: string[]): ExtractJob {
  return { dir, files, taken: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
}

/** The index of the next chunk nobody has taken, or null when all are taken. */
export function takeChunk(job: ExtractJob): number | null {
  const index = Atomics.add(new Int32Array(job.taken), 0, 1);
  return index * CHUNK_SIZE < job.files.length ? index : null;
}

/** Whether any chunk is still untaken (without taking one). */
export function chunksLeft(job: ExtractJob): boolean {
  return Atomics.load(new Int32Array(job.taken), 0) * CHUNK_SIZE < job.files.length;
}

/** Reads, decodes and extracts one chunk; an article that is not UTF-8 fails the chunk. */
export function extractChunk(job: ExtractJob, index: number): ChunkResult {
  const files = job.files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
  try {
    const facts = files.map((file) =>
      corpusArticle(
        extractArticleFacts(
          file,
          decodeArticle(file, readFileSync(join(job.dir, file)), NODE_UTF8),
        ),
      ),
    );
    return { index, facts };
  } catch (error) {
    if (!(error instanceof InvalidEncodingError)) throw error;
    return { index, encodingError: { file: error.file, byteOffset: error.byteOffset } };
  }
}

/**
 * Every chunk's facts in file order; throws for the first article (in file order) that is not
 * UTF-8, whichever thread met it first.
 */
export function inFileOrder(results: ChunkResult[]): CorpusArticle[] {
  const ordered = [...results].sort((a, b) => a.index - b.index);
  for (const r of ordered)
    if ('encodingError' in r)
      throw new InvalidEncodingError(r.encodingError.file, r.encodingError.byteOffset);
  return ordered.flatMap((r) => ('facts' in r ? r.facts : []));
}
