/** A query, folded and matched against the vocabulary once, for everything that follows. */
import { foldForSearch } from '../vi/fold-map';
import type { Neighbours } from './neighbours';
import { QUALITY_SLIP, type TokenMatch, type Vocabulary } from './vocabulary';

/** Queries are cut here; nobody types more, and it bounds the work. */
export const MAX_QUERY_CHARS = 200;
/** A single letter matches nearly everything and tells nothing: search starts at two characters. */
export const MIN_QUERY_CHARS = 2;
/** At most this many words take part (they are kept in a 32-bit mask). */
export const MAX_QUERY_WORDS = 8;

export interface Plan {
  folded: string;
  words: string[];
  matches: TokenMatch[];
  /** Bit t set at a vocabulary id when that token matches query word t. */
  mask: Uint32Array;
  /** `quality[id * words.length + t]`: how well token `id` matches query word t (0 = not). */
  quality: Float64Array;
  /** True when a short word may have slipped (phrase.ts then looks for it side by side). */
  slips: boolean;
}

/**
 * A short word's slips that could stand beside the query's neighbouring words: a slip counts
 * only with the word before it matched just before it and the word after it just after
 * (phrase.ts), so one whose neighbours never do anywhere in the dataset is dropped. The result
 * is the same without this; the work, at 10,000 events, is not.
 */
function withoutStraySlips(matches: TokenMatch[], neighbours: Neighbours): TokenMatch[] {
  const regular = matches.map(
    (m) => new Set([...m.ids].filter(([, q]) => q > QUALITY_SLIP).map(([id]) => id)),
  );
  const besideAny = (list: Int32Array, among: Set<number>) => {
    for (const id of list) if (among.has(id)) return true;
    return false;
  };
  return matches.map((m, t) => {
    if (!m.slips) return m;
    const ids = new Map<number, number>();
    let slips = false;
    for (const [id, q] of m.ids) {
      if (q > QUALITY_SLIP) ids.set(id, q);
      else if (
        (t === 0 || besideAny(neighbours.before(id), regular[t - 1]!)) &&
        (t === matches.length - 1 || besideAny(neighbours.after(id), regular[t + 1]!))
      ) {
        ids.set(id, q);
        slips = true;
      }
    }
    return { ids, slips };
  });
}

export function makePlan(
  vocabulary: Vocabulary,
  query: string,
  neighbours?: Neighbours,
): Plan | null {
  const folded = foldForSearch(query.slice(0, MAX_QUERY_CHARS));
  const words = folded.split(' ').filter(Boolean).slice(0, MAX_QUERY_WORDS);
  if (words.join('').length < MIN_QUERY_CHARS) return null;
  const size = vocabulary.tokens.length;
  const mask = new Uint32Array(size);
  const quality = new Float64Array(size * words.length);
  let found = words.map((w) => vocabulary.match(w, words.length > 1));
  if (neighbours && found.some((m) => m.slips)) found = withoutStraySlips(found, neighbours);
  const matches = found.map((m, t) => {
    for (const [id, q] of m.ids) {
      mask[id]! |= 1 << t;
      quality[id * words.length + t] = q;
    }
    return m;
  });
  return {
    folded: words.join(' '),
    words,
    matches,
    mask,
    quality,
    slips: matches.some((m) => m.slips),
  };
}
