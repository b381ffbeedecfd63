/**
 * The postMessage API between the embedded timeline and its host page (issue 5), versioned. Pure:
 * the app's message listener calls `parseHostMessage` and posts what the builders return.
 *
 * Host pages are pages we do not control, so every message is untrusted: only the exact shapes
 * below are accepted, with no extra keys, ids that are URL-safe, real ISO days and a bounded query.
 * Anything else is null and must be ignored. Nothing in a message is ever rendered as markup.
 */
import { isIsoDay, isUrlSafeId } from '../dataset/checks';
import { MAX_QUERY_LENGTH } from '../url/view-params';

/** Bumped when a message changes meaning; hosts read it from `timeline:ready`. */
export const PROTOCOL_VERSION = 1;

/** host → timeline */
export type HostMessage =
  | { type: 'timeline:goto'; id: string }
  | { type: 'timeline:next' }
  | { type: 'timeline:prev' }
  | { type: 'timeline:setRange'; from: string; to: string }
  | { type: 'timeline:search'; q: string };

/** timeline → host */
export type TimelineMessage =
  | { type: 'timeline:ready'; version: number }
  | { type: 'timeline:select'; id: string | null }
  | { type: 'timeline:rangechange'; from: string; to: string }
  | { type: 'timeline:resize'; height: number };

type Json = Record<string, unknown>;

// A search query is typed text: control characters and markup have no place in it, and the URL
// parser would refuse it on reload anyway.
const UNSAFE_QUERY = /[\p{Cc}\p{Cf}<>]/u;

/** A plain object (what structured clone delivers) with exactly these keys, plus `version`. */
function shape(data: unknown, keys: readonly string[]): Json | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const json = data as Json;
  const own = Object.keys(json);
  const allowed = ['type', 'version', ...keys];
  if (own.length > allowed.length || !own.every((k) => allowed.includes(k))) return null;
  if (!keys.every((k) => Object.hasOwn(json, k))) return null;
  // A host may say which version it speaks; one we do not know is refused, not guessed at.
  if (Object.hasOwn(json, 'version') && json.version !== PROTOCOL_VERSION) return null;
  return json;
}

const FIELDS: Record<HostMessage['type'], readonly string[]> = {
  'timeline:goto': ['id'],
  'timeline:next': [],
  'timeline:prev': [],
  'timeline:setRange': ['from', 'to'],
  'timeline:search': ['q'],
};

/** The message if it is one of ours and well formed, else null. Never throws. */
export function parseHostMessage(data: unknown): HostMessage | null {
  try {
    if (typeof data !== 'object' || data === null) return null;
    const type = (data as Json).type;
    if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return null;
    const m = shape(data, FIELDS[type as HostMessage['type']]);
    if (!m) return null;
    switch (type) {
      case 'timeline:goto':
        return isUrlSafeId(m.id) ? { type, id: m.id } : null;
      case 'timeline:next':
      case 'timeline:prev':
        return { type };
      case 'timeline:setRange':
        return isIsoDay(m.from) && isIsoDay(m.to) && m.from <= m.to
          ? { type, from: m.from, to: m.to }
          : null;
      case 'timeline:search':
        return typeof m.q === 'string' && m.q.length <= MAX_QUERY_LENGTH && !UNSAFE_QUERY.test(m.q)
          ? { type, q: m.q }
          : null;
      default:
        return null;
    }
  } catch {
    // A hostile object (a Proxy, a throwing getter) is just another malformed message.
    return null;
  }
}

const TIMELINE_FIELDS: Record<TimelineMessage['type'], readonly string[]> = {
  'timeline:ready': ['version'],
  'timeline:select': ['id'],
  'timeline:rangechange': ['from', 'to'],
  'timeline:resize': ['height'],
};

/**
 * For hosts written in TypeScript and for tests: a timeline message if well formed, else null.
 * (examples/host.js repeats these checks in plain JavaScript.)
 */
export function parseTimelineMessage(data: unknown): TimelineMessage | null {
  try {
    if (typeof data !== 'object' || data === null) return null;
    const type = (data as Json).type;
    if (typeof type !== 'string' || !Object.hasOwn(TIMELINE_FIELDS, type)) return null;
    const keys = TIMELINE_FIELDS[type as TimelineMessage['type']].filter((k) => k !== 'version');
    const m = type === 'timeline:ready' ? readyShape(data) : shape(data, keys);
    if (!m) return null;
    switch (type) {
      case 'timeline:ready':
        return Number.isInteger(m.version) && (m.version as number) >= 1
          ? { type, version: m.version as number }
          : null;
      case 'timeline:select':
        return m.id === null || isUrlSafeId(m.id) ? { type, id: m.id } : null;
      case 'timeline:rangechange':
        return isIsoDay(m.from) && isIsoDay(m.to) && m.from <= m.to
          ? { type, from: m.from, to: m.to }
          : null;
      case 'timeline:resize':
        return Number.isInteger(m.height) && (m.height as number) >= 0
          ? { type, height: m.height as number }
          : null;
      default:
        return null;
    }
  } catch {
    return null;
  }
}

/** `timeline:ready` carries any version: a host decides what it supports. */
function readyShape(data: unknown): Json | null {
  const json = data as Json;
  const own = Object.keys(json);
  if (Object.getPrototypeOf(json) !== Object.prototype && Object.getPrototypeOf(json) !== null)
    return null;
  return own.length === 2 && Object.hasOwn(json, 'version') ? json : null;
}

/** Builders for the messages the timeline posts to its host. */
export const toHost = {
  ready: (version: number = PROTOCOL_VERSION): TimelineMessage => ({
    type: 'timeline:ready',
    version,
  }),
  /** `null` when the selection is cleared. */
  select: (id: string | null): TimelineMessage => ({ type: 'timeline:select', id }),
  rangechange: (from: string, to: string): TimelineMessage => ({
    type: 'timeline:rangechange',
    from,
    to,
  }),
  /** Whole CSS pixels, so a host can set the iframe's height without a scrollbar. */
  resize: (height: number): TimelineMessage => ({
    type: 'timeline:resize',
    height: Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0,
  }),
};
