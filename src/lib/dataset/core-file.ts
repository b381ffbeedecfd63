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

/** The core file's text (the build writes its bytes, below; tests read the text). */
export const coreFileJson = (core: CoreDataset): string =>
  new TextDecoder().decode(coreFileBytes(core));

/**
 * The core file's bytes, as the build writes them: the same text, never decoded into a string
 * to be encoded again on its way to disk (a tenth of a second at 10,000 articles).
 */
export const coreFileBytes = (core: CoreDataset): Uint8Array =>
  asciiJsonBytes(JSON.stringify(encodeCore(core)));

const HEX_DIGITS = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));

/**
 * JSON text with every character past ASCII written as a `\u` escape: the same JSON, read back
 * unchanged. The browser decodes a body with any non-ASCII character into a two-byte string,
 * which at 10,000 events took a quarter of the core file's parse (main-thread CPU in Chromium,
 * 67 → 50 ms); an ASCII body decodes into a one-byte string at half the cost. Vietnamese text
 * grows (six bytes a letter, not two or three), but compressed the file grows by 5% with gzip,
 * 2.5% with brotli. Written byte by byte: a `replace` with a callback per letter took twice as long.
 */
export function asciiJson(text: string): string {
  return new TextDecoder().decode(asciiJsonBytes(text));
}

/** `asciiJson` as the bytes of its text (ASCII, so also its UTF-8). */
export function asciiJsonBytes(text: string): Uint8Array {
  let escaped = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) escaped++;
  const bytes = new Uint8Array(text.length + 5 * escaped);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x7f) {
      bytes[at++] = code;
      continue;
    }
    // `\u` and four hex digits; a character past U+FFFF is two code units, each escaped.
    bytes[at++] = 0x5c;
    bytes[at++] = 0x75;
    bytes[at++] = HEX_DIGITS[code >> 12]!;
    bytes[at++] = HEX_DIGITS[(code >> 8) & 0xf]!;
    bytes[at++] = HEX_DIGITS[(code >> 4) & 0xf]!;
    bytes[at++] = HEX_DIGITS[code & 0xf]!;
  }
  return bytes;
}
