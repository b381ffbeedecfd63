/**
 * Links that last: a record of every event id ever published, so that when a better compiler or
 * an edited article changes an event's id, the old id keeps resolving to the same event. An old
 * id is matched to the current event of the same kind that shares a source file and lies
 * nearest in date (within a year).
 */
import type { Dataset, EventKind } from './types';

export interface PublishedId {
  kind: EventKind;
  date: string;
  files: string[];
}

/** `seeds/ids.json`: id → what it named when it was published. */
export type IdRecord = Record<string, PublishedId>;

const dayNumber = (date: string) =>
  Date.parse(`${date.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`) / 86_400_000;

/**
 * Ids kept across compilers: an event whose id is new but which is, unmistakably, an event
 * published before (the same kind, date and source files as exactly one published id that no
 * current event holds) keeps the published id. A better title changes no link. Renames in place;
 * returns how many events kept an old id.
 */
export function keepPublishedIds(dataset: Dataset, record: IdRecord): number {
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const current = new Set(dataset.events.map((e) => e.id));
  const byShape = new Map<string, string[]>();
  const shape = (kind: string, date: string, files: string[]) =>
    `${kind}|${date}|${[...files].sort().join('\u0000')}`;
  for (const [id, p] of Object.entries(record)) {
    if (current.has(id)) continue;
    const key = shape(p.kind, p.date, p.files);
    const ids = byShape.get(key);
    if (ids) ids.push(id);
    else byShape.set(key, [id]);
  }
  // Nothing published has gone missing (the usual rebuild): no event can take an old id.
  if (byShape.size === 0) return 0;
  const newEvents = dataset.events.filter((e) => !Object.hasOwn(record, e.id));
  const shapes = newEvents.map((e) =>
    shape(
      e.kind,
      e.date,
      e.sources.map((s) => fileOf.get(s.source) ?? s.source),
    ),
  );
  const newByShape = new Map<string, number>();
  for (const key of shapes) newByShape.set(key, (newByShape.get(key) ?? 0) + 1);
  let kept = 0;
  newEvents.forEach((e, i) => {
    const key = shapes[i]!;
    const old = byShape.get(key);
    // One old id, one new event: the same event. Anything else is left to aliases.
    if (old?.length !== 1 || newByShape.get(key) !== 1) return;
    e.id = old[0]!;
    kept++;
  });
  return kept;
}

/** Old ids (absent from `dataset`) → the current id they now mean. */
export function resolveAliases(dataset: Dataset, record: IdRecord): Record<string, string> {
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const current = new Set(dataset.events.map((e) => e.id));
  const aliases: Record<string, string> = {};
  for (const oldId of Object.keys(record).sort()) {
    if (current.has(oldId)) continue;
    const old = record[oldId]!;
    let best: { id: string; distance: number } | null = null;
    for (const e of dataset.events) {
      if (e.kind !== old.kind) continue;
      const files = e.sources.map((s) => fileOf.get(s.source));
      if (!old.files.some((f) => files.includes(f))) continue;
      const distance = Math.abs(dayNumber(e.date) - dayNumber(old.date));
      if (distance <= 366 && (!best || distance < best.distance)) best = { id: e.id, distance };
    }
    if (best) aliases[oldId] = best.id;
  }
  return aliases;
}

/** The record after publishing `dataset`: every old id kept, every current id added. */
export function updateRecord(dataset: Dataset, record: IdRecord): IdRecord {
  const fileOf = new Map(dataset.sources.map((s) => [s.id, s.file]));
  const next: IdRecord = { ...record };
  for (const e of dataset.events)
    next[e.id] = {
      kind: e.kind,
      date: e.date,
      files: e.sources.map((s) => fileOf.get(s.source) ?? s.source).sort(),
    };
  return Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((k) => [k, next[k]!]),
  );
}
