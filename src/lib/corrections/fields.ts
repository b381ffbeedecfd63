/**
 * What each field of the corrections file may hold: one reader per field, which returns the
 * value as the apply step uses it, or a message saying what is wrong. Shared by the build and the
 * review screen's endpoint, so an edit is refused for the same reasons a build would refuse it.
 */
import { isIsoDay, isIsoPartial, isUrlSafeId, MAX_STRING_LENGTH } from '../dataset/checks';
import {
  EVENT_KINDS,
  PRECISIONS,
  type DateRange,
  type EventKind,
  type Precision,
} from '../dataset/types';
import { isWebAddress } from '../dataset/web-address';
import type { RoleAddition, Section } from './types';

/** A value read, or what is wrong with it. */
export type Read<T> = { value: T } | { error: string };
export type Reader = (value: unknown, range: DateRange) => Read<unknown>;

const ok = <T>(value: T): Read<T> => ({ value });
const wrong = (error: string): Read<never> => ({ error });

/** Article file names as the seeds folder holds them: no folders, no hidden files. */
const ARTICLE_FILE = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]{0,199}$/u;
export const isArticleFile = (v: unknown): v is string =>
  typeof v === 'string' && ARTICLE_FILE.test(v) && !v.includes('..');

const text: Reader = (v) =>
  typeof v === 'string' && v.trim() !== '' && v.length <= MAX_STRING_LENGTH
    ? ok(v.trim())
    : wrong('must be a non-empty string');
const textOrNull: Reader = (v, r) => (v === null ? ok(null) : text(v, r));

/** YAML reads `2021` as a number: a year is accepted either way. */
const dateText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` within the timeline's years. */
const eventDate: Reader = (raw, range) => {
  const v = dateText(raw);
  if (!isIsoPartial(v)) return wrong(`"${String(v)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  return inRange(v, range)
    ? ok(v)
    : wrong(`${v} is outside the range ${range.start} – ${range.end}`);
};
const day: Reader = (v) =>
  isIsoDay(v) ? ok(v) : wrong(`"${String(v)}" is not a day (YYYY-MM-DD)`);
const dayOrNull: Reader = (v, r) => (v === null ? ok(null) : day(v, r));
const dayInRange: Reader = (v, range) => {
  const read = day(v, range);
  if ('error' in read) return read;
  return inRange(read.value as string, range)
    ? read
    : wrong(`${String(v)} is outside the range ${range.start} – ${range.end}`);
};
const endDate: Reader = (v, r) => (v === null ? ok(null) : dayInRange(v, r));

/** A partial date lies in the range when any of its days does. */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start.slice(0, date.length) && date <= range.end.slice(0, date.length);
}

const oneOf =
  <T extends string>(words: readonly T[]): Reader =>
  (v) =>
    words.includes(v as T) ? ok(v as T) : wrong(`must be one of ${words.join(', ')}`);

const id: Reader = (v) =>
  isUrlSafeId(v) ? ok(v) : wrong(`"${String(v)}" is not an id (a-z, 0-9 and -)`);
const ids: Reader = (v) =>
  Array.isArray(v) && v.every(isUrlSafeId)
    ? ok([...new Set(v)])
    : wrong('must be a list of ids (a-z, 0-9 and -)');
const texts: Reader = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string' && t.trim() !== '')
    ? ok(v.map((t: string) => t.trim()))
    : wrong('must be a list of non-empty strings');
const flag: Reader = (v) => (typeof v === 'boolean' ? ok(v) : wrong('must be true or false'));
const webAddress: Reader = (v) =>
  v === null || isWebAddress(v) ? ok(v) : wrong('must be an http: or https: address');
const articleFile: Reader = (v) =>
  isArticleFile(v) ? ok(v) : wrong(`"${String(v)}" is not a file name in the seeds folder`);
const quote: Reader = (v) =>
  typeof v === 'string' && v.trim() !== '' && v.length <= MAX_STRING_LENGTH
    ? ok(v)
    : wrong('must be a non-empty passage of the article');

const roleAdditions: Reader = (v, range) => {
  if (!Array.isArray(v) || v.length === 0)
    return wrong('must be a list of roles, each with title, from and to');
  const roles: RoleAddition[] = [];
  for (const [i, item] of v.entries()) {
    const where = `role ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return wrong(`${where} must have a title, from and to`);
    const { title, from, to, ...rest } = item as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length) return wrong(`${where}: unknown field "${unknown[0]}" (title, from, to)`);
    const t = text(title, range);
    if ('error' in t) return wrong(`${where}: title ${t.error}`);
    const f = dayInRange(from, range);
    if ('error' in f) return wrong(`${where}: from ${f.error}`);
    const e = dayInRange(to, range);
    if ('error' in e) return wrong(`${where}: to ${e.error}`);
    if ((f.value as string) > (e.value as string))
      return wrong(`${where}: from ${String(from)} is after to ${String(to)}`);
    roles.push({ title: t.value as string, from: f.value as string, to: e.value as string });
  }
  return ok(roles);
};

/** Every field each section knows, with its reader. */
export const READERS: Record<Section, Record<string, Reader>> = {
  events: {
    reviewed: flag,
    hide: text,
    mergeInto: id,
    kind: oneOf<EventKind>(EVENT_KINDS),
    date: eventDate,
    endDate,
    precision: oneOf<Precision>(PRECISIONS),
    title: text,
    label: text,
    summary: text,
  },
  add: {
    kind: oneOf<EventKind>(EVENT_KINDS),
    date: eventDate,
    endDate: dayInRange,
    precision: oneOf<Precision>(PRECISIONS),
    title: text,
    label: text,
    summary: text,
    source: articleFile,
    quote,
    people: ids,
    documents: ids,
  },
  people: { name: text, notAPerson: text, addRoles: roleAdditions, removeRoles: texts },
  documents: { issued: dayOrNull, type: text, title: text, implements: ids },
  sources: { outlet: textOrNull, url: webAddress, published: dayOrNull, author: textOrNull },
};

/** Fields an `add:` entry must have. */
export const REQUIRED_ADD_FIELDS = ['kind', 'date', 'title', 'source', 'quote'] as const;

/** The precision a date's shape implies: `2021` a year, `2021-04` a month, else a day. */
export const precisionOf = (date: string): Precision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

/** Whether `date` is written as `precision` needs: a day in full, a month or quarter as YYYY-MM. */
export function fitsPrecision(date: string, precision: Precision): boolean {
  const shape = precisionOf(date);
  return precision === 'quarter' ? shape === 'month' : shape === precision;
}

/** Sources may be keyed by their id or by the article's file name. */
export const isSourceKey = (v: string) => isUrlSafeId(v) || isArticleFile(v);
