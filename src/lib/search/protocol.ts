/**
 * Messages between the app and the search worker, validated on both sides: a worker is another
 * thread and a message is untrusted input like any other.
 */
import type { SearchResults } from './types';

/** Longer queries are refused outright (the search itself reads only the first 200 characters). */
export const MAX_REQUEST_QUERY_CHARS = 2000;

/** Longest dataset URL the worker accepts in a `load` request. */
export const MAX_URL_CHARS = 2000;

export type WorkerRequest =
  | { type: 'init'; dataset: unknown }
  /** Fetch the dataset at this same-origin URL, then build: nothing large crosses threads. */
  | { type: 'load'; url: string }
  | { type: 'search'; id: number; query: string; limit: number };

export type WorkerResponse =
  | { type: 'ready'; records: number; millis: number }
  | { type: 'results'; id: number; results: SearchResults; eventIds: string[]; millis: number }
  | { type: 'error'; id: number | null; message: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function isWorkerRequest(msg: unknown): msg is WorkerRequest {
  if (!isObject(msg)) return false;
  if (msg.type === 'init') return 'dataset' in msg;
  if (msg.type === 'load') return typeof msg.url === 'string' && msg.url.length <= MAX_URL_CHARS;
  return (
    msg.type === 'search' &&
    isId(msg.id) &&
    typeof msg.query === 'string' &&
    msg.query.length <= MAX_REQUEST_QUERY_CHARS &&
    isId(msg.limit) &&
    (msg.limit as number) <= 1000
  );
}

export function isWorkerResponse(msg: unknown): msg is WorkerResponse {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'ready':
      return isId(msg.records) && typeof msg.millis === 'number';
    case 'results':
      return (
        isId(msg.id) &&
        isObject(msg.results) &&
        Array.isArray(msg.eventIds) &&
        msg.eventIds.every((id) => typeof id === 'string') &&
        typeof msg.millis === 'number'
      );
    case 'error':
      return (msg.id === null || isId(msg.id)) && typeof msg.message === 'string';
    default:
      return false;
  }
}
