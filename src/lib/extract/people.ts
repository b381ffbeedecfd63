/**
 * People in a sentence: Vietnamese names (a family name and one to three capitalised syllables)
 * that the text marks as a person, with the titles printed around them.
 *
 * A capitalised run is a person only with evidence: a title next to it (`Bí thư Thành ủy Hà Nội
 * Đinh Tiến Dũng`, `Trần Sỹ Thanh, Phó Bí thư Thành ủy`), a personal word before it (`ông`, `bà`,
 * `đồng chí`), or a place in a list that has such evidence. Places and things that look like
 * names (`quận Hai Bà Trưng`, `tư tưởng Hồ Chí Minh`) have none, and some are ruled out by name.
 */
import {
  INSTITUTION_WORDS,
  NOT_PEOPLE,
  NOUN_COMPLETIONS,
  PERSON_BEFORE,
  PLACE_BEFORE,
  SURNAMES,
} from '../vi/names';
import { classOf, isSpace, LETTER, LOWER, NUMBER, UPPER } from './chars';
import { allMatches } from './matches';
import { foldForMatch } from '../vi/fold';
import { canonicalTitle, titleChainAfter, titleChainBefore } from '../vi/offices';
import type { Place } from '../vi/places';

export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** Canonical titles printed with this mention. */
  titles: string[];
  /** The text marks this mention as a person (title or personal word). */
  evidence: boolean;
}

const fold = (s: string) => foldForMatch(s);
const SYLLABLE = '\\p{Lu}\\p{Ll}*';

/** The code point at `i` (a surrogate pair read as one, as a `u` pattern reads it). */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
}

/** Where the syllable (`\\p{Lu}\\p{Ll}*`) starting at `start` ends. */
function syllableEnd(text: string, start: number): number {
  let i = start + (codePointAt(text, start) > 0xffff ? 2 : 1);
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(classOf(cp) & LOWER)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Capitalised runs of two or more syllables (`Đinh Tiến Dũng`, `Ban Thường vụ`): the matches of
 * `/(?<![\p{L}\p{N}])SYLLABLE(?:\s+SYLLABLE)*(?![\p{L}\p{N}])/gu` that hold more than one
 * syllable, found by one scan with table lookups. Every sentence is scanned, and that pattern
 * runs its look-behind at every position.
 */
function capitalisedRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const n = text.length;
  let i = 0;
  // Whether the code point before `i` is a letter or a digit (the pattern's look-behind).
  let afterLetter = false;
  while (i < n) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    const kind = classOf(cp);
    if (!(kind & UPPER) || afterLetter) {
      afterLetter = (kind & (LETTER | NUMBER)) !== 0;
      i += width;
      continue;
    }
    let end = syllableEnd(text, i);
    let words = 1;
    let previousEnd = end;
    for (;;) {
      let next = end;
      while (next < n && isSpace(text.charCodeAt(next))) next++;
      if (next === end || next >= n || !(classOf(codePointAt(text, next)) & UPPER)) break;
      previousEnd = end;
      end = syllableEnd(text, next);
      words++;
    }
    // A syllable ends with a letter, so whatever comes next follows a letter.
    afterLetter = true;
    // The pattern's look-ahead: a run glued to a letter or digit gives back its last syllable.
    if (end < n && classOf(codePointAt(text, end)) & (LETTER | NUMBER)) {
      if (words === 1) {
        i += width;
        continue;
      }
      [end, words] = [previousEnd, words - 1];
    }
    if (words > 1) runs.push({ start: i, end });
    i = end;
  }
  return runs;
}

// The lower-case word right after a run, read in place (sticky) rather than by slicing the rest.
const NEXT_WORD = /\s+(\p{Ll}+)/uy;
// A capitalised word that starts a title or a body when followed by these lower-case words.
const OPENERS =
  /^(chu tich|bi thu|uy vien|uy ban|thanh uy|thanh pho|giam doc|thu tuong|bo truong|thu truong|truong ban|truong doan|truong phong|dai bieu|dai hoi|hoi nghi|quan uy|huyen uy|dang uy|ban chi|ban thuong|tong bi)/u;

/** Splits a capitalised run into [leading words, name] if it ends in a plausible personal name. */
function nameInRun(words: string[]): number | null {
  // Drop leading place names (`Hà Nội Đinh Tiến Dũng`): the longest listed place at the start.
  let i = 0;
  for (;;) {
    let skipped = false;
    for (let len = Math.min(4, words.length - i); len >= 2; len--) {
      if (
        NOT_PEOPLE.has(fold(words.slice(i, i + len).join(' '))) &&
        words.length - (i + len) >= 2
      ) {
        i += len;
        skipped = true;
        break;
      }
    }
    if (!skipped) break;
  }
  for (; i < words.length; i++) {
    const rest = words.length - i;
    if (rest < 2) return null;
    if (SURNAMES.has(words[i]!) && rest <= 4) return i;
  }
  return null;
}

/** A capitalised run's personal name, before its titles are read. */
interface NameSpan {
  name: string;
  start: number;
  end: number;
  /** The name is the run's first word (nothing capitalised glued before it). */
  atRunStart: boolean;
}

const DISTRICT_BODY_BEFORE = /(?:^|\s)(?:quận|huyện|thị) [uủ][ỷy]\s+$/iu;

/** The personal names among the sentence's capitalised runs. */
export function nameSpans(sentence: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const run of capitalisedRuns(sentence)) {
    const runText = sentence.slice(run.start, run.end);
    let words = runText.split(/\s+/);
    // Most capitalised runs (`Ban Thường vụ`) hold no family name: nothing to do.
    if (!words.some((w) => SURNAMES.has(w))) continue;
    // `Trần Sỹ Thanh Chủ tịch…`: a final word that opens a title is not part of the name.
    NEXT_WORD.lastIndex = run.end;
    const next = NEXT_WORD.exec(sentence)?.[1];
    if (next && OPENERS.test(fold(`${words.at(-1)} ${next}`))) words = words.slice(0, -1);
    // `Đoàn Thanh niên`: the last syllable and the next word are a common noun, not a name.
    else if (next && NOUN_COMPLETIONS.has(fold(`${words.at(-1)} ${next}`))) continue;
    if (words.length < 2) continue;
    const at = nameInRun(words);
    if (at === null) continue;
    // `Trường THPT Chuyên Lê Quý Đôn`, `Công ty Việt Á`: a name inside an institution's name.
    if (words.slice(0, at).some((w) => INSTITUTION_WORDS.has(fold(w)))) continue;
    const nameWords = words.slice(at);
    const name = nameWords.join(' ');
    if (NOT_PEOPLE.has(fold(name))) continue;
    const offset = runText.indexOf(nameWords[0]!, words.slice(0, at).join(' ').length);
    const start = run.start + offset;
    // `Bí thư Quận ủy Ninh Kiều`: two syllables right after a district's committee name the
    // district (a personal name there has three: `Bí thư Huyện ủy Lê Văn Bình`).
    if (
      at === 0 &&
      nameWords.length === 2 &&
      DISTRICT_BODY_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))
    )
      continue;
    spans.push({ name, start, end: start + name.length, atRunStart: at === 0 });
  }
  return spans;
}

// The place words a title may end with right before a name (`Chủ tịch UBND TP Chu Ngọc Anh`).
const CITY_WORD_BEFORE = /(?:^|\s)(?:tp\.?|thành phố|tỉnh)\s*$/iu;

/** Every personal-name mention in `sentence`, with titles and evidence. */
export function findNameMentions(sentence: string, home: Place | null): NameMention[] {
  const mentions: NameMention[] = [];
  const spans = nameSpans(sentence);
  for (const [i, span] of spans.entries()) {
    const { name, start, end } = span;
    // Titles and personal words sit right before a name, after the name before it: a bounded
    // window keeps long sentences linear, and a title never reaches across another name.
    const from = Math.max(spans[i - 1]?.end ?? 0, start - 240);
    const before = sentence.slice(from, start);
    // Place and personal words are the last word or two before the name.
    const near = sentence.slice(Math.max(0, start - 40), start);
    const titlesBefore = titleChainBefore(before);
    // `phố Lê Duẩn`, `quận Hoàng Mai`: a place. But `Chủ tịch UBND TP Chu Ngọc Anh` is a person:
    // a title ends at the name, and every province and city is listed as no person.
    if (span.atRunStart && PLACE_BEFORE.test(near)) {
      const titled = titlesBefore.length > 0 && CITY_WORD_BEFORE.test(near);
      if (!titled) continue;
    }
    const nextStart = spans[i + 1]?.start;
    const to = Math.min(nextStart ?? Infinity, end + 400, sentence.length);
    const after = sentence.slice(end, to);
    const rawTitles = [...titlesBefore, ...titleChainAfter(after, to === nextStart)];
    // `nguyên Bí thư`, `cựu Chủ tịch`: a former office says nothing about who holds it now.
    const current = rawTitles.filter(
      (t) => !/(?:nguyên|cựu)\s*$/iu.test(before.slice(0, Math.max(0, before.lastIndexOf(t)))),
    );
    const titles = [...new Set(current.map((t) => canonicalTitle(t, home)))].filter(isTitle);
    const evidence =
      rawTitles.length > 0 || PERSON_BEFORE.test(near) || /đồng chí\s*:?\s*$/iu.test(near);
    mentions.push({ name, start, end, titles, evidence });
  }
  return mentions;
}

/** A bare head (`Chủ tịch`, `Ủy viên`) says too little to be a title of its own. */
function isTitle(title: string): boolean {
  return /\s/u.test(title) && !/^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Ủy viên|Trưởng ban)$/u.test(title);
}

// Not followed by another capitalised syllable: `ông Đinh Tiến Dũng` is a full name, not `ông Đinh`.
const GIVEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\\s+(${SYLLABLE})(?![\\p{L}]|\\s+\\p{Lu})`,
  'gu',
);

/**
 * `ông Dũng`, `bà Tuyến`, `đồng chí Huệ`: a later mention by the given name alone. Returns the
 * offsets and the given name; the caller resolves it against the article's people.
 */
export function findGivenNameMentions(
  sentence: string,
): { given: string; start: number; end: number }[] {
  const out: { given: string; start: number; end: number }[] = [];
  if (!/(?:ông|bà|đồng chí)\s/iu.test(sentence)) return out;
  for (const m of allMatches(GIVEN_NAME, sentence)) {
    const given = m[1]!;
    const start = m.index + m[0].length - given.length;
    out.push({ given, start, end: start + given.length });
  }
  return out;
}
