/**
 * Live rebuilds under the dev server: what the server (build/live-data.ts) tells the open page
 * after each rebuild of the dataset, through Vite's HMR channel. Types and names only, shared by
 * both sides.
 */

/** Server → page, after every rebuild, and in answer to `LIVE_DATA_HELLO`. */
export const LIVE_DATA_EVENT = 'timeline:data';
/** Page → server when it starts listening: the server answers with the latest message. */
export const LIVE_DATA_HELLO = 'timeline:data-hello';

/** A problem to show, naming the file and, when known, the line or byte. */
export interface LiveNotice {
  /** `encoding`: the file is not valid UTF-8 (or not its declared charset); the rest as said. */
  kind: 'encoding' | 'warning' | 'error';
  file: string | null;
  line?: number;
  byteOffset?: number;
  /** The build's own words (warnings are in Vietnamese, as the compiler writes them). */
  message: string;
}

export type LiveDataMessage =
  | {
      ok: true;
      /** Counts rebuilds since the server started; a page ignores an older one. */
      build: number;
      /** Whether the dataset files changed: only then does the page load them again. */
      changed: boolean;
      /** The files of the seeds folder this rebuild was for: changed, and read again. */
      files: string[];
      /** Warnings about those articles (a page with no article, bad front matter…). */
      notices: LiveNotice[];
      /** From the first file event to the dataset written, in milliseconds. */
      ms: number;
    }
  | {
      ok: false;
      build: number;
      /** Why the dataset was not rebuilt; the last good one stays on disk and on screen. */
      notices: LiveNotice[];
    };
