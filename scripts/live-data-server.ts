/**
 * The dev server's live dataset (loaded by build/live-data.ts): builds the dataset from a seeds
 * folder, rebuilds it on every change, and turns each rebuild into the message the open page
 * receives (src/lib/live/protocol.ts). Vite itself is not imported here: the plugin passes in
 * how to send and log, so this module (with the compiler it bundles) loads outside Vite's
 * config, and editing the compiler does not restart the dev server.
 */
import { join } from 'node:path';
import type { Warning } from '../src/lib/extract/warnings.ts';
import type { LiveDataMessage, LiveNotice } from '../src/lib/live/protocol.ts';
import { DatasetBuilder, type BuildOutcome } from './dataset-builder.ts';
import { startLiveBuild, type LiveBuild } from './live-build.ts';

export interface LiveDataOptions {
  seeds: string;
  out: string;
  send: (message: LiveDataMessage) => void;
  log: (line: string, level: 'info' | 'warn' | 'error') => void;
}

export interface LiveData {
  /** Resolves once the first build is done (the data files exist, or the problem is known). */
  ready: Promise<void>;
  /** The latest message, for a page that starts listening after it was sent. */
  latest(): LiveDataMessage | null;
  /** Resolves when no rebuild is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const noticeOf = (w: Warning): LiveNotice => ({
  kind: 'warning',
  file: w.file,
  ...(w.line ? { line: w.line } : {}),
  message: w.message,
});

/** A rebuild → what the page is told. */
export function messageOf(
  build: number,
  outcome: BuildOutcome,
  files: string[],
  ms: number,
): LiveDataMessage {
  if (!outcome.ok) {
    const { problem } = outcome;
    return {
      ok: false,
      build,
      notices: [
        {
          kind: problem.kind === 'encoding' ? 'encoding' : 'error',
          file: problem.file,
          ...(problem.byteOffset !== undefined ? { byteOffset: problem.byteOffset } : {}),
          message: problem.message,
        },
        ...outcome.warnings.slice(0, 20).map(noticeOf),
      ],
    };
  }
  const read = new Set([...outcome.extracted, ...files]);
  return {
    ok: true,
    build,
    changed: outcome.written,
    files: [...read].sort(),
    notices: outcome.warnings.filter((w) => read.has(w.file)).map(noticeOf),
    ms: Math.round(ms),
  };
}

export function startLiveData(options: LiveDataOptions): LiveData {
  const builder = new DatasetBuilder({
    seeds: options.seeds,
    out: options.out,
    ids: join(options.seeds, 'ids.json'),
    // Ids are recorded by `npm run build:data` (before `npm start`) and by `npm run build`: what
    // a page showed while an article was being written was never published.
    updateIds: false,
    strict: false,
    trustChanges: true,
  });
  let count = 0;
  let latest: LiveDataMessage | null = null;
  const live: LiveBuild = startLiveBuild(builder, ({ outcome, files, ms }) => {
    latest = messageOf(++count, outcome, files, ms);
    // The first build reads every article: its warnings are the build report's, not news.
    if (count === 1 && latest.ok) latest.notices = [];
    if (outcome.ok)
      options.log(
        count === 1
          ? `dataset: ${outcome.report.events} events from ${outcome.report.articles} articles in ${Math.round(ms)} ms`
          : `dataset rebuilt in ${Math.round(ms)} ms (${files.join(', ') || 'no article changed'})${outcome.written ? '' : ', unchanged'}`,
        'info',
      );
    else
      options.log(
        `dataset not rebuilt: ${outcome.problem.message}; the last good one stays`,
        'error',
      );
    for (const notice of latest.ok ? latest.notices : [])
      options.log(
        `warning: ${notice.file}${notice.line ? `:${notice.line}` : ''}: ${notice.message}`,
        'warn',
      );
    // The first build's result is there for pages that say hello; later ones go to every page.
    if (count > 1) options.send(latest);
  });
  return {
    ready: live.first.then(() => {}),
    latest: () => latest,
    idle: () => live.idle(),
    close: () => live.close(),
  };
}
