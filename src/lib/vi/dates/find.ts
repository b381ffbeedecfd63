/**
 * Every date, span, term and target a sentence mentions: each rule of `rules/` run where its guard
 * allows, then, among readings that overlap, the longest kept (`ngày 3 tháng 2 năm 2020` is one
 * date, not a day and a year; `đến năm 2030` is a target, not a year).
 */
import { allMatches } from '../../extract/matches';
import { mentionAt, type DateMention } from './mention';
import type { DateRule } from './rule';
import { daySpan } from './rules/day-span';
import { month } from './rules/month';
import { numeric } from './rules/numeric';
import { quarter } from './rules/quarter';
import { relative } from './rules/relative';
import { spelled } from './rules/spelled';
import { target } from './rules/target';
import { term } from './rules/term';
import { year } from './rules/year';

/** The date forms, each one file. */
export const DATE_RULES: readonly DateRule[] = [
  numeric,
  daySpan,
  spelled,
  month,
  quarter,
  year,
  term,
  target,
  relative,
];

// Overlapping readings: longest first; terms and targets win ties with points ("năm 2030" inside
// "đến năm 2030" is a target).
const rank = (m: DateMention) => (m.kind === 'point' ? 0 : 1);
const byLength = (x: DateMention, y: DateMention) =>
  y.end - y.start - (x.end - x.start) || rank(y) - rank(x) || x.start - y.start;
const byStart = (x: DateMention, y: DateMention) => x.start - y.start;

/** The mentions `rules` find in `sentence`, overlaps not yet resolved. */
export function mentionsBy(rules: readonly DateRule[], sentence: string): DateMention[] {
  const found: DateMention[] = [];
  const lower = sentence.toLowerCase();
  for (const rule of rules) {
    if (!rule.guard(sentence, lower)) continue;
    for (const m of allMatches(rule.pattern, sentence)) {
      const reading = rule.read(m, sentence);
      if (reading) found.push(mentionAt(m.index, m[0], reading));
    }
  }
  return found;
}

/** Every date, span, term and target mentioned in `sentence`, in order, without overlaps. */
export function findDateMentions(sentence: string): DateMention[] {
  // Most sentences hold no digit, and only `sáng nay`, `hôm qua` are dates written without one.
  if (!/\d/.test(sentence) && !/(?:nay|qua)(?!\p{L})/iu.test(sentence)) return [];
  const found = mentionsBy(DATE_RULES, sentence);
  // Within each cluster of overlapping readings, longest first, then keep those that do not
  // overlap one already kept. Clusters keep this linear when a sentence holds thousands of dates.
  found.sort(byStart);
  const kept: DateMention[] = [];
  for (let i = 0; i < found.length;) {
    let end = found[i]!.end;
    let j = i + 1;
    while (j < found.length && found[j]!.start < end) end = Math.max(end, found[j++]!.end);
    const cluster = found.slice(i, j).sort(byLength);
    const chosen: DateMention[] = [];
    for (const m of cluster)
      if (!chosen.some((k) => m.start < k.end && k.start < m.end)) chosen.push(m);
    kept.push(...chosen);
    i = j;
  }
  kept.sort(byStart);
  // "Sáng nay (22/4)": the parenthesised date says which day "nay" is; keep one mention.
  return kept.filter((m, i) => {
    const next = kept[i + 1];
    if (m.relative !== 'today' || !next || next.kind !== 'point') return true;
    if (!/^\s*\($/.test(sentence.slice(m.end, next.start))) return true;
    next.isToday = true;
    return false;
  });
}
