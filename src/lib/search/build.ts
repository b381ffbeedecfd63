/** Builds the search index: records, their tokens as vocabulary ids, and the postings lists. */
import type { Dataset } from '../dataset/types';
import { Neighbours } from './neighbours';
import { buildRecords, type SearchRecord } from './records';
import type { Scored } from './score';
import { Vocabulary } from './vocabulary';

export interface SearchIndex {
  records: SearchRecord[];
  vocabulary: Vocabulary;
  /** For each vocabulary id, the records (indexes into `records`) that contain it. */
  postings: Int32Array[];
  /** Parallel to `postings`: bit f set when the token is in the record's field f. */
  postingFields: Uint8Array[];
  /** Which tokens stand beside which: prunes a short word's slips before scoring. */
  neighbours: Neighbours;
  eventCount: number;
  /** The last query's scored records: `search` and `matchingEventIds` run on each keystroke. */
  last: { folded: string; scored: readonly Scored[] } | null;
}

export function createSearchIndex(dataset: Dataset): SearchIndex {
  const records = buildRecords(dataset);
  const unique = new Set<string>();
  for (const r of records) for (const f of r.fields) for (const w of f.words) unique.add(w);
  const vocabulary = new Vocabulary(unique);
  const lists: number[][] = vocabulary.tokens.map(() => []);
  const fieldLists: number[][] = vocabulary.tokens.map(() => []);
  // Which record last added itself to a token's list: a record is listed once per token.
  const lastRecord = new Int32Array(vocabulary.tokens.length).fill(-1);
  records.forEach((record, r) => {
    record.fields.forEach((f, fieldIndex) => {
      f.ids = new Int32Array(f.words.length);
      f.words.forEach((w, i) => {
        const id = vocabulary.id(w)!;
        f.ids[i] = id;
        const list = fieldLists[id]!;
        if (lastRecord[id] !== r) {
          lastRecord[id] = r;
          lists[id]!.push(r);
          list.push(0);
        }
        list[list.length - 1]! |= 1 << fieldIndex;
      });
      f.words = [];
    });
  });
  return {
    records,
    vocabulary,
    postings: lists.map((l) => Int32Array.from(l)),
    postingFields: fieldLists.map((l) => Uint8Array.from(l)),
    neighbours: new Neighbours(records, vocabulary.tokens.length),
    eventCount: dataset.events.length,
    last: null,
  };
}
