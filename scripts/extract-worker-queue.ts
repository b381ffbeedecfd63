/**
 * The build's extraction, shared by its main thread and its worker threads. Articles are taken a
 * chunk at a time from a counter in shared memory, so each thread simply takes the next chunk when
 * it is free: the main thread starts at once, a worker joins when it has loaded the compiler (a
 * few tenths of a second), and a thread slowed down by a busy machine takes fewer chunks.
 *
 * Each file comes back as the part of its facts that merging reads (`corpus-article.ts`) and the
 * warnings met reading it, with the key the facts cache files it under (its name and bytes). A
 * file whose bytes hash to the key the build already holds facts for is not extracted again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { extractArticleFacts } from '../src/lib/extract/article-facts.ts';
import { corpusArticle, type CorpusArticle } from '../src/lib/extract/corpus-article.ts';
import { InvalidEncodingError } from '../src/lib/extract/decode.ts';
import type { Warning } from '../src/lib/extract/warnings.ts';
import { readArticle } from './read-article.ts';

// Small enough that the threads finish together, large enough that messages stay few.
const CHUNK_SIZE = 32;

/** What the build knows of one article file: its facts, or why it has none. */
export interface FileFacts {
  /** null when the file could not be read as an article (its warnings say why). */
  article: CorpusArticle | null;
  /** Warnings met reading the file (front matter, page metadata), before the compiler's own. */
  warnings: Warning[];
}

/** One file as extraction saw it. */
export interface ExtractedFile {
  file: string;
  /** Its name and bytes, hashed: the facts cache's key. */
  key: string;
  size: number;
  mtimeMs: number;
  /**
   * The facts, serialized (v8's structured-clone format: CorpusArticle holds Maps and Sets), or
   * null when the file's key is the one the build gave (`ExtractJob.known`): nothing changed.
   */
  data: Uint8Array | null;
}

/** What every thread is given: the articles, and the counter of chunks taken so far. */
export interface ExtractJob {
  dir: string;
  files: string[];
  /** File → the key of the facts the build already holds for it. */
  known: Record<string, string>;
  taken: SharedArrayBuffer;
}

export type ChunkResult =
  | { index: number; files: ExtractedFile[] }
  | { index: number; encodingError: { file: string; byteOffset: number } };

export function newJob(
  dir: string,
  files: string[],
  known: Record<string, string> = {},
): ExtractJob {
  return { dir, files, known, taken: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
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

export function keyOf(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('base64url');
}

/** One file's facts: read by its type (read-article.ts), then extracted. */
export function extractFile(file: string, bytes: Uint8Array): FileFacts {
  const { input, warnings } = readArticle(file, bytes);
  if (!input) return { article: null, warnings };
  return {
    article: corpusArticle(extractArticleFacts(input.file, input.text, input.hints)),
    warnings,
  };
}

/** Reads and extracts one chunk; an article that is not UTF-8 fails the chunk. */
export function extractChunk(job: ExtractJob, index: number): ChunkResult {
  const files = job.files.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
  try {
    return { index, files: files.map((file) => extractOne(job, file)) };
  } catch (error) {
    if (!(error instanceof InvalidEncodingError)) throw error;
    return { index, encodingError: { file: error.file, byteOffset: error.byteOffset } };
  }
}

function extractOne(job: ExtractJob, file: string): ExtractedFile {
  const path = join(job.dir, file);
  // Stat before reading: a file written again meanwhile then looks changed next time.
  const { size, mtimeMs } = statSync(path);
  const bytes = readFileSync(path);
  const key = keyOf(file, bytes);
  if (job.known[file] === key) return { file, key, size, mtimeMs, data: null };
  return { file, key, size, mtimeMs, data: serialize(extractFile(file, bytes)) };
}

/**
 * Every chunk's files in file order; throws for the first article (in file order) that is not
 * UTF-8, whichever thread met it first.
 */
export function inFileOrder(results: ChunkResult[]): ExtractedFile[] {
  const ordered = [...results].sort((a, b) => a.index - b.index);
  for (const r of ordered)
    if ('encodingError' in r)
      throw new InvalidEncodingError(r.encodingError.file, r.encodingError.byteOffset);
  return ordered.flatMap((r) => ('files' in r ? r.files : []));
}
