/**
 * What the open page is told after a rebuild (src/lib/live/protocol.ts): the dev server's live
 * data (live-data-worker.ts) sends one message per rebuild.
 */
import type { Warning } from '../src/lib/extract/warnings.ts';
import type { LiveDataMessage, LiveNotice } from '../src/lib/live/protocol.ts';
import type { BuildOutcome } from './dataset-builder.ts';

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
