/**
 * The dev server's rebuilds, on a thread of their own (started by live-data-server.ts): builds the
 * dataset from a seeds folder, rebuilds it on every change, and posts what to tell the page and
 * what to log. Off Vite's thread, a rebuild never holds up the page's requests: at 10,000 articles
 * the page loads the new core file while this thread is still writing the full dataset.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { liveBuilder } from './dataset-builder.ts';
import { startLiveBuild, type Rebuild } from './live-build.ts';
import { messageOf } from './live-data-message.ts';
import type { FromWorker, ToWorker, WorkerOptions } from './live-data-protocol.ts';
import type { LiveDataMessage } from '../src/lib/live/protocol.ts';

const port = parentPort!;
const { seeds, out } = workerData as WorkerOptions;
const post = (message: FromWorker) => port.postMessage(message);

const builder = liveBuilder(seeds, out);

let count = 0;
let latest: LiveDataMessage | null = null;
/** The page was told of the current build when its core file was written. */
let toldEarly: number | null = null;

const tell = ({ outcome, files, ms }: Rebuild) => {
  const message = messageOf(++count, outcome, files, ms);
  // The first build reads every article: its warnings are the build report's, not news.
  if (count === 1 && message.ok) message.notices = [];
  latest = message;
  post({ kind: 'message', message, first: count === 1 });
};

const live = startLiveBuild(
  builder,
  (rebuild) => {
    if (toldEarly === null) tell(rebuild);
    const { outcome, files, ms } = rebuild;
    if (outcome.ok) {
      const early =
        toldEarly === null ? '' : `, on the page's way after ${Math.round(toldEarly)} ms`;
      post({
        kind: 'log',
        level: 'info',
        line:
          count === 1
            ? `dataset: ${outcome.report.events} events from ${outcome.report.articles} articles in ${Math.round(ms)} ms`
            : `dataset rebuilt in ${Math.round(ms)} ms (${files.join(', ') || 'no article changed'})${outcome.written ? '' : ', unchanged'}${early}`,
      });
    } else
      post({
        kind: 'log',
        level: 'error',
        line: `dataset not rebuilt: ${outcome.problem.message}; the last good one stays`,
      });
    for (const notice of latest?.ok ? latest.notices : [])
      post({
        kind: 'log',
        level: 'warn',
        line: `warning: ${notice.file}${notice.line ? `:${notice.line}` : ''}: ${notice.message}`,
      });
    toldEarly = null;
    post({ kind: 'written', build: count });
  },
  (rebuild) => {
    tell(rebuild);
    toldEarly = rebuild.ms;
  },
);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'idle') void live.idle().then(() => post({ kind: 'idle', id: message.id }));
  else void live.close().then(() => post({ kind: 'closed' }));
});
