/**
 * The core file as written (`timeline.core.json`): a `CoreDataset` whose events are columns, one
 * list per field with one value per event (`null` where an event lacks an optional field; a field
 * no event has is left out), and whose people and documents are referred to by their position in
 * the file's own `people` and `documents` lists. The app parses and checks it before its first
 * draw: written as objects with ids, the same events are a third more bytes and take twice as long
 * to parse (Node, first parse of 10,000 events). `validateCore` reads it back.
 *
 * Build side only: the app reads this format but never writes it.
 */
import type { CoreDataset, CoreEvent } from './types';
import { CORE_EVENT_FIELDS } from './core';

/** The fields whose values are positions in `people` (one, or a list). */
const PERSON_REFS: readonly (keyof CoreEvent)[] = ['people', 'fromPerson', 'toPerson'];
/** The fields whose values are positions in `documents`. */
const DOCUMENT_REFS: readonly (keyof CoreEvent)[] = ['documents', 'disseminates'];

export interface CoreFile extends Omit<CoreDataset, 'events'> {
  events: Partial<Record<keyof CoreEvent, unknown[]>>;
}

export function encodeCore(core: CoreDataset): CoreFile {
  const positions = (list: readonly { id: string }[], what: string) => {
    const at = new Map(list.map((item, i) => [item.id, i]));
    return (id: string) => {
      const i = at.get(id);
      // The build validates the dataset first, so this is a bug, not bad input.
      if (i === undefined) throw new Error(`core file: unknown ${what} ${id}`);
      return i;
    };
  };
  const person = positions(core.people, 'person');
  const document = positions(core.documents, 'document');
  const encode = (field: keyof CoreEvent): ((value: unknown) => unknown) => {
    const ref = PERSON_REFS.includes(field)
      ? person
      : DOCUMENT_REFS.includes(field)
        ? document
        : null;
    if (!ref) return (value) => value;
    return (value) => (Array.isArray(value) ? value.map(ref) : ref(value as string));
  };
  const events: CoreFile['events'] = {};
  for (const field of CORE_EVENT_FIELDS) {
    if (!core.events.some((event) => event[field] !== undefined)) continue;
    const value = encode(field);
    events[field] = core.events.map((event) =>
      event[field] === undefined ? null : value(event[field]),
    );
  }
  const { schemaVersion, range, people, documents, aliases } = core;
  return {
    schemaVersion,
    core: true,
    range,
    events,
    people,
    documents,
    ...(aliases ? { aliases } : {}),
  };
}

/** The core file's text, as the build and the bench write it. */
export const coreFileJson = (core: CoreDataset): string => JSON.stringify(encodeCore(core));
