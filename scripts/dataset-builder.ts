/**
 * The dataset build, kept alive between runs: `npm run build:data` runs it once, `--watch` and
 * the dev server (build/live-data.ts) run it again on every change to the seeds folder.
 *
 * A build lists the folder, extracts the articles it holds no facts for (new, changed, renamed:
 * a file whose size or time changed is read and hashed, and extracted again only if its bytes
 * did change), takes the rest from memory or from the facts cache (facts-cache.ts), then merges
 * all of them in file order, validates, and writes the dataset aside and renames it. Any failure
 * (an article that is not UTF-8, `--strict` with warnings) leaves the last dataset in place.
 *
 * Between the merge and the validation, `assemble` applies the editor's corrections file
 * (seeds/corrections.yaml, src/lib/corrections); like every file of the seeds folder that such a
 * step reads, it is in `SIDE_FILES` (src/lib/ingest/seed-files.ts), so a change to it rebuilds.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { coreOf, corePath } from '../src/lib/dataset/core.ts';
import { coreFileBytes } from '../src/lib/dataset/core-file.ts';
import { updateRecord, type IdRecord } from '../src/lib/dataset/id-record.ts';
import { DEFAULT_RANGE } from '../src/lib/dataset/types.ts';
import { compileMerged, type BuildReport, type CompileResult } from '../src/lib/extract/compile.ts';
import { CorpusMerge, MergeMemo, type CorpusResult } from '../src/lib/extract/corpus.ts';
import { InvalidEncodingError } from '../src/lib/extract/decode.ts';
import type { Warning } from '../src/lib/extract/warnings.ts';
import { sortSeedFiles } from '../src/lib/ingest/seed-files.ts';
import { extractAll } from './extract-worker-pool.ts';
import {
  extractChunk,
  inFileOrder,
  newJob,
  takeChunk,
  type ExtractedFile,
} from './extract-worker-queue.ts';
import { factsOf, readPack, writePack, writePackAsync, type CachedFile } from './facts-cache.ts';
import { correctionsStep, staleWarning } from './corrections-step.ts';
import { formatProblem, type Problem } from '../src/lib/corrections/types.ts';

export interface BuilderOptions {
  seeds: string;
  out: string;
  /** The published-id record (default `<seeds>/ids.json`). */
  ids: string;
  /** Record the published ids after each build. */
  updateIds: boolean;
  /** Fail, and write nothing, when there are warnings. */
  strict: boolean;
  /** The editor's corrections file (default `<seeds>/corrections.yaml`; issue 17). */
  corrections?: string;
  /** Keep facts between processes in node_modules/.cache (default true). */
  cache?: boolean;
  /**
   * A watcher reports every change (`build(changed)`): files it does not name are taken as they
   * were without a look at their size and time (10,000 of them take a tenth of a second).
   */
  trustChanges?: boolean;
}

/** What went wrong, for a message naming the file (and the byte or line where known). */
export interface BuildProblem {
  kind: 'encoding' | 'strict' | 'input';
  file: string | null;
  byteOffset?: number;
  message: string;
}

export interface BuildTimings {
  /** Listing the folder and deciding what to read. */
  list: number;
  /** Reading and extracting the changed articles (merging overlaps it on a cold build). */
  extract: number;
  /** Merging, validating (twice when the id record gives aliases). */
  compile: number;
  /** From the start until the core file, all a page needs to draw, is written. */
  ready: number;
  /** Writing the dataset files. */
  write: number;
  total: number;
}

export type BuildOutcome =
  | {
      ok: true;
      dataset: CompileResult['dataset'];
      report: BuildReport & {
        aliases: number;
        skipped: string[];
        /** What the corrections file did, when there is one. */
        corrections?: { applied: number; stale: number };
      };
      warnings: Warning[];
      /** Articles read and extracted again by this build. */
      extracted: string[];
      /** Whether the dataset files changed on disk. */
      written: boolean;
      timings: BuildTimings;
    }
  | { ok: false; problem: BuildProblem; warnings: Warning[] };

// Fewer changed articles than this are extracted on the calling thread: starting workers (and
// bundling their code) costs more than it saves. extractAll decides on threads above it.
const IN_THREAD_MAX = 250;

export class DatasetBuilder {
  /** File → what the build holds of it. */
  private entries: Map<string, CachedFile>;
  private lastIds: string | null = null;
  /**
   * Path → what this builder last wrote there (or found there unchanged). Kept whole, not as a
   * hash: comparing two strings is a memory compare, while hashing 20 MB (and reading the file
   * back to compare) took a third of a second of every rebuild at 10,000 articles.
   */
  private readonly written = new Map<string, string | Uint8Array>();
  private firstBuild = true;
  /** What merging worked out from unchanged articles, kept for the next build. */
  private readonly memo = new MergeMemo();

  constructor(readonly options: BuilderOptions) {
    this.entries = options.cache === false ? new Map() : readPack(options.seeds);
  }

  /**
   * Builds the dataset. `changed` names files known to have changed (from a watcher): they are
   * read again whatever their size and time say. `onCoreWritten` hears of a changed core file as
   * soon as it is written, before the full dataset is (see `write`'s order below).
   */
  async build(
    changed: ReadonlySet<string> = new Set(),
    onCoreWritten?: (outcome: BuildOutcome & { ok: true }) => void,
  ): Promise<BuildOutcome> {
    const t0 = performance.now();
    const { seeds } = this.options;
    let names: string[];
    try {
      if (!statSync(seeds).isDirectory()) throw new Error('not a folder');
      names = readdirSync(seeds);
    } catch {
      return fail({ kind: 'input', file: null, message: `seeds folder not found: ${seeds}` });
    }
    const { articles, skipped } = sortSeedFiles(names);
    if (articles.length === 0)
      return fail({ kind: 'input', file: null, message: `no articles (.txt, .html) in ${seeds}` });

    const present = new Set(articles);
    for (const file of this.entries.keys()) if (!present.has(file)) this.entries.delete(file);
    const toRead: string[] = [];
    const known: Record<string, string> = {};
    for (const file of articles) {
      const entry = this.entries.get(file);
      if (entry) known[file] = entry.key;
      if (entry && !changed.has(file)) {
        if (this.options.trustChanges && !this.firstBuild) continue;
        if (sameStat(join(seeds, file), entry)) continue;
      }
      toRead.push(file);
    }
    const t1 = performance.now();

    // Merged in file order, each article as soon as it and those before it are in hand.
    const merge = new CorpusMerge(this.memo);
    const warnings: Warning[] = [];
    let next = 0;
    let count = 0;
    const mergeEntry = (entry: CachedFile) => {
      const facts = factsOf(entry);
      warnings.push(...facts.warnings);
      if (facts.article) {
        merge.add(facts.article);
        warnings.push(...facts.article.warnings);
        count++;
      }
    };
    const mergeUpTo = (file: string | null) => {
      for (; next < articles.length && articles[next] !== file; next++)
        mergeEntry(this.entries.get(articles[next]!)!);
    };
    const extracted: string[] = [];
    const take = (files: ExtractedFile[]) => {
      for (const f of files) {
        const old = this.entries.get(f.file);
        const entry: CachedFile =
          f.data === null && old
            ? { ...old, size: f.size, mtimeMs: f.mtimeMs }
            : {
                file: f.file,
                key: f.key,
                size: f.size,
                mtimeMs: f.mtimeMs,
                facts: null,
                data: f.data,
              };
        if (f.data !== null) extracted.push(f.file);
        this.entries.set(f.file, entry);
        mergeUpTo(f.file);
        mergeEntry(entry);
        next++;
      }
    };
    try {
      if (toRead.length > IN_THREAD_MAX) await extractAll(seeds, toRead, known, take);
      else take(extractHere(seeds, toRead, known));
    } catch (error) {
      if (!(error instanceof InvalidEncodingError)) throw error;
      return fail({
        kind: 'encoding',
        file: error.file,
        byteOffset: error.byteOffset,
        message: `${error.file}: not valid UTF-8 at byte ${error.byteOffset}`,
      });
    }
    mergeUpTo(null);
    const t2 = performance.now();

    let result: ReturnType<DatasetBuilder['assemble']>;
    try {
      result = this.assemble(merge.finish(DEFAULT_RANGE, warnings), count, articles);
    } catch (error) {
      if (error instanceof CorrectionsError)
        return fail({ kind: 'input', file: error.file, message: error.message });
      if (!(error instanceof RecordError)) throw error;
      return fail({ kind: 'input', file: this.options.ids, message: error.message });
    }
    const t3 = performance.now();
    if (this.options.strict && result.warnings.length > 0)
      return fail(
        {
          kind: 'strict',
          file: null,
          message: `${result.warnings.length} warning(s) with --strict; ${this.options.out} left unchanged`,
        },
        result.warnings,
      );
    const { dataset } = result;
    const outcome: BuildOutcome & { ok: true } = {
      ok: true,
      dataset,
      report: {
        ...result.report,
        aliases: result.aliases,
        skipped,
        ...(result.corrections ? { corrections: result.corrections } : {}),
      },
      warnings: result.warnings,
      extracted,
      written: false,
      timings: { list: t1 - t0, extract: t2 - t1, compile: t3 - t2, ready: 0, write: 0, total: 0 },
    };
    // The core file first: it is all a page needs to draw. Told it changed, a page can load it
    // while the full dataset (three times the bytes, and a fifth of a second to serialize at
    // 10,000 articles) is still being written.
    outcome.written = this.write(corePath(this.options.out), coreFileBytes(coreOf(dataset)));
    outcome.timings.ready = performance.now() - t0;
    if (outcome.written) onCoreWritten?.({ ...outcome, timings: { ...outcome.timings } });
    // Both files are compact: the app reads them, people read them through a JSON viewer or
    // `jq`. Indented, the dataset is a third larger and takes twice as long to write out.
    outcome.written =
      this.write(this.options.out, `${JSON.stringify(dataset)}\n`) || outcome.written;
    if (this.options.updateIds) {
      const ids = `${JSON.stringify(updateRecord(dataset, result.record), null, 2)}\n`;
      this.write(this.options.ids, ids);
      this.lastIds = ids;
    }
    this.firstBuild = false;
    const t4 = performance.now();
    outcome.timings.write = t4 - t3;
    outcome.timings.total = t4 - t0;
    return outcome;
  }

  /**
   * The merged articles → the dataset: the published ids' aliases, the editor's corrections,
   * validation, the report. Corrections are applied inside `compileMerged`, before it validates:
   * whatever they change is then checked like the rest.
   */
  private assemble(merged: CorpusResult, count: number, articles: string[]) {
    const record = readRecord(this.options.ids);
    // Read on every build: the review screen writes it while the dev server runs.
    const corrections = correctionsStep(this.options.seeds, articles, this.options.corrections);
    if (corrections?.errors.length) throw new CorrectionsError(corrections.errors);
    const result = compileMerged(merged, count, {
      published: record,
      ...(corrections ? { correct: corrections.correct } : {}),
    });
    const aliases = result.dataset.aliases ?? {};
    if (corrections?.errors.length) throw new CorrectionsError(corrections.errors);
    if (!corrections)
      return { ...result, record, aliases: Object.keys(aliases).length, corrections: null };
    // Stale corrections are warnings: reported with their line, and `--strict` fails on them.
    const warnings = [...result.warnings, ...corrections.stale.map(staleWarning)];
    return {
      ...result,
      warnings,
      report: { ...result.report, warnings: warnings.length },
      record,
      aliases: Object.keys(aliases).length,
      corrections: { applied: corrections.applied, stale: corrections.stale.length },
    };
  }

  /**
   * `writeIfChanged`, remembering what it wrote: the next build compares with that, not with the
   * file. Content that differs from this builder's last write is written without reading the file.
   */
  private write(path: string, content: string | Uint8Array): boolean {
    const last = this.written.get(path);
    this.written.set(path, content);
    if (last === undefined) return writeIfChanged(path, content);
    if (sameContent(last, content) && existsSync(path)) return false;
    writeAside(path, content);
    return true;
  }

  /** Whether a change to `file` of the seeds folder was this builder's own write. */
  isOwnWrite(file: string): boolean {
    if (this.lastIds === null || join(this.options.seeds, file) !== this.options.ids) return false;
    try {
      return readFileSync(this.options.ids, 'utf8') === this.lastIds;
    } catch {
      return false;
    }
  }

  /** Writes the facts cache (after a build; it is not needed to see the dataset). */
  saveCache(): void {
    if (this.options.cache !== false) writePack(this.options.seeds, this.entries.values());
  }

  private saving: Promise<void> = Promise.resolve();
  /**
   * `saveCache` without holding the thread while the bytes go to disk (see `writePackAsync`):
   * for a watcher, whose next rebuild may start meanwhile. Resolves once this save is written.
   */
  saveCacheInBackground(): Promise<void> {
    if (this.options.cache === false) return Promise.resolve();
    // One at a time: each takes the entries as they are when it starts.
    this.saving = this.saving.then(() => writePackAsync(this.options.seeds, this.entries.values()));
    return this.saving;
  }
}

/**
 * The builder the dev server rebuilds with (live-data-worker.ts), and the bench times. Ids are
 * recorded by `npm run build:data` (before `npm start`) and by `npm run build`: what a page showed
 * while an article was being written was never published.
 */
export function liveBuilder(seeds: string, out: string): DatasetBuilder {
  return new DatasetBuilder({
    seeds,
    out,
    ids: join(seeds, 'ids.json'),
    updateIds: false,
    strict: false,
    trustChanges: true,
  });
}

function fail(problem: BuildProblem, warnings: Warning[] = []): BuildOutcome {
  return { ok: false, problem, warnings };
}

function sameStat(path: string, entry: CachedFile): boolean {
  try {
    const { size, mtimeMs } = statSync(path);
    return size === entry.size && mtimeMs === entry.mtimeMs;
  } catch {
    return false;
  }
}

/** Extracts a few files on this thread, with the same code the workers run. */
function extractHere(dir: string, files: string[], known: Record<string, string>): ExtractedFile[] {
  const job = newJob(dir, files, known);
  const results = [];
  for (let index = takeChunk(job); index !== null; index = takeChunk(job))
    results.push(extractChunk(job, index));
  return inFileOrder(results);
}

export class RecordError extends Error {}

/** The corrections file cannot be applied as written: each problem names its line. */
export class CorrectionsError extends Error {
  readonly file: string;
  constructor(problems: readonly Problem[]) {
    super(
      `${problems.length} error(s) in the corrections file:\n${problems.map(formatProblem).join('\n')}`,
    );
    this.file = problems[0]?.file ?? 'corrections.yaml';
  }
}

function readRecord(path: string): IdRecord {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as IdRecord;
  } catch (error) {
    throw new RecordError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes next to the target and renames: readers see the old file or the new one, never half.
 * An unchanged file is left alone (no rename, no file event for watchers). Returns whether it
 * wrote.
 */
export function writeIfChanged(path: string, content: string | Uint8Array): boolean {
  try {
    const before = readFileSync(path);
    if (sameContent(before, typeof content === 'string' ? Buffer.from(content) : content))
      return false;
  } catch {
    // Not there yet.
  }
  writeAside(path, content);
  return true;
}

/** Writes next to the target and renames it into place. */
function writeAside(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
