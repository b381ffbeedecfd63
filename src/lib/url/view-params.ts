/**
 * The app's URL parameters: the URL is the view (issues 4 and 5). Pure parse and serialise, no
 * `window`: the state module that syncs with `location`/`popstate` calls these.
 *
 * A URL is untrusted input, pasted into chats and iframes. Every parameter is validated; a bad one
 * is dropped (the default applies) and listed in `errors`, never thrown. Unknown parameters are
 * ignored, so links from newer versions or with tracking tags still open.
 */
import { EVENT_KINDS, type EventKind } from '../dataset/types';
import { isIsoDay, isUrlSafeId } from '../dataset/checks';

export type Lang = 'vi' | 'en';
export type Theme = 'light' | 'dark';

export interface ViewParams {
  /** Search query, `''` when none. */
  q: string;
  /** Visible lanes, in `EVENT_KINDS` order; all three by default. */
  kinds: EventKind[];
  person: string | null;
  doc: string | null;
  /** The selected event. */
  event: string | null;
  /** Visible window, ISO days, `from ≤ to`. */
  from: string | null;
  to: string | null;
  /** Interface language; null lets the app choose. */
  lang: Lang | null;
  /** Colour theme; null follows the system. */
  theme: Theme | null;
  embed: boolean;
  /** Whether an embed shows its search box. */
  search: boolean;
  present: boolean;
  /** Event ids a presentation visits, in order. */
  tour: string[];
  /** Seconds per step when presenting, 2–60; null is no autoplay. */
  autoplay: number | null;
}

export const DEFAULT_VIEW: Readonly<ViewParams> = Object.freeze({
  q: '',
  kinds: [...EVENT_KINDS],
  person: null,
  doc: null,
  event: null,
  from: null,
  to: null,
  lang: null,
  theme: null,
  embed: false,
  search: true,
  present: false,
  tour: [],
  autoplay: null,
});

export const MAX_QUERY_LENGTH = 200;
export const MAX_TOUR_STOPS = 200;
export const AUTOPLAY_SECONDS = { min: 2, max: 60 } as const;
/** Any value longer than this is refused before it is looked at (a tour of 200 ids fits). */
const MAX_VALUE_LENGTH = 200 * 201;

export interface ParamError {
  param: string;
  /** The value as received, cut to 80 characters for display. */
  value: string;
  reason: string;
}

export interface ParsedView {
  params: ViewParams;
  errors: ParamError[];
}

/** The order parameters are written in, so the same view always gives the same URL. */
const ORDER = [
  'q',
  'kinds',
  'person',
  'doc',
  'event',
  'from',
  'to',
  'lang',
  'theme',
  'embed',
  'search',
  'present',
  'tour',
  'autoplay',
] as const;

// Control characters, markup and script URLs have no place in any of our values.
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const MARKUP = /[<>]/;
const SCRIPT_URL = /^\s*(?:javascript|data|vbscript):/i;

function one<T>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => String(item) === value);
}

export function parseViewParams(input: string | URLSearchParams): ParsedView {
  const search =
    typeof input === 'string' ? new URLSearchParams(input.replace(/^[?#]/, '')) : input;
  const params: ViewParams = { ...DEFAULT_VIEW, kinds: [...DEFAULT_VIEW.kinds], tour: [] };
  const errors: ParamError[] = [];
  const reject = (param: string, value: string, reason: string) =>
    errors.push({ param, value: value.slice(0, 80), reason });

  for (const name of ORDER) {
    const value = search.get(name);
    if (value === null) continue;
    if (value.length > MAX_VALUE_LENGTH) {
      reject(name, value, 'too long');
      continue;
    }
    if (CONTROL.test(value) || MARKUP.test(value) || SCRIPT_URL.test(value)) {
      reject(name, value, 'contains markup, a script URL or control characters');
      continue;
    }
    const problem = apply(params, name, value);
    if (problem) reject(name, value, problem);
  }
  if (params.from && params.to && params.from > params.to) {
    reject('from', `${params.from}..${params.to}`, 'from is after to');
    params.from = null;
    params.to = null;
  }
  return { params, errors };
}

/** Sets one parameter from its raw value; returns why it was refused, or null. */
function apply(params: ViewParams, name: (typeof ORDER)[number], value: string): string | null {
  switch (name) {
    case 'q': {
      const q = value.trim();
      if (q.length > MAX_QUERY_LENGTH) return `longer than ${MAX_QUERY_LENGTH} characters`;
      params.q = q;
      return null;
    }
    case 'kinds': {
      const items = value.split(',').filter(Boolean);
      const unknown = items.filter((k) => !one(EVENT_KINDS, k));
      if (items.length === 0 || unknown.length > 0)
        return `must be a comma list of ${EVENT_KINDS.join(', ')}`;
      params.kinds = EVENT_KINDS.filter((k) => items.includes(k));
      return null;
    }
    case 'person':
    case 'doc':
    case 'event':
      if (!isUrlSafeId(value)) return 'must be an id (a-z, 0-9, -)';
      params[name] = value;
      return null;
    case 'from':
    case 'to':
      if (!isIsoDay(value)) return 'must be a date YYYY-MM-DD';
      params[name] = value;
      return null;
    case 'lang':
      params.lang = one(['vi', 'en'] as const, value) ?? null;
      return params.lang ? null : 'must be vi or en';
    case 'theme':
      params.theme = one(['light', 'dark'] as const, value) ?? null;
      return params.theme ? null : 'must be light or dark';
    case 'embed':
    case 'present':
      if (value !== '1') return 'must be 1';
      params[name] = true;
      return null;
    case 'search':
      if (value !== '0' && value !== '1') return 'must be 0 or 1';
      params.search = value === '1';
      return null;
    case 'tour': {
      const ids = value.split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > MAX_TOUR_STOPS)
        return `must list 1 to ${MAX_TOUR_STOPS} event ids`;
      if (!ids.every(isUrlSafeId)) return 'must be a comma list of ids';
      params.tour = ids;
      return null;
    }
    case 'autoplay': {
      const seconds = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
      if (!(seconds >= AUTOPLAY_SECONDS.min && seconds <= AUTOPLAY_SECONDS.max))
        return `must be whole seconds from ${AUTOPLAY_SECONDS.min} to ${AUTOPLAY_SECONDS.max}`;
      params.autoplay = seconds;
      return null;
    }
  }
}

// Keep `,` `/` `:` readable in shared links; everything else is percent-encoded, spaces as `+`.
function encode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%20/g, '+');
}

/** The query string for a view (no leading `?`), defaults left out, parameters in a fixed order. */
export function serializeViewParams(params: ViewParams): string {
  const all = EVENT_KINDS.every((k) => params.kinds.includes(k));
  const values: Record<(typeof ORDER)[number], string | null> = {
    q: params.q.trim() || null,
    kinds: all ? null : EVENT_KINDS.filter((k) => params.kinds.includes(k)).join(','),
    person: params.person,
    doc: params.doc,
    event: params.event,
    from: params.from,
    to: params.to,
    lang: params.lang,
    theme: params.theme,
    embed: params.embed ? '1' : null,
    search: params.search ? null : '0',
    present: params.present ? '1' : null,
    tour: params.tour.length > 0 ? params.tour.join(',') : null,
    autoplay: params.autoplay === null ? null : String(params.autoplay),
  };
  return ORDER.flatMap((name) => {
    const value = values[name];
    return value === null ? [] : [`${name}=${encode(value)}`];
  }).join('&');
}
