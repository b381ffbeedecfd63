/** What the dev server's thread and its rebuild thread (live-data-worker.ts) say to each other. */
import type { LiveDataMessage } from '../src/lib/live/protocol.ts';

export interface WorkerOptions {
  seeds: string;
  out: string;
}

export type FromWorker =
  /** For the page (`first`: the first build's, kept for pages that say hello). */
  | { kind: 'message'; message: LiveDataMessage; first: boolean }
  | { kind: 'log'; level: 'info' | 'warn' | 'error'; line: string }
  /** Every file of build `build` is written (the full dataset too). */
  | { kind: 'written'; build: number }
  | { kind: 'idle'; id: number }
  | { kind: 'closed' };

export type ToWorker = { kind: 'idle'; id: number } | { kind: 'close' };
