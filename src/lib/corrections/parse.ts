/**
 * Reads the corrections file (YAML) into typed entries, each with its line, and checks everything
 * that needs neither the dataset nor the articles: the YAML itself, unknown sections and fields,
 * the type of each value, dates and their range. YAML because editors write it by hand: comments
 * are allowed and kept, and one field a line diffs well. The `yaml` package is used because it
 * reports the line of every node (a hand-written parser would have to), and reads `2021-04-22`
 * as text, not as a timestamp (YAML 1.2).
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { isUrlSafeId } from '../dataset/checks';
import { DEFAULT_RANGE, type DateRange } from '../dataset/types';
import { fitsPrecision, isSourceKey, READERS, REQUIRED_ADD_FIELDS } from './fields';
import {
  emptyCorrections,
  SECTIONS,
  type Corrections,
  type Entry,
  type Problem,
  type Section,
} from './types';

export interface ParseOptions {
  /** The file's name as problems print it. */
  file: string;
  /** The timeline's years: event dates outside are refused. */
  range?: DateRange;
}

export interface ParseResult {
  corrections: Corrections;
  errors: Problem[];
}

export function parseCorrections(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const range = options.range ?? DEFAULT_RANGE;
  const corrections = emptyCorrections(file);
  const errors: Problem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined, fallback = 1) =>
    node?.range ? lines.linePos(node.range[0]).line : fallback;
  const problem = (line: number, message: string) => errors.push({ file, line, message });

  for (const e of doc.errors)
    problem(lines.linePos(e.pos[0]).line, `not valid YAML: ${e.message.split('\n')[0]}`);
  if (errors.length) return { corrections, errors };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { corrections, errors };
  if (!isMap(root)) {
    problem(lineOf(root), `must be a map of sections: ${SECTIONS.join(', ')}`);
    return { corrections, errors };
  }

  for (const sectionPair of root.items as Pair<Node, Node | null>[]) {
    const name = keyText(sectionPair);
    const sectionLine = lineOf(sectionPair.key);
    if (!SECTIONS.includes(name as Section)) {
      problem(sectionLine, `unknown section "${name}" (known: ${SECTIONS.join(', ')})`);
      continue;
    }
    const section = name as Section;
    const body = sectionPair.value;
    if (body === null || (isScalar(body) && body.value === null)) continue;
    if (!isMap(body)) {
      problem(lineOf(body, sectionLine), `${section} must be a map from ids to corrections`);
      continue;
    }
    for (const entryPair of body.items as Pair<Node, Node | null>[]) {
      const id = keyText(entryPair);
      const line = lineOf(entryPair.key, sectionLine);
      const validKey = section === 'sources' ? isSourceKey(id) : isUrlSafeId(id);
      if (!validKey) {
        problem(line, `${section}: "${id}" is not an id (a-z, 0-9 and -)`);
        continue;
      }
      const value = entryPair.value;
      if (!isMap(value)) {
        problem(lineOf(value, line), `${section}.${id} must be a map of fields`);
        continue;
      }
      const entry: Entry<Record<string, unknown>> = { id, line, set: {}, lines: {} };
      let good = true;
      for (const fieldPair of value.items as Pair<Node, Node | null>[]) {
        const field = keyText(fieldPair);
        const fieldLine = lineOf(fieldPair.value, lineOf(fieldPair.key, line));
        const read = READERS[section][field];
        if (!read) {
          const known = Object.keys(READERS[section]).join(', ');
          problem(fieldLine, `${section}.${id}: unknown field "${field}" (known: ${known})`);
          good = false;
          continue;
        }
        const result = read(fieldPair.value?.toJSON() ?? null, range);
        if ('error' in result) {
          problem(fieldLine, `${section}.${id}.${field} ${result.error}`);
          good = false;
          continue;
        }
        entry.set[field] = result.value;
        entry.lines[field] = fieldLine;
      }
      if (!good) continue;
      // An entry that breaks a rule is left out: the build stops on any error, and the review
      // screen's endpoint refuses to write a file with one.
      const broken = entryProblems(section, entry);
      for (const message of broken)
        problem(message.line ?? line, `${section}.${id}: ${message.text}`);
      if (broken.length === 0)
        (corrections[section] as Entry<Record<string, unknown>>[]).push(entry);
    }
  }
  return { corrections, errors };
}

function keyText(pair: Pair<Node, Node | null>): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : String(key);
}

/** Rules between the fields of one entry. */
function entryProblems(
  section: Section,
  entry: Entry<Record<string, unknown>>,
): { line?: number; text: string }[] {
  const { set, lines, id } = entry;
  const out: { line?: number; text: string }[] = [];
  if (section === 'add')
    for (const field of REQUIRED_ADD_FIELDS)
      if (set[field] === undefined) out.push({ text: `an added event needs "${field}"` });
  if (section === 'events') {
    if (set.hide !== undefined && set.mergeInto !== undefined)
      out.push({ line: lines.mergeInto, text: 'hide and mergeInto cannot go together' });
    if (set.mergeInto === id)
      out.push({ line: lines.mergeInto, text: 'an event cannot be merged into itself' });
    if (set.date === undefined && (set.precision !== undefined || set.endDate !== undefined))
      out.push({
        line: lines.precision ?? lines.endDate,
        text: 'precision and endDate are set with a date',
      });
  }
  if (section === 'events' || section === 'add') {
    const date = set.date as string | undefined;
    const precision = set.precision as string | undefined;
    if (date && precision && !fitsPrecision(date, precision as never))
      out.push({
        line: lines.precision,
        text: `date ${date} does not fit precision ${precision} (day: YYYY-MM-DD, month and quarter: YYYY-MM, year: YYYY)`,
      });
    if (date && precision === 'quarter' && (Number(date.slice(5, 7)) - 1) % 3 !== 0)
      out.push({ line: lines.date, text: `a quarter starts in January, April, July or October` });
    const end = set.endDate as string | null | undefined;
    if (date && end && end < date)
      out.push({ line: lines.endDate, text: `endDate ${end} is before date ${date}` });
  }
  if (section === 'people' && set.notAPerson !== undefined && Object.keys(set).length > 1)
    out.push({ line: lines.notAPerson, text: 'notAPerson cannot go with other fields' });
  return out;
}
