/**
 * Writes one entry into the corrections file's text, for the review screen's endpoint. The file
 * stays diff-friendly whoever wrote it last: sections in a fixed order, entries sorted by id,
 * fields in a fixed order, one field a line (no folding of long quotes), and an editor's comments
 * kept where they were. Pure: text in, text out.
 */
import { Document, isMap, parseDocument, YAMLMap, type Node, type Pair } from 'yaml';
import { FIELD_ORDER, SECTIONS, type Section } from './types';

export type EntryValue = Record<string, unknown>;

export interface EntryWrite {
  section: Section;
  id: string;
  /** The entry's new fields, or null to remove the entry. */
  entry: EntryValue | null;
}

const HEADER = [
  ' Corrections to what the compiler extracted from the articles in this folder.',
  ' Applied by `npm run build:data` after merging and before validation; see the README,',
  ' "Reviewing and correcting". Sections: events, add, people, documents, sources.',
].join('\n');

/** `entry` with its fields in the section's order (unknown ones last, as given). */
export function orderedEntry(section: Section, entry: EntryValue): EntryValue {
  const order = FIELD_ORDER[section];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = Object.keys(entry)
    .filter((k) => entry[k] !== undefined)
    .sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((k) => [k, entry[k]]));
}

const keyOf = (pair: Pair<unknown, unknown>) => {
  const key = pair.key as { value?: unknown } | null;
  return String(key && typeof key === 'object' && 'value' in key ? key.value : key);
};

/**
 * The text with `write` applied, and the entry it replaced (null when there was none), which
 * the review screen keeps to undo the write.
 */
export function writeEntry(
  text: string,
  write: EntryWrite,
): { text: string; previous: EntryValue | null } {
  const doc = text.trim() ? parseDocument(text) : new Document({});
  if (doc.errors.length) throw new Error(`cannot edit a file that is not valid YAML`);
  if (!text.trim()) doc.commentBefore = HEADER;
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
  const root = doc.contents as unknown as YAMLMap<unknown, unknown>;

  let section = root.get(write.section, true) as YAMLMap<unknown, unknown> | undefined;
  if (!isMap(section)) {
    section = new YAMLMap();
    root.set(write.section, section);
  }
  const items = section.items as Pair<unknown, unknown>[];
  const at = items.findIndex((p) => keyOf(p) === write.id);
  const previous =
    at >= 0 ? (((items[at]!.value as Node | null)?.toJSON() as EntryValue | null) ?? null) : null;

  if (write.entry === null) {
    if (at >= 0) items.splice(at, 1);
  } else {
    const value = doc.createNode(orderedEntry(write.section, write.entry));
    if (at >= 0) items[at]!.value = value;
    else items.push(doc.createPair(write.id, value) as Pair<unknown, unknown>);
  }
  items.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  if (items.length === 0) root.delete(write.section);

  const rank = (p: Pair<unknown, unknown>) => {
    const i = SECTIONS.indexOf(keyOf(p) as Section);
    return i < 0 ? SECTIONS.length : i;
  };
  (root.items as Pair<unknown, unknown>[]).sort((a, b) => rank(a) - rank(b));
  return { text: doc.toString({ lineWidth: 0 }), previous };
}
