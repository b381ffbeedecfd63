/**
 * The facts cache: each article's extracted facts, kept between builds so that a build re-extracts
 * only the articles that changed. One pack per seeds folder, in node_modules/.cache (never
 * committed), read when a build starts and written after it.
 *
 * A pack is valid only for the compiler that wrote it: its header carries the compiler's version,
 * a hash of the sources that turn an article's bytes into facts (the compiler, the Vietnamese
 * layer, the dataset code, the input readers, and the versions of the libraries they use) and of
 * V8's serialization format. Any change there and the pack is ignored, whatever the change: the
 * compiler is being rewritten, and a stale fact is worse than a slow build.
 *
 * Entries are the worker's serialized facts as they are (v8's structured-clone format, which keeps
 * the Maps and Sets of `CorpusArticle`), so writing the pack copies bytes and re-serializes only
 * what was extracted on the main thread.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FileFacts } from './extract-worker-queue.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'timeline-facts');
/** Packs kept besides the one written (other seeds folders: tests, benches, a second corpus). */
const PACKS_KEPT = 4;
const FORMAT = 1;

/** What turns bytes into facts: every source file under these, and these files. */
const COMPILER_DIRS = ['src/lib/extract', 'src/lib/vi', 'src/lib/dataset', 'src/lib/ingest'];
const COMPILER_FILES = [
  'scripts/read-article.ts',
  'scripts/read-page.ts',
  'scripts/extract-worker-queue.ts',
  'scripts/extract-worker-utf8.ts',
];
const LIBRARIES = ['jsdom', '@mozilla/readability', 'yaml'];

function sourcesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter(
      (n) => /\.(?:ts|js|mjs|json)$/u.test(n) && !/\.test\.ts$/u.test(n) && !n.includes('fixtures'),
    )
    .map((n) => join(dir, n))
    .sort();
}

let version: string | null = null;

/** The compiler's version: a hash of its sources, its libraries and V8's serializer. */
export function compilerVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const require = createRequire(import.meta.url);
  for (const file of [
    ...COMPILER_DIRS.flatMap((d) => sourcesUnder(join(ROOT, d))),
    ...COMPILER_FILES.map((f) => join(ROOT, f)),
  ]) {
    hash.update(relative(ROOT, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  for (const name of LIBRARIES) {
    try {
      hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    } catch {
      hash.update(`${name}@none`);
    }
  }
  hash.update(`v8 ${process.versions.v8} format ${FORMAT}`);
  return (version = hash.digest('base64url'));
}

/** One file's facts as the build holds them; `facts` or `data` (or both) is set. */
export interface CachedFile {
  file: string;
  key: string;
  size: number;
  mtimeMs: number;
  facts: FileFacts | null;
  data: Uint8Array | null;
}

/** The facts of a cached file, deserialized on first use. */
export function factsOf(entry: CachedFile): FileFacts {
  return (entry.facts ??= deserialize(entry.data!) as FileFacts);
}

function packPath(seeds: string): string {
  return join(CACHE_DIR, `${createHash('sha256').update(seeds).digest('hex').slice(0, 24)}.pack`);
}

interface PackHeader {
  format: number;
  version: string;
  seeds: string;
}

/** The pack for `seeds`, if one was written by this compiler; empty otherwise. */
export function readPack(seeds: string): Map<string, CachedFile> {
  const entries = new Map<string, CachedFile>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(packPath(seeds));
  } catch {
    return entries;
  }
  try {
    const headerEnd = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as PackHeader;
    if (header.format !== FORMAT || header.version !== compilerVersion() || header.seeds !== seeds)
      return entries;
    const rows = deserialize(bytes.subarray(headerEnd + 1)) as [
      string,
      string,
      number,
      number,
      Uint8Array,
    ][];
    for (const [file, key, size, mtimeMs, data] of rows)
      entries.set(file, { file, key, size, mtimeMs, facts: null, data });
  } catch {
    // A pack cut short or from another format: start cold.
    entries.clear();
  }
  return entries;
}

/**
 * The pack's bytes: its header line, then its rows. Serializing the rows copies every article's
 * facts once (a fifth of a second at 10,000 articles): the part of a write that holds the thread.
 */
function packOf(seeds: string, entries: Iterable<CachedFile>): Buffer[] {
  const rows: [string, string, number, number, Uint8Array][] = [];
  for (const e of entries) {
    e.data ??= serialize(e.facts);
    rows.push([e.file, e.key, e.size, e.mtimeMs, e.data]);
  }
  const header: PackHeader = { format: FORMAT, version: compilerVersion(), seeds };
  return [Buffer.from(`${JSON.stringify(header)}\n`), serialize(rows)];
}

/** Writes the pack for `seeds` (aside and renamed), and prunes packs of other folders. */
export function writePack(seeds: string, entries: Iterable<CachedFile>): void {
  const path = packPath(seeds);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat(packOf(seeds, entries)));
    renameSync(temp, path);
    prune(path);
  } catch {
    // A read-only checkout still builds, extracting every time.
  }
}

/**
 * `writePack` for a process that keeps building (the dev server's watcher): the bytes go to disk
 * while the thread goes on. Written in one go, the 56 MB pack of 10,000 articles held the thread
 * for 0.7 s, and a save that came then waited as long for its rebuild. The caller runs one write
 * at a time (they share the temporary file).
 */
export async function writePackAsync(seeds: string, entries: Iterable<CachedFile>): Promise<void> {
  const path = packPath(seeds);
  const temp = `${path}.${process.pid}.async.tmp`;
  const parts = packOf(seeds, entries);
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(temp, parts);
    await rename(temp, path);
    prune(path);
  } catch {
    // As in writePack: a read-only checkout extracts every time.
  }
}

function prune(keep: string): void {
  const packs = readdirSync(CACHE_DIR)
    .filter((n) => n.endsWith('.pack'))
    .map((n) => join(CACHE_DIR, n))
    .filter((p) => p !== keep)
    .map((p) => ({ p, t: statSync(p).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { p } of packs.slice(PACKS_KEPT)) rmSync(p, { force: true });
}
