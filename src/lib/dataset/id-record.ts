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
