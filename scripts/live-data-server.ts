/**
 * The dev server's live dataset (loaded by build/live-data.ts): builds the dataset from a seeds
 * folder, rebuilds it on every change, and turns each rebuild into the message the open page
 * receives (src/lib/live/protocol.ts). Vite itself is not imported here: the plugin passes in
 * how to send and log, so this module (with the compiler it bundles) loads outside Vite's
 * config, and editing the compiler does not restart the dev server.
 *
 * The builds run on a worker thread (live-data-worker.ts): Vite's thread stays free to serve the
 * page, which loads a new core file while the full dataset is still being written, and the
 * builder's large heap is collected apart from Vite's.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LiveDataMessage } from '../src/lib/live/protocol.ts';
import { bundleUrl } from './import-bundled.mjs';
import type { FromWorker, ToWorker, WorkerOptions } from './live-data-protocol.ts';

export interface LiveDataOptions {
  seeds: string;
  out: string;
  send: (message: LiveDataMessage) => void;
  log: (line: string, level: 'info' | 'warn' | 'error') => void;
}

export interface LiveData {
  /** Resolves once the first build is done (the data files exist, or the problem is known). */
  ready: Promise<void>;
  /** Resolves once every file of the latest build the page was told of is written. */
  written(): Promise<void>;
  /** The latest message, for a page that starts listening after it was sent. */
  latest(): LiveDataMessage | null;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

// A rebuild at 10,000 articles allocates a few hundred megabytes, most of it short-lived: with
// more room for young objects, fewer of them are copied before they die (a tenth of a rebuild).
const YOUNG_GENERATION_MB = 96;

export function startLiveData(options: LiveDataOptions): LiveData {
  let latest: LiveDataMessage | null = null;
  let told = 0;
  let writtenUpTo = 0;
  let waitingForFiles: (() => void)[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const idleWaiters = new Map<number, () => void>();
  let nextId = 0;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  const worker = bundleUrl(fileURLToPath(new URL('./live-data-worker.ts', import.meta.url))).then(
    (code) => {
      const thread = new Worker(new URL(code), {
        workerData: { seeds: options.seeds, out: options.out } satisfies WorkerOptions,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      thread.on('message', (message: FromWorker) => {
        switch (message.kind) {
          case 'message':
            latest = message.message;
            told = message.message.build;
            // The first build's result is there for pages that say hello; later ones go to all.
            if (!message.first) options.send(message.message);
            break;
          case 'log':
            options.log(message.line, message.level);
            break;
          case 'written':
            writtenUpTo = message.build;
            markReady();
            for (const wake of waitingForFiles) wake();
            waitingForFiles = [];
            break;
          case 'idle':
            idleWaiters.get(message.id)?.();
            idleWaiters.delete(message.id);
            break;
          case 'closed':
            markClosed();
            break;
        }
      });
      thread.on('error', (error) => {
        options.log(`dataset builds stopped: ${error.message}`, 'error');
        markReady();
        markClosed();
      });
      return thread;
    },
  );
  const tell = (message: ToWorker) => void worker.then((thread) => thread.postMessage(message));

  return {
    ready,
    written: () =>
      new Promise<void>((resolve) => {
        // Woken by each build's last write; a build told of since then is waited for in turn.
        const check = () => (writtenUpTo >= told ? resolve() : waitingForFiles.push(check));
        check();
      }),
    latest: () => latest,
    idle: () =>
      new Promise<void>((resolve) => {
        const id = nextId++;
        idleWaiters.set(id, resolve);
        tell({ kind: 'idle', id });
      }),
    async close() {
      tell({ kind: 'close' });
      // The worker writes the facts cache on its way out.
      await closed;
      await (await worker).terminate();
    },
  };
}
