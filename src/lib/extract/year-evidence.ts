/**
 * The year of a day-month (`Chiều 15/7`) in an article that prints no publication date, from what
 * the text itself dates. News reports its happening after everything else it dates: the documents
 * it cites, the earlier steps it recalls. So the latest fully dated thing in the text is a lower
 * bound, and a day-month on or after it in the same year takes that year (`Chiều 15/7` after
 * `Quyết định số 567-QĐ/TW, ngày 14/7/2022` is 15/7/2022). A day-month before it could be the same
 * year (before the thing) or the next (after it): nothing says which, so the happening is left
 * undated — unless it opens with `Trước đó` right after the sentence that dates the thing. A term
 * the article calls current (`nhiệm kỳ 2021 - 2026`) that starts after the latest dated thing
 * leaves the year open too. Births (`sinh ngày 2/12/1972`) say nothing of when the text was written.
 */
import type { DateMention } from '../vi/dates';

export interface DatedSentence {
  text: string;
  dates: DateMention[];
}

export interface YearEvidence {
  /** The latest fully dated thing, `YYYY-MM-DD`, and the sentence it is in. */
  latest: { day: string; sentence: number } | null;
  /** The latest year named at year, quarter or month precision (`năm 2021`, `tháng 12/2022`). */
  latestYear: number | null;
  /** Whether that year is a year under review (`tổng kết công tác năm 2019`). */
  latestYearReviewed: boolean;
  /** The latest start of a term the text names (`nhiệm kỳ 2021 - 2026`). */
  termStart: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const BIRTH = /(?:sinh|sinh ngày|sinh năm|vào Đảng|kết nạp Đảng)\s*(?:ngày|năm|tháng)?\s*$/iu;
const REVIEW = /(?:tổng kết|kết quả|kiểm điểm|đánh giá|sơ kết)[^.;]{0,60}$/iu;

/** What the article's dated things say about when it was written. */
export function yearEvidence(sentences: readonly DatedSentence[]): YearEvidence {
  const evidence: YearEvidence = {
    latest: null,
    latestYear: null,
    latestYearReviewed: false,
    termStart: null,
  };
  sentences.forEach((s, index) => {
    for (const d of s.dates) {
      if (BIRTH.test(s.text.slice(Math.max(0, d.start - 20), d.start))) continue;
      if (d.kind === 'term' && d.years) {
        evidence.termStart = Math.max(evidence.termStart ?? 0, d.years[0]);
        continue;
      }
      if (d.kind !== 'point' || d.year === undefined || d.invalid) continue;
      if (d.precision === 'day') {
        const day = `${d.endYear ?? d.year}-${pad(d.endMonth ?? d.month!)}-${pad(d.endDay ?? d.day!)}`;
        if (!evidence.latest || day > evidence.latest.day)
          evidence.latest = { day, sentence: index };
      } else if (evidence.latestYear === null || d.year >= evidence.latestYear) {
        evidence.latestYearReviewed =
          d.year === evidence.latestYear
            ? evidence.latestYearReviewed && REVIEW.test(s.text.slice(0, d.start))
            : REVIEW.test(s.text.slice(0, d.start));
        evidence.latestYear = d.year;
      }
    }
  });
  return evidence;
}

/**
 * The year a day-month mention takes by the evidence, or null when the evidence supports no one
 * year. `sentence` is the index of the mention's sentence, `text` its text.
 */
export function supportedYear(
  mention: DateMention,
  evidence: YearEvidence,
  sentence: number,
  text: string,
): number | null {
  if (mention.month === undefined) return null;
  const { latest, latestYear, termStart } = evidence;
  const monthDay = `${pad(mention.month)}-${pad(mention.day ?? 1)}`;
  if (latest) {
    const year = Number(latest.day.slice(0, 4));
    // A later year named without a day (`năm 2021`) is the better bound.
    if (latestYear !== null && latestYear > year) return byYear(mention, evidence);
    if (termStart !== null && termStart > year) return null;
    if (monthDay >= latest.day.slice(5)) return year;
    // `Trước đó, ngày 21/2, …` right after the sentence dated 4/3/2020: earlier that year.
    const recalled =
      /^\s*(?:Trước đó|Trước đấy)(?!\p{L})/iu.test(text) && latest.sentence === sentence - 1;
    return recalled ? year : null;
  }
  return byYear(mention, evidence);
}

/** Only years named without a day: the latest, unless the day may be in the year after it. */
function byYear(mention: DateMention, evidence: YearEvidence): number | null {
  const { latestYear, termStart } = evidence;
  if (latestYear === null) return null;
  if (termStart !== null && termStart > latestYear) return null;
  // `tổng kết công tác năm 2019` held on `15/1` is January 2020's review of 2019.
  if (evidence.latestYearReviewed && (mention.month ?? 12) <= 2) return null;
  return latestYear;
}
