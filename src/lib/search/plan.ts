/** A query, folded and matched against the vocabulary once, for everything that follows. */
import { foldText } from './fold';
import type { TokenMatch, Vocabulary } from './vocabulary';

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
}

export function makePlan(vocabulary: Vocabulary, query: string): Plan | null {
  const folded = foldText(query.slice(0, MAX_QUERY_CHARS));
  const words = folded.split(' ').filter(Boolean).slice(0, MAX_QUERY_WORDS);
  if (words.join('').length < MIN_QUERY_CHARS) return null;
  const size = vocabulary.tokens.length;
  const mask = new Uint32Array(size);
  const quality = new Float64Array(size * words.length);
  const matches = words.map((w, t) => {
    const m = vocabulary.match(w);
    for (const [id, q] of m.ids) {
      mask[id]! |= 1 << t;
      quality[id * words.length + t] = q;
    }
    return m;
  });
  return { folded: words.join(' '), words, matches, mask, quality };
}
