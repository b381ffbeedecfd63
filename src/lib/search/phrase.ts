/**
 * Where a query's words stand together in a field, the one rule scoring and highlighting share.
 *
 * A field holds a phrase where every query word matches within `PHRASE_SLACK` extra words of the
 * others. A slip in a short word (a typo of one to three letters, `QUALITY_SLIP`) counts only
 * where every other word matches properly and all stand side by side in the order typed:
 * `hoang trung hia` is `Hoàng Trung Hải`, but not `Hà, Hoàng Trọng`, and `sy` near some `su`
 * with `thanh` three words off is nothing.
 */
import { MAX_QUERY_WORDS, type Plan } from './plan';
import { QUALITY_SLIP } from './vocabulary';

/** Extra words allowed between the query's words for them to count as one phrase. */
export const PHRASE_SLACK = 2;

export interface FieldScan {
  /** Bit t: query word t matches in this field (a slip only within a phrase). */
  seen: number;
  /** The narrowest window holding every query word, in words; Infinity when none. */
  span: number;
  /** `best[t]`: the best quality query word t matches with here (0 = not). */
  best: Float64Array;
}

// Scratch buffers reused across fields: scoring scans up to every record per keystroke.
const best = new Float64Array(MAX_QUERY_WORDS);
const last = new Int32Array(MAX_QUERY_WORDS);
const window = new Int32Array(MAX_QUERY_WORDS);
const result: FieldScan = { seen: 0, span: Infinity, best };

/**
 * Scans a field's vocabulary ids once. `onPhrase` (for highlighting) gets the positions of the
 * words of each phrase found, by query word; scoring passes none and reads the result, which is
 * reused by the next call.
 */
export function scanField(
  ids: Int32Array,
  p: Plan,
  onPhrase?: (positions: Int32Array) => void,
): FieldScan {
  const n = p.words.length;
  const all = (1 << n) - 1;
  best.fill(0, 0, n);
  last.fill(-1, 0, n);
  let regular = 0;
  let slips = 0;
  let span = Infinity;
  for (let pos = 0; pos < ids.length; pos++) {
    const id = ids[pos]!;
    const bits = id < 0 ? 0 : p.mask[id]!;
    if (bits === 0) continue;
    for (let t = 0; t < n; t++) {
      if ((bits & (1 << t)) === 0) continue;
      const q = p.quality[id * n + t]!;
      if (q > QUALITY_SLIP) {
        if (q > best[t]!) best[t] = q;
        last[t] = pos;
        regular |= 1 << t;
      }
    }
    if (regular === all) {
      let first = pos;
      for (let t = 0; t < n; t++) if (last[t]! < first) first = last[t]!;
      if (pos - first + 1 < span) span = pos - first + 1;
      if (onPhrase && pos - first + 1 <= n + PHRASE_SLACK) onPhrase(last);
    }
    // A slip: the words ending here, side by side in the order typed, each matching properly
    // but one, a short word's slip.
    const from = pos - n + 1;
    if (p.slips && from >= 0) {
      let slip = -1;
      for (let t = 0; t < n; t++) {
        const at = ids[from + t]!;
        const q = at < 0 ? 0 : p.quality[at * n + t]!;
        if (q > QUALITY_SLIP) continue;
        if (q === 0 || slip >= 0) {
          slip = -2;
          break;
        }
        slip = t;
      }
      if (slip >= 0) {
        slips |= 1 << slip;
        if (best[slip]! === 0) best[slip] = QUALITY_SLIP;
        span = Math.min(span, n);
        for (let t = 0; t < n; t++) window[t] = from + t;
        onPhrase?.(window);
      }
    }
  }
  result.seen = regular | slips;
  result.span = span;
  return result;
}
