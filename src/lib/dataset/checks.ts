/**
 * Checks of single values read from untrusted JSON or a URL: dates, ids, lengths. Shared by the
 * dataset validators, the URL parameters and the embed protocol.
 */

/** A dataset that cannot be read at all (not an object, another schema version), at `path`. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DatasetError';
  }
}

/** Longest string accepted in any field: a 2 MB title is an attack or a bug, not a title. */
export const MAX_STRING_LENGTH = 20_000;
const URL_SAFE_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The number written by the ASCII digits of `text` from `start` to `end`, or -1 if any is not one.
 * Dates are checked by character codes, not a pattern and `Number()`: every event's date and every
 * role's two are checked before the first draw, in code that has not been optimised yet.
 */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DASH = 45;

/** True for a real calendar day in `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && value.length === 10 && isIsoPartial(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isIsoPartial(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const year = digits(value, 0, 4);
  if (year < 0) return false;
  if (length === 4) return true;
  const month = digits(value, 5, 7);
  if (value.charCodeAt(4) !== DASH || month < 1 || month > 12) return false;
  if (length === 7) return true;
  const day = digits(value, 8, 10);
  return value.charCodeAt(7) === DASH && day >= 1 && day <= daysInMonth(year, month);
}

export function isUrlSafeId(value: unknown): value is string {
  return typeof value === 'string' && URL_SAFE_ID.test(value);
}
