/**
 * Reads the event columns of the core file (written by `core-file.ts`) back into events, checking
 * every value. This runs before the first draw on every event of the dataset, before the engine
 * has optimised any of it, so each check is one tight loop down one column (quick to tier up),
 * values are checked in place, and a good event costs nothing but the object it becomes.
 */
import { DatasetError, isIsoDay, isIsoPartial, isUrlSafeId, MAX_STRING_LENGTH } from './checks';
import { EVENT_KINDS, LEADERSHIP_CHANGES, PRECISIONS, type CoreEvent } from './types';

/** For each position in the file's list, the id kept there (undefined: that item was rejected). */
type Ids = readonly (string | undefined)[];
export interface Lists {
  people: Ids;
  documents: Ids;
}

/** The sorts of value a column holds; each is checked by its own loop (see `checkColumn`). */
type Sort =
  | { sort: 'id' | 'date' | 'day' | 'flag' | 'text' | 'texts' }
  | { sort: 'word'; words: readonly string[] }
  | { sort: 'positions' | 'position'; list: keyof Lists };

type FieldSpec = Sort & {
  field: keyof CoreEvent;
  /** The end of "<field> must be …" when a value is wrong. */
  must: string;
  required?: true;
};

const word = (words: readonly string[]) =>
  ({ sort: 'word', words, must: `one of ${words.join(', ')}` }) as const;

/** Every field of a core event, in the order events are built. */
const FIELDS: readonly FieldSpec[] = [
  { field: 'id', sort: 'id', must: 'a URL-safe id', required: true },
  { field: 'kind', ...word(EVENT_KINDS), required: true },
  { field: 'date', sort: 'date', must: 'an ISO date', required: true },
  { field: 'precision', ...word(PRECISIONS), required: true },
  { field: 'dateInferred', sort: 'flag', must: 'true or false', required: true },
  { field: 'title', sort: 'text', must: 'a string', required: true },
  // Required from version 2 on; a version 1 file's labels are made from titles after reading.
  { field: 'label', sort: 'text', must: 'a string' },
  {
    field: 'people',
    sort: 'positions',
    list: 'people',
    must: 'a list of positions in people',
    required: true,
  },
  {
    field: 'documents',
    sort: 'positions',
    list: 'documents',
    must: 'a list of positions in documents',
    required: true,
  },
  { field: 'endDate', sort: 'day', must: 'an ISO date' },
  {
    field: 'disseminates',
    sort: 'positions',
    list: 'documents',
    must: 'a list of positions in documents',
  },
  { field: 'office', sort: 'text', must: 'a string' },
  { field: 'fromPerson', sort: 'position', list: 'people', must: 'a position in people' },
  { field: 'toPerson', sort: 'position', list: 'people', must: 'a position in people' },
  { field: 'change', ...word(LEADERSHIP_CHANGES) },
  { field: 'reviewed', sort: 'flag', must: 'true or false' },
  { field: 'edited', sort: 'texts', must: 'a list of strings' },
];

const isPosition = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STRING_LENGTH;
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/**
 * Checks one column in place: each value becomes what the event keeps (positions become ids),
 * `undefined` when not given (`null`) or wrong; `wrong(i)` is told of each wrong one. One loop
 * per sort of value, not a check function per value: the loops run before the engine has
 * optimised anything, and a loop with nothing but its own check in it is optimised soonest.
 */
function checkColumn(column: unknown[], spec: FieldSpec, lists: Lists, wrong: (i: number) => void) {
  const n = column.length;
  const test = (ok: boolean, i: number) => {
    if (!ok) {
      column[i] = undefined;
      wrong(i);
    }
  };
  switch (spec.sort) {
    case 'id':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(isUrlSafeId(column[i]), i);
      break;
    case 'date':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(isIsoPartial(column[i]), i);
      break;
    case 'day':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(isIsoDay(column[i]), i);
      break;
    case 'flag':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(typeof column[i] === 'boolean', i);
      break;
    case 'text':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(isText(column[i]), i);
      break;
    case 'texts':
      for (let i = 0; i < n; i++) if (column[i] !== null) test(isTexts(column[i]), i);
      break;
    case 'word': {
      const words = spec.words;
      for (let i = 0; i < n; i++)
        if (column[i] !== null) test(words.includes(column[i] as string), i);
      break;
    }
    case 'position': {
      const ids = lists[spec.list];
      for (let i = 0; i < n; i++) {
        const value = column[i];
        if (value === null) continue;
        // A position whose item was rejected (or past the end) leaves the field out.
        if (isPosition(value)) column[i] = ids[value];
        else test(false, i);
      }
      break;
    }
    case 'positions': {
      const ids = lists[spec.list];
      for (let i = 0; i < n; i++) {
        const value = column[i];
        if (value === null) continue;
        const kept = Array.isArray(value) ? idsAt(value, ids) : undefined;
        if (kept) column[i] = kept;
        else test(false, i);
      }
      break;
    }
  }
  // `null` is "not given": left out of an optional field, wrong in a required one.
  for (let i = 0; i < n; i++) {
    if (column[i] !== null) continue;
    if (spec.required) test(false, i);
    else column[i] = undefined;
  }
}

/**
 * A list of positions as the ids kept there, or undefined if it holds anything but positions. A
 * position whose item was rejected, or past the end of the list, is left out, as an unknown id is
 * in the full file.
 */
function idsAt(positions: unknown[], ids: Ids): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (!isPosition(position)) return undefined;
    const id = ids[position];
    if (id !== undefined) out.push(id);
  }
  return out;
}

export interface CoreEvents {
  /** One per event of the file: the event, or null when it was refused. */
  events: (CoreEvent | null)[];
  /** Why each refused event was refused, by its position. */
  problems: Map<number, string[]>;
}

/**
 * The events of a core file's `events` object: one list per field, each as long as `id`, `null`
 * where an event lacks an optional field. A column of the wrong length makes the file unreadable
 * (every event after a slip would be misread); a wrong value refuses only its event.
 */
export function readCoreEvents(columns: unknown, lists: Lists): CoreEvents {
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
    throw new DatasetError('must be an object of columns, one per field', 'events');
  const byField = columns as Record<string, unknown>;
  const ids = byField.id;
  const count = Array.isArray(ids) ? ids.length : 0;
  const present: { spec: FieldSpec; column: unknown[] }[] = [];
  for (const spec of FIELDS) {
    const column = byField[spec.field];
    if (column === undefined && !spec.required) continue;
    if (!Array.isArray(column) || column.length !== count)
      throw new DatasetError(
        `must be a list of ${count} values, one per event`,
        `events.${spec.field}`,
      );
    present.push({ spec, column });
  }

  // Column by column, in place: each value becomes what the event keeps, or undefined.
  const problems = new Map<number, string[]>();
  for (const { spec, column } of present)
    checkColumn(column, spec, lists, (i) => {
      const list = problems.get(i) ?? [];
      list.push(`${spec.field} must be ${spec.must}`);
      problems.set(i, list);
    });

  const column = Object.fromEntries(present.map((p) => [p.spec.field, p.column])) as Record<
    keyof CoreEvent,
    unknown[]
  >;
  const optional = present.filter((p) => !p.spec.required);
  const events: (CoreEvent | null)[] = new Array<CoreEvent | null>(count);
  for (let i = 0; i < count; i++) {
    if (problems.has(i)) {
      events[i] = null;
      continue;
    }
    const event: Record<string, unknown> = {
      id: column.id[i],
      kind: column.kind[i],
      date: column.date[i],
      precision: column.precision[i],
      dateInferred: column.dateInferred[i],
      title: column.title[i],
      people: column.people[i],
      documents: column.documents[i],
    };
    for (let f = 0; f < optional.length; f++) {
      const value = optional[f]!.column[i];
      if (value !== undefined) event[optional[f]!.spec.field] = value;
    }
    events[i] = event as unknown as CoreEvent;
  }
  return { events, problems };
}
