/**
 * The core of a dataset: every event reduced to the fields the timeline draws from, with people,
 * documents and aliases as they are. The build writes it beside the full file; the app derives it
 * itself when only the full file was published.
 */
import {
  SCHEMA_VERSION,
  type CoreDataset,
  type CoreEvent,
  type Dataset,
  type TimelineEvent,
} from './types';

/** Every key of `CoreEvent`: the compiler checks the list is complete and has nothing else. */
const CORE_FIELDS: Record<keyof CoreEvent, true> = {
  id: true,
  kind: true,
  date: true,
  endDate: true,
  precision: true,
  dateInferred: true,
  title: true,
  label: true,
  people: true,
  documents: true,
  disseminates: true,
  office: true,
  fromPerson: true,
  toPerson: true,
  change: true,
  // What a person did, for the list's marks (issue 17); left out of the file when no one did.
  reviewed: true,
  edited: true,
};
export const CORE_EVENT_FIELDS = Object.keys(CORE_FIELDS) as (keyof CoreEvent)[];

export function coreEvent(event: TimelineEvent): CoreEvent {
  const out: Record<string, unknown> = {};
  for (const key of CORE_EVENT_FIELDS) if (event[key] !== undefined) out[key] = event[key];
  return out as CoreEvent;
}

export function coreOf(dataset: Dataset): CoreDataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    core: true,
    range: dataset.range,
    events: dataset.events.map(coreEvent),
    people: dataset.people,
    documents: dataset.documents,
    ...(dataset.aliases ? { aliases: dataset.aliases } : {}),
  };
}

export { corePath } from './core-path';
