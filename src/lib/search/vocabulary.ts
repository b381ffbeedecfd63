/**
 * The token prefilter: every distinct folded token of the dataset, sorted, with a cheap way to
 * find the tokens a query token may mean. Fuse's Bitap scan is linear in the text and costs
 * 100-300 ms at 10,000 events; this narrows the candidates first, in a few milliseconds.
 */

/** How well a dataset token matches a query token; multiplied into the field score. */
export const QUALITY_EXACT = 1;
export const QUALITY_PREFIX = 0.8;
export const QUALITY_TYPO = 0.6;
/**
 * A typo in a word of one to three letters: counted only where the query's other words stand
 * right beside it (phrase.ts), so `hia` is `Hải` in `hoang trung hia` and nowhere else.
 */
export const QUALITY_SLIP = 0.5;

/**
 * Edits tolerated per query-token length. Numbers get none: `171` must never find `170`. A short
 * word (one to three letters: most Vietnamese syllables, `hai`, `sy`, the `ct` of a code, or a
 * two-letter one missing a letter) gets one only beside other words, whose phrase pins it down:
 * `hoang trung hia` finds `Hoàng Trung Hải`, while `hia` alone would match `hai`, `hoa`, `gia`
 * and half the dataset.
 */
export function allowedEdits(token: string, beside = false): number {
  if (!/^\p{L}+$/u.test(token)) return 0;
  if (token.length >= 8) return 2;
  if (token.length >= 4) return 1;
  return beside ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition, so `tein` is one
 * edit from `tien`), abandoned as soon as it exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

export interface TokenMatch {
  /** Vocabulary ids this query token may mean, with the quality of each. */
  ids: Map<number, number>;
  /** True when some of them are a short word's slips (`QUALITY_SLIP`). */
  slips: boolean;
}

export class Vocabulary {
  /** Sorted tokens; a token's id is its position here. */
  readonly tokens: string[];
  private readonly ids: Map<string, number>;
  private readonly cache = new Map<string, TokenMatch>();

  constructor(tokens: Iterable<string>) {
    this.tokens = [...new Set(tokens)].sort();
    this.ids = new Map(this.tokens.map((t, i) => [t, i]));
  }

  id(token: string): number | undefined {
    return this.ids.get(token);
  }

  /**
   * Tokens equal to, starting with, or a typo away from `query` (`beside`: it is one of several
   * query words, see `allowedEdits`). Memoised: typing repeats tokens.
   */
  match(query: string, beside = false): TokenMatch {
    const edits = allowedEdits(query, beside);
    const key = `${edits} ${query}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const ids = new Map<number, number>();
    for (let i = this.lowerBound(query); i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (!token.startsWith(query)) break;
      ids.set(i, token === query ? QUALITY_EXACT : QUALITY_PREFIX);
    }
    const typo = query.length < 4 ? QUALITY_SLIP : QUALITY_TYPO;
    let slips = false;
    if (edits > 0)
      this.tokens.forEach((token, i) => {
        // A typo never lands on a one-letter token: `tu` is not `t` or `u` mistyped.
        if (ids.has(i) || token.length < 2 || !/^\p{L}/u.test(token)) return;
        if (editDistance(query, token, edits) > edits) return;
        ids.set(i, typo);
        slips ||= typo === QUALITY_SLIP;
      });
    const match = { ids, slips };
    // A bounded memo: a session types a few hundred distinct tokens at most.
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, match);
    return match;
  }

  private lowerBound(query: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < query) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
