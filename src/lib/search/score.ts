/**
 * Which records match a query and how well: the token prefilter (postings AND), then per-field
 * scores from how many query words a field has, how well, and how close together.
 */
import type { SearchIndex } from './build';
import { PHRASE_SLACK, scanField } from './phrase';
import type { Plan } from './plan';
import type { SearchField, SearchRecord } from './records';

export { PHRASE_SLACK } from './phrase';

/** Weight of the second-best and later fields relative to the best one. */
export const CROSS_FIELD_BONUS = 0.15;

/** Records having every query word somewhere (the AND of the postings lists). */
function candidates(index: SearchIndex, p: Plan): number[] {
  const hits = new Uint8Array(index.records.length);
  p.matches.forEach((m, t) => {
    for (const id of m.ids.keys())
      for (const r of index.postings[id]!) if (hits[r] === t) hits[r] = t + 1;
  });
  const out: number[] = [];
  hits.forEach((n, r) => {
    if (n === p.words.length) out.push(r);
  });
  return out;
}

export interface Scored {
  record: SearchRecord;
  score: number;
  fieldScores: number[];
}

interface FieldScore {
  score: number;
  phrase: boolean;
  mask: number;
}
const NO_MATCH: FieldScore = { score: 0, phrase: false, mask: 0 };

function scoreField(f: SearchField, p: Plan): FieldScore {
  const n = p.words.length;
  const { seen, span, best } = scanField(f.ids, p);
  if (seen === 0) return NO_MATCH;
  let coverage = 0;
  for (let t = 0; t < n; t++) coverage += best[t]!;
  coverage /= n;
  const proximity = Number.isFinite(span) ? Math.min(1, n / span) : 0;
  return {
    score: f.spec.weight * coverage * (0.5 + 0.5 * proximity),
    phrase: span <= n + PHRASE_SLACK,
    mask: seen,
  };
}

function scoreRecord(record: SearchRecord, p: Plan): Scored | null {
  const all = (1 << p.words.length) - 1;
  let phrase = p.words.length === 1;
  let keyMask = 0;
  let top = 0;
  let sum = 0;
  const fieldScores = new Array<number>(record.fields.length);
  record.fields.forEach((f, i) => {
    const s = scoreField(f, p);
    if (s.phrase) phrase = true;
    if (f.spec.key) keyMask |= s.mask;
    fieldScores[i] = s.score;
    sum += s.score;
    if (s.score > top) top = s.score;
  });
  if (!phrase && keyMask !== all) return null;
  return { record, score: top + CROSS_FIELD_BONUS * (sum - top), fieldScores };
}

/**
 * One query word: no phrase to check, so each record's field scores come straight from the
 * postings (which fields hold a matching token) without walking any field's tokens.
 */
function scoreOneWord(index: SearchIndex, p: Plan): Scored[] {
  const best = new Map<number, Float64Array>();
  for (const [id, quality] of p.matches[0]!.ids) {
    const list = index.postings[id]!;
    const fields = index.postingFields[id]!;
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      let scores = best.get(r);
      if (!scores) best.set(r, (scores = new Float64Array(index.records[r]!.fields.length)));
      for (let f = 0, bits = fields[k]!; bits; f++, bits >>= 1)
        if (bits & 1 && quality > scores[f]!) scores[f] = quality;
    }
  }
  const out: Scored[] = [];
  for (const [r, qualities] of best) {
    const record = index.records[r]!;
    let top = 0;
    let sum = 0;
    const fieldScores = record.fields.map((f, i) => {
      const score = f.spec.weight * qualities[i]!;
      sum += score;
      if (score > top) top = score;
      return score;
    });
    out.push({ record, score: top + CROSS_FIELD_BONUS * (sum - top), fieldScores });
  }
  return out;
}

/** Every record matching the plan, scored; the last answer is kept for the next call. */
export function scoreAll(index: SearchIndex, p: Plan): readonly Scored[] {
  if (index.last?.folded === p.folded) return index.last.scored;
  let out: Scored[] = [];
  if (p.words.length === 1) out = scoreOneWord(index, p);
  else
    for (const r of candidates(index, p)) {
      const s = scoreRecord(index.records[r]!, p);
      if (s) out.push(s);
    }
  index.last = { folded: p.folded, scored: out };
  return out;
}
