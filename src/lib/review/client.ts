/**
 * The review screen's calls to the dev server's endpoint (build/review-handler.ts). Same origin
 * only: the browser adds the Origin and Sec-Fetch-Site headers the endpoint checks.
 */
import type { Corrections, Section } from '../corrections/types';
import type { EntryValue } from '../corrections/write';

const BASE = '/__review/';

export interface CorrectionsState {
  /** The file as it is on disk. */
  text: string;
  corrections: Corrections;
  /** Problems the file has now (a hand edit gone wrong), each naming its line. */
  errors: string[];
  /** Article files in the seeds folder. */
  articles: string[];
}

/** A write the endpoint refused; `problems` name the lines of the corrections file. */
export class SaveError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SaveError';
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as { error?: string; errors?: string[] };
  if (!response.ok) throw new SaveError(body.errors ?? [body.error ?? `HTTP ${response.status}`]);
  return body as T;
}

export interface ReviewApi {
  corrections(): Promise<CorrectionsState>;
  article(file: string): Promise<string>;
  save(
    section: Section,
    id: string,
    entry: EntryValue | null,
  ): Promise<{ previous: EntryValue | null }>;
}

export const endpoint: ReviewApi = {
  corrections: () => fetch(`${BASE}corrections`).then((r) => answer<CorrectionsState>(r)),
  article: (file) =>
    fetch(`${BASE}article?file=${encodeURIComponent(file)}`)
      .then((r) => answer<{ text: string }>(r))
      .then((b) => b.text),
  save: (section, id, entry) =>
    fetch(`${BASE}corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ section, id, entry }),
    }).then((r) => answer<{ previous: EntryValue | null }>(r)),
};
