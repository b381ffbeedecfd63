/**
 * Rebuilds the dataset whenever the seeds folder changes: the loop behind `build:data --watch` and
 * the dev server's live data (build/live-data.ts). File events are gathered for a moment (an
 * editor's save is often several writes: a temporary file, a rename), then one build runs; events
 * that arrive during a build wait for the next. Scratch files (an editor's swap files, the
 * build's own temporary files) and the build's own write of the id record are no change.
 *
 * Node's `fs.watch` is enough for one flat folder (inotify on Linux, FSEvents on macOS, the
 * directory-change API on Windows), and it is the same watcher for both callers.
 */
import { watch, type FSWatcher } from 'node:fs';
import { articleKindOf, isScratchFile, SIDE_FILES } from '../src/lib/ingest/seed-files.ts';
import type { BuildOutcome, DatasetBuilder } from './dataset-builder.ts';

/** How long file events are gathered before a build. */
const SETTLE_MS = 20;
/**
 * How long after the last build the facts cache is written (it is not needed to see the change,
 * only to start warm next time; closing writes it at once). Writing it still holds the thread a
 * fifth of a second at 10,000 articles, so not between two saves of an editor at work.
 */
const SAVE_CACHE_AFTER_MS = 10_000;

export interface Rebuild {
  outcome: BuildOutcome;
  /** The files whose events started it (empty for the first build). */
  files: string[];
  /** From the first file event (or the start) to the build's end, in milliseconds. */
  ms: number;
}

export interface LiveBuild {
  /** The first build, run at once. */
  first: Promise<Rebuild>;
  /** Resolves when no build is running or waiting (for tests and the bench). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Whether a file event in the seeds folder can change the dataset. */
export function mattersToBuild(file: string): boolean {
  return !isScratchFile(file) && (articleKindOf(file) !== null || SIDE_FILES.has(file));
}

/**
 * `onRebuild` hears of each build once it is over, all files written. `onCoreWritten`, if given,
 * hears of a build sooner, as soon as its changed core file is written (the full dataset is still
 * to come): the dev server tells the page then.
 */
export function startLiveBuild(
  builder: DatasetBuilder,
  onRebuild: (rebuild: Rebuild) => void,
  onCoreWritten?: (rebuild: Rebuild) => void,
): LiveBuild {
  const pending = new Set<string>();
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let closed = false;

  const run = async (files: Set<string>, started: number): Promise<Rebuild> => {
    busy = true;
    try {
      const sorted = [...files].sort();
      const outcome = await builder.build(
        files,
        onCoreWritten &&
          ((early) => {
            if (!closed)
              onCoreWritten({ outcome: early, files: sorted, ms: performance.now() - started });
          }),
      );
      const rebuild = { outcome, files: sorted, ms: performance.now() - started };
      if (!closed) onRebuild(rebuild);
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void builder.saveCacheInBackground(), SAVE_CACHE_AFTER_MS);
      saveTimer.unref?.();
      return rebuild;
    } finally {
      busy = false;
    }
  };

  const flush = () => {
    timer = null;
    if (busy || closed) return;
    const files = new Set(pending);
    const started = since;
    pending.clear();
    running = run(files, started).then(() => {
      if (pending.size && !timer) timer = setTimeout(flush, SETTLE_MS);
    });
  };

  const first = run(new Set(), performance.now());
  running = first;
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(builder.options.seeds, (_type, name) => {
      const file = name?.toString();
      if (!file || !mattersToBuild(file) || builder.isOwnWrite(file)) return;
      if (pending.size === 0) since = performance.now();
      pending.add(file);
      if (!timer) timer = setTimeout(flush, SETTLE_MS);
    });
  } catch {
    // No such folder: the first build says so; nothing to watch.
  }
  void first.then(() => {
    if (pending.size && !timer) timer = setTimeout(flush, SETTLE_MS);
  });

  return {
    first,
    async idle() {
      for (;;) {
        await running;
        await new Promise((r) => setTimeout(r, SETTLE_MS * 2));
        if (!busy && !timer && pending.size === 0) return;
      }
    },
    async close() {
      closed = true;
      watcher?.close();
      if (timer) clearTimeout(timer);
      await running.catch(() => {});
      if (saveTimer) {
        clearTimeout(saveTimer);
        await builder.saveCacheInBackground();
      }
    },
  };
}
