/**
 * Finding dates in Vietnamese news sentences.
 *
 * Vietnamese writes day before month (`16/8`, `11-4`, `ngày 3 tháng 2 năm 2020`), often without a
 * year, which the reader takes from the publication date. Numbers that look like dates but are
 * not: terms and periods (`nhiệm kỳ 2020 - 2025`, `giai đoạn 2016-2020`), targets (`đến năm
 * 2030`), parts of document codes (`30/2020/NĐ-CP`, `24-CT/TU`), counts (`23.041`). A bare `5/9`
 * is a date only next to a time word (`ngày`, `sáng`, `chiều`…) or in parentheses after one
 * (`Sáng nay (22/4)`); otherwise it may be a fraction or a score.
 */
import type { Precision } from '../dataset/types';
import { allMatches } from './matches';

export type DateMentionKind = 'point' | 'term' | 'target';

export interface DateMention {
  kind: DateMentionKind;
  /** Offsets into the sentence: `sentence.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  precision: Precision;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  /** `sáng nay`, `hôm nay` (the publication day) and `hôm qua` (the day before). */
  relative?: 'today' | 'yesterday';
  /** `Sáng nay (22/4)`: the explicit date is also the day of writing. */
  isToday?: boolean;
  /** Set when the numbers cannot be a calendar date (`31/2`). */
  invalid?: string;
  /** For terms and periods: first and last year. */
  years?: [number, number];
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
// Words after which `d/m` is a day: time of day, "ngày", "hôm", prepositions of time.
const DAY_CONTEXT =
  /(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|nay|từ|đến|tới|vào|trước|sau|đầu|cuối|mùng|mồng|chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[,(]?\s*$/iu;
const ROMAN_QUARTER: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

// Words before a goal year: `đến năm 2030`, `tầm nhìn 2045`.
const TARGET_WORDS = 'đến|tới|tầm nhìn(?: đến)?|trước';

const PATTERNS = {
  // 7/8/2023, 2-10-2020, 16/8, 11-4, 3/2021 (after "tháng"), 2016-2020. A part followed by a letter
  // (`24-CT/TU`) or a slash and more (`30/2020/NĐ-CP`) is a code, not a date.
  numeric: new RegExp(
    `${L}(?<![/-])(\\d{1,4})([/-])(\\d{1,4})(?:\\2(\\d{1,4}))?(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`,
    'gu',
  ),
  // ngày 3 tháng 2 năm 2020, mùng 2 tháng 9
  spelled: new RegExp(
    `${L}(?:ngày|mùng|mồng)\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:năm|,)\\s*(\\d{4}))?${R}`,
    'giu',
  ),
  // tháng 3/2021, tháng 3 năm 2021, tháng 3
  month: new RegExp(`${L}tháng\\s+(\\d{1,2})(?:\\s*(?:[/-]|năm)\\s*(\\d{4}))?${R}`, 'giu'),
  // Quý I/2019, quý 2 năm 2020, quý III
  quarter: new RegExp(`${L}quý\\s+(IV|I{1,3}|[1-4])(?:\\s*(?:[/-]|năm)\\s*(\\d{4}))?${R}`, 'giu'),
  // năm 2021
  year: new RegExp(`${L}năm\\s+(\\d{4})${R}`, 'giu'),
  // nhiệm kỳ 2020 - 2025, giai đoạn 2016-2020, 2021–2025
  term: new RegExp(
    `${L}(?:(?:nhiệm kỳ|giai đoạn|thời kỳ|khóa|khoá)\\s+)?(\\d{4})\\s*[-–—]\\s*(\\d{4})${R}`,
    'giu',
  ),
  // đến năm 2030, tầm nhìn 2045: goals, not happenings
  target: new RegExp(`${L}(?:${TARGET_WORDS})\\s+(?:năm\\s+)?(\\d{4})${R}`, 'giu'),
  relative: new RegExp(`${L}(?:(sáng|chiều|tối|trưa|đêm|hôm)\\s+(nay|qua))${R}`, 'giu'),
};

// What `term` and `target` need before their (slow, Unicode, case-folding) patterns are worth
// running: two years joined by a dash; a word of "until".
const TERM_SHAPE = /\d{4}\s*[-–—]\s*\d{4}/;
// `sáng nay`, `hôm qua`: the only dates written without a digit.
const RELATIVE_WORD = /(?:nay|qua)(?!\p{L})/iu;
const TARGET_WORD = new RegExp(TARGET_WORDS);

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

function checkDay(day: number, month: number, year: number | undefined): string | undefined {
  if (month < 1 || month > 12) return `tháng ${month} không tồn tại`;
  if (day < 1 || day > daysInMonth(year, month))
    return `ngày ${day}/${month}${year ? `/${year}` : ''} không tồn tại`;
  return undefined;
}

/** What a pattern read at a match, before its place in the sentence is added. */
type Reading = Pick<DateMention, 'kind' | 'precision'> &
  Partial<Omit<DateMention, 'start' | 'end' | 'text' | 'kind' | 'precision'>>;

/**
 * The mention `text` at `start` makes: every field present and in one order, whatever was read.
 * Mentions of one shape keep the many functions that read them fast; mentions of a dozen shapes
 * (a field here, another there) made those reads generic, and sent the functions back to the JIT
 * each time a new shape turned up.
 */
function mentionAt(start: number, text: string, r: Reading): DateMention {
  return {
    kind: r.kind,
    start,
    end: start + text.length,
    text,
    precision: r.precision,
    year: r.year,
    month: r.month,
    day: r.day,
    quarter: r.quarter,
    relative: r.relative,
    isToday: r.isToday,
    invalid: r.invalid,
    years: r.years,
  };
}

function numericMention(sentence: string, m: RegExpExecArray): DateMention | null {
  const text = m[0];
  const [a, sep, b, c] = [m[1]!, m[2]!, m[3]!, m[4]];
  const start = m.index;
  const end = start + text.length;
  if (c !== undefined) {
    if (a.length > 2 || b.length > 2 || c.length !== 4) return null;
    const day = Number(a);
    const month = Number(b);
    const year = Number(c);
    if (!plausibleYear(year)) return null;
    return mentionAt(start, text, {
      kind: 'point',
      precision: 'day',
      day,
      month,
      year,
      invalid: checkDay(day, month, year),
    });
  }
  if (a.length === 4 && b.length === 4) {
    const years: [number, number] = [Number(a), Number(b)];
    if (!plausibleYear(years[0]) || years[1] < years[0]) return null;
    return mentionAt(start, text, { kind: 'term', precision: 'year', years });
  }
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (a.length <= 2 && b.length === 4 && /tháng\s*$/iu.test(before)) {
    const month = Number(a);
    if (month < 1 || month > 12) return null;
    return mentionAt(start, text, { kind: 'point', precision: 'month', month, year: Number(b) });
  }
  if (a.length > 2 || b.length > 2) return null;
  // A bare d/m is a date only after a time word, or in parentheses right after one.
  const parenthesised = /\(\s*$/.test(before) && sentence[end] === ')';
  if (!DAY_CONTEXT.test(before) && !parenthesised) return null;
  if (sep === '-' && /tháng\s*$/iu.test(before)) return null;
  const day = Number(a);
  const month = Number(b);
  if (month < 1 || month > 12 || day < 1) return null;
  return mentionAt(start, text, {
    kind: 'point',
    precision: 'day',
    day,
    month,
    invalid: checkDay(day, month, undefined),
  });
}

// Overlapping readings: longest first; terms and targets win ties with points ("năm 2030" inside
// "đến năm 2030" is a target).
const rank = (m: DateMention) => (m.kind === 'point' ? 0 : 1);
const byLength = (x: DateMention, y: DateMention) =>
  y.end - y.start - (x.end - x.start) || rank(y) - rank(x) || x.start - y.start;
const byStart = (x: DateMention, y: DateMention) => x.start - y.start;

/** Adds a mention for every match of `pattern` that `read` accepts. */
function collect(
  found: DateMention[],
  pattern: RegExp,
  sentence: string,
  read: (m: RegExpExecArray) => Reading | null,
): void {
  for (const m of allMatches(pattern, sentence)) {
    const reading = read(m);
    if (reading) found.push(mentionAt(m.index, m[0], reading));
  }
}

/**
 * Every date, term and target mentioned in `sentence`, in order, without overlaps (the longer
 * reading wins: `ngày 3 tháng 2 năm 2020` is one date, not a day and a year).
 */
export function findDateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];

  // Cheap guards: most sentences hold no digit, and each pattern needs its own word or shape.
  // They only skip a pattern that could not match, so they change nothing but the time taken.
  const hasDigit = /\d/.test(sentence);
  const hasRelative = RELATIVE_WORD.test(sentence);
  if (!hasDigit && !hasRelative) return [];
  const lower = hasDigit ? sentence.toLowerCase() : '';
  if (hasDigit && /\d[/-]\d/.test(sentence))
    for (const m of allMatches(PATTERNS.numeric, sentence)) {
      const mention = numericMention(sentence, m);
      if (mention) found.push(mention);
    }
  if (hasDigit && lower.includes('tháng')) {
    collect(found, PATTERNS.spelled, sentence, (m) => {
      const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined];
      if (year !== undefined && !plausibleYear(year)) return null;
      return {
        kind: 'point',
        precision: 'day',
        day,
        month,
        year,
        invalid: checkDay(day, month, year),
      };
    });
    collect(found, PATTERNS.month, sentence, (m) => {
      const month = Number(m[1]);
      const year = m[2] ? Number(m[2]) : undefined;
      if (month < 1 || month > 12 || (year !== undefined && !plausibleYear(year))) return null;
      return { kind: 'point', precision: 'month', month, year };
    });
  }
  if (hasDigit && lower.includes('quý'))
    collect(found, PATTERNS.quarter, sentence, (m) => {
      const quarter = ROMAN_QUARTER[m[1]!.toLowerCase()]!;
      const year = m[2] ? Number(m[2]) : undefined;
      if (year !== undefined && !plausibleYear(year)) return null;
      return { kind: 'point', precision: 'quarter', quarter, month: quarter * 3 - 2, year };
    });
  if (hasDigit && lower.includes('năm'))
    collect(found, PATTERNS.year, sentence, (m) => {
      const year = Number(m[1]);
      return plausibleYear(year) ? { kind: 'point', precision: 'year', year } : null;
    });
  if (hasDigit && TERM_SHAPE.test(sentence))
    collect(found, PATTERNS.term, sentence, (m) => {
      const years: [number, number] = [Number(m[1]), Number(m[2])];
      return plausibleYear(years[0]) && years[1] >= years[0]
        ? { kind: 'term', precision: 'year', years }
        : null;
    });
  if (hasDigit && TARGET_WORD.test(lower))
    collect(found, PATTERNS.target, sentence, (m) => {
      const year = Number(m[1]);
      return plausibleYear(year) ? { kind: 'target', precision: 'year', year } : null;
    });
  if (hasRelative)
    collect(found, PATTERNS.relative, sentence, (m) => {
      const relative =
        m[2]!.toLowerCase() === 'nay'
          ? 'today'
          : m[1]!.toLowerCase() === 'hôm'
            ? 'yesterday'
            : null;
      return relative ? { kind: 'point', precision: 'day', relative } : null;
    });

  // Within each cluster of overlapping readings, longest first (`byLength`), then keep those that
  // do not overlap one already kept. Clusters keep this linear when a sentence holds thousands of
  // dates.
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

export interface ResolvedDate {
  date: string;
  endDate?: string;
  precision: Precision;
  /** The year came from inference, not from the article's text or publication date. */
  yearInferred: boolean;
}

export interface YearContext {
  /** Publication date `YYYY-MM-DD` when the article prints one. */
  published?: string | null;
  /** A year inferred from the article's text, when it prints no publication date. */
  inferredYear?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Days between two ISO days (b − a). */
export function dayDiff(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Turns a point mention into a calendar date, taking a missing year from the publication date
 * (or the inferred year). A day that would fall more than two months after publication is read
 * as last year's: January reports on "28/12" mean the December just past.
 * Returns a string reason when the mention cannot be dated.
 */
export function resolveMention(m: DateMention, ctx: YearContext): ResolvedDate | string {
  if (m.kind !== 'point') return 'không phải một mốc thời gian';
  if (m.invalid) return m.invalid;
  const published = ctx.published ?? null;
  if (m.relative) {
    if (!published) return `"${m.text}" nhưng bài không có ngày đăng`;
    return {
      date: m.relative === 'today' ? published : addDays(published, -1),
      precision: 'day',
      yearInferred: false,
    };
  }
  let year = m.year;
  let yearInferred = false;
  if (year === undefined) {
    if (published) year = Number(published.slice(0, 4));
    else if (ctx.inferredYear) [year, yearInferred] = [ctx.inferredYear, true];
    else return `không xác định được năm của "${m.text}"`;
  }
  switch (m.precision) {
    case 'day': {
      const problem = checkDay(m.day!, m.month!, year);
      if (problem) return problem;
      let date = iso(year, m.month!, m.day!);
      if (m.year === undefined && published && dayDiff(published, date) > 60) {
        const previous = checkDay(m.day!, m.month!, year - 1);
        if (previous) return previous;
        date = iso(year - 1, m.month!, m.day!);
      }
      return { date, precision: 'day', yearInferred };
    }
    case 'month':
      return { date: `${year}-${pad(m.month!)}`, precision: 'month', yearInferred };
    case 'quarter': {
      const lastMonth = m.quarter! * 3;
      return {
        date: `${year}-${pad(lastMonth - 2)}`,
        endDate: iso(year, lastMonth, daysInMonth(year, lastMonth)),
        precision: 'quarter',
        yearInferred,
      };
    }
    case 'year':
      return { date: String(year), precision: 'year', yearInferred };
  }
}
