/**
 * Documents named in a sentence. Party documents are coded `number-TYPE/ISSUER` (`24-CT/TU`,
 * `01-CTr/TU`, `21-KL/TW`); state documents `number[/year]/TYPE-ISSUER` (`30/2020/NĐ-CP`,
 * `1234/QĐ-UBND`). The words around a code give its type (`Chỉ thị số…`), issue date (`ngày
 * 7/8/2023`), issuer (`của Thành ủy Hà Nội`) and subject (`về tăng cường…`). Documents without a
 * code are named by their congress or plenum (`Nghị quyết Đại hội XIII của Đảng`). Short
 * references (`Chỉ thị 24`, `Chương trình 01`) point back at a coded document.
 */
import { findDateMentions, type DateMention } from '../vi/dates';
import { allMatches } from './matches';
import { foldForMatch } from '../vi/fold';
import { placeInTitle, type Place } from '../vi/places';

export interface DocumentRef {
  type: string;
  code: string | null;
  /** For a short reference without a full code: its number (`01` in `Chương trình 01`). */
  number?: string;
}

export interface DocumentMention extends DocumentRef {
  start: number;
  end: number;
  text: string;
  /** Name of an uncoded document. */
  title?: string;
  issuer?: string;
  subject?: string;
  issued?: DateMention;
  /** `2016-2020` when the sentence ties the document to a term or period. */
  term?: string;
  /** `Kế hoạch … về thực hiện Chỉ thị …`: the document this one carries out. */
  implementsRef?: DocumentRef;
}

/**
 * A document mention with every field present and in one order, whatever the sentence says of the
 * document: mentions of one shape keep the code that reads them fast (see `mentionAt` in
 * dates.ts).
 */
export function documentMention(
  start: number,
  end: number,
  text: string,
  type: string,
  code: string | null,
  named: Pick<DocumentMention, 'title' | 'number'> = {},
): DocumentMention {
  return {
    type,
    code,
    number: named.number,
    start,
    end,
    text,
    title: named.title,
    issuer: undefined,
    subject: undefined,
    issued: undefined,
    term: undefined,
    implementsRef: undefined,
  };
}

// Code parts → document types. Party and state codes share most abbreviations.
const TYPE_BY_ABBREVIATION: Record<string, string> = {
  ct: 'Chỉ thị',
  kh: 'Kế hoạch',
  ctr: 'Chương trình',
  kl: 'Kết luận',
  nq: 'Nghị quyết',
  qd: 'Quyết định',
  qdns: 'Quyết định',
  qdi: 'Quy định',
  tb: 'Thông báo',
  hd: 'Hướng dẫn',
  qc: 'Quy chế',
  bc: 'Báo cáo',
  cv: 'Công văn',
  nd: 'Nghị định',
  tt: 'Thông tư',
  da: 'Đề án',
  ttr: 'Tờ trình',
};
const ISSUER_BY_ABBREVIATION: Record<string, string> = {
  tu: 'Thành ủy',
  tw: 'Trung ương',
  qu: 'Quận ủy',
  hu: 'Huyện ủy',
  du: 'Đảng ủy',
  cp: 'Chính phủ',
  ttg: 'Thủ tướng Chính phủ',
  ubnd: 'UBND',
  hdnd: 'HĐND',
  qh: 'Quốc hội',
  ubtvqh: 'Ủy ban Thường vụ Quốc hội',
  bnv: 'Bộ Nội vụ',
  btc: 'Bộ Tài chính',
  bca: 'Bộ Công an',
  byt: 'Bộ Y tế',
};
export const DOC_TYPES =
  'Chỉ thị|Kế hoạch|Chương trình hành động|Chương trình|Kết luận|Nghị quyết|Quyết định|Quy định|Thông báo|Hướng dẫn|Nghị định|Thông tư|Đề án|Công văn|Quy chế';

const L = '(?<![\\p{L}\\p{N}/-])';
const R = '(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])';
const PARTY_CODE = new RegExp(
  `${L}(\\d{1,4})-(\\p{Lu}\\p{L}{0,5})\\/(\\p{Lu}\\p{L}{1,6})${R}`,
  'gu',
);
const STATE_CODE = new RegExp(
  `${L}(\\d{1,5})(?:\\/(\\d{4}))?\\/(\\p{Lu}\\p{L}{0,5})-(\\p{Lu}[\\p{L}\\d]{1,11})${R}`,
  'gu',
);
// The shapes of the two codes, in plain (fast) patterns: a number, a dash, up to six letters
// (twelve UTF-16 units), a slash; or a number, a slash, up to six letters, a dash. The slow
// Unicode patterns above run only on a sentence that has one of them.
const PARTY_CODE_SHAPE = /\d-[^\s/]{1,12}\//;
const STATE_CODE_SHAPE = /\d\/[^\s/-]{1,12}-/;
const TYPE_BEFORE = new RegExp(`(${DOC_TYPES})\\s+(?:số\\s+)?$`, 'iu');
// `Thông báo số 10/HĐND`: a number and the issuer alone, after the document's type.
const ISSUER_CODE = new RegExp(
  `(?<![\\p{L}])(${DOC_TYPES})\\s+(?:số\\s+)?(\\d{1,5})\\/(\\p{Lu}[\\p{L}\\d]{1,11})(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`,
  'giu',
);
// A short number ends there: one followed by a digit, a letter, `/` or `-` is part of a code
// (`787-CT/TU`, `30/2020/NĐ-CP`), which `PARTY_CODE` and `STATE_CODE` read whole.
const NUMBER_NOT_IN_CODE = '(?![\\d\\p{L}/-])';
const SHORT_REF = new RegExp(
  `(?<![\\p{L}])(${DOC_TYPES})\\s+(?:số\\s+)?(\\d{1,4})${NUMBER_NOT_IN_CODE}`,
  'giu',
);
const NAMED_TYPES = 'Nghị quyết|Chỉ thị|Kết luận|Chương trình hành động(?: thực hiện Nghị quyết)?';
const NAMED = new RegExp(
  `(?<![\\p{L}])(${NAMED_TYPES})\\s+` +
    `(Đại hội(?:\\s+đại biểu)?(?:\\s+toàn quốc)?(?:\\s+lần thứ)?\\s+[XVIL]+|(?:Hội nghị\\s+)?Trung ương\\s+\\d{1,2})` +
    `(\\s*\\((?:khóa|khoá)\\s+[XVIL]+\\))?` +
    `(\\s+(?:của Đảng|Đảng bộ\\s+(?:Thành phố|thành phố|TP)(?:\\s+Hà Nội)?))?`,
  'gu',
);
// What the slow (Unicode) patterns need, checked first by plain ones: `NAMED` is case-sensitive,
// so its words as printed; the case-insensitive ones on the lower-cased sentence. A guard only
// skips a pattern that could not match.
const NAMED_WORD = new RegExp(NAMED_TYPES, 'u');
// (`số` may be spelled with a character that only case-folds to `s`: any one word may stand there.)
// Its number ends as in `SHORT_REF`, so the `787` of `Chỉ thị số 787-CT/TU`, a code, passes no
// sentence on to it: most sentences that name a document name it by its code.
const SHORT_REF_SHAPE = new RegExp(
  `(?:${DOC_TYPES.toLowerCase()})\\s+(?:[^\\s\\d]+\\s+)?\\d{1,4}${NUMBER_NOT_IN_CODE}`,
  'u',
);
const WORK_SETS = 'chương trình|nghị quyết chuyên đề|kế hoạch|đề án';
const NUMBERED_SET_SHAPE = new RegExp(`\\d\\s+(?:${WORK_SETS})\\s+công tác`, 'u');
const NUMBERED_SET = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\s+(${WORK_SETS})\\s+công tác(?:\\s+(?:lớn|trọng tâm|toàn khóa|toàn khoá))?` +
    `(?:\\s+của\\s+Thành [uủ][ỷy](?:\\s+kho[áa]\\s+[XVIL]+)?)?`,
  'giu',
);
// `do <who> ký ban hành ngày`, `ban hành ngày`, `ký ngày`: the issue date after an issuer clause.
const SIGNED_ON =
  /^\s*,?\s*(?:do\s+[^,.;:]{1,60}?\s+)?(?:ký\s+ban hành|ban hành|ký)\s+(?:ngày\s*)/iu;
const ISSUER_AFTER =
  /^\s*(?:của|do)\s+((?:Ban (?:Chấp hành|Thường vụ|Bí thư)\s+)?(?:Trung ương(?: Đảng)?|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng bộ (?:tỉnh|thành phố|Thành phố|TP)|Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng Chính phủ|Quốc hội|UBND|Ủy ban nhân dân|HĐND|Quận ủy|Huyện ủy|Đảng ủy|Ủy ban Kiểm tra Trung ương|Bộ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:\s+(?:thành phố|Thành phố|TP|tỉnh))?(?:\s+\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)?(?:\s+(?:khóa|khoá)\s+[XVIL]+)?)/u;
const SUBJECT_STOP = new RegExp(
  `[.;:!?](?:\\s|$)|,\\s+(?:${DOC_TYPES}|đồng thời|nhưng|song|yêu cầu|đề nghị)\\s|\\s+và\\s+(?:${DOC_TYPES})\\s|\\s+(?:đã|sẽ|được)\\s`,
  'u',
);
const IMPLEMENTS = new RegExp(
  `^(?:việc\\s+)?(?:tiếp tục\\s+)?(?:triển khai\\s+)?thực hiện\\s+(${DOC_TYPES})(?:\\s+(?:số\\s+)?(\\d{1,4}-\\p{L}+\\/\\p{L}+|\\d{1,4}))?`,
  'iu',
);

const fold = (s: string) => foldForMatch(s);
const canonicalType = (raw: string) => {
  const f = fold(raw);
  return DOC_TYPES.split('|').find((t) => fold(t) === f) ?? raw;
};

/**
 * The issuer a code's last part names, qualified with the story's place: `TU` is the party
 * committee of a city (`Thành ủy`) or of a province (`Tỉnh ủy`), whichever the story is about.
 */
function issuerFromAbbreviation(abbr: string, home: Place | null): string | undefined {
  const issuer = ISSUER_BY_ABBREVIATION[fold(abbr)];
  if (issuer === 'Thành ủy')
    return home
      ? `${home.kind === 'city' ? 'Thành ủy' : 'Tỉnh ủy'} ${placeInTitle(home)}`
      : undefined;
  if ((issuer === 'UBND' || issuer === 'HĐND') && home)
    return `${issuer} ${home.kind === 'city' ? 'thành phố' : 'tỉnh'} ${placeInTitle(home)}`;
  return issuer;
}

/** `ngày …`, `của …`, `về …` after a code, read left to right into `mention`. */
function readTail(sentence: string, mention: DocumentMention, home: Place | null): void {
  let consumed = mention.end;
  // What describes a code follows it closely; bounding the look keeps 500 codes in a row linear.
  const limit = Math.min(sentence.length, consumed + 400);
  let rest = sentence.slice(consumed, limit);
  // `ngày 7/8/2023` (or `ban hành ngày …`) right after the code is its issue date.
  const first = findDateMentions(rest)[0];
  if (
    first?.kind === 'point' &&
    /^\s*,?\s*(?:ban hành\s+)?(?:ngày\s*)?$/iu.test(rest.slice(0, first.start))
  ) {
    const lead = rest.slice(0, first.start) + first.text;
    if (/ngày/iu.test(lead)) {
      mention.issued = { ...first, start: first.start + consumed, end: first.end + consumed };
      consumed += first.end;
      rest = sentence.slice(consumed, limit);
    }
  }
  const issuer = ISSUER_AFTER.exec(rest);
  if (issuer) {
    mention.issuer = issuer[1]!
      .replace(/Thành uỷ/u, 'Thành ủy')
      .replace(/Tỉnh uỷ/u, 'Tỉnh ủy')
      .replace(/Ủy ban nhân dân/u, 'UBND')
      .replace(/khoá/u, 'khóa');
    if (home && /(?:Thành ủy|Tỉnh ủy)$/u.test(mention.issuer))
      mention.issuer += ` ${placeInTitle(home)}`;
    consumed += issuer[0].length;
    rest = sentence.slice(consumed, limit);
  }
  // `… do Chủ tịch UBND TP Hà Nội ký ban hành ngày 4/2/2016`: signed by someone, on a day.
  if (!mention.issued) {
    const signed = SIGNED_ON.exec(rest);
    const date = signed && findDateMentions(rest.slice(signed[0].length))[0];
    if (signed && date?.kind === 'point' && date.start === 0) {
      const at = consumed + signed[0].length;
      mention.issued = { ...date, start: date.start + at, end: date.end + at };
      consumed = at + date.end;
      rest = sentence.slice(consumed, limit);
    }
  }
  // `Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW`: what it
  // carries out, named without `về`.
  const carries = /^\s*,?\s*(?:để\s+)?(?=(?:tiếp tục\s+)?(?:triển khai\s+)?thực hiện\s)/iu.exec(
    rest,
  );
  const subject = carries ?? /^\s*,?\s*về\s+(?:việc\s+)?/u.exec(rest);
  if (!subject) return;
  const after = rest.slice(subject[0].length);
  // A quoted subject runs to its closing quote, whatever punctuation it holds.
  const quoted = /^[“"]([^”"]{1,400})[”"]/u.exec(after);
  let text = quoted
    ? quoted[1]!
    : after.slice(0, Math.max(0, after.search(SUBJECT_STOP)) || after.length);
  text = text.trim();
  const term = findDateMentions(text).find((d) => d.kind === 'term');
  if (term?.years) mention.term = `${term.years[0]}-${term.years[1]}`;
  if (text) mention.subject = carries ? text : `về ${text}`;
  const impl = IMPLEMENTS.exec(after);
  if (impl) {
    const code = impl[2]?.includes('-') ? impl[2] : null;
    mention.implementsRef = {
      type: canonicalType(impl[1]!),
      code,
      ...(impl[2] && !code ? { number: impl[2] } : {}),
    };
  }
}

/** A coded document (`24-CT/TU`, `30/2020/NĐ-CP`) at `m`, with what the words around it say. */
function codedMention(
  sentence: string,
  m: RegExpExecArray,
  typeAbbr: string,
  issuerAbbr: string,
  home: Place | null,
): DocumentMention | null {
  const before = TYPE_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
  const type = before ? canonicalType(before[1]!) : TYPE_BY_ABBREVIATION[fold(typeAbbr)];
  if (!type) return null;
  const start = before ? m.index - before[0].length : m.index;
  const end = m.index + m[0].length;
  const mention = documentMention(start, end, sentence.slice(start, end), type, m[0]);
  const issuer = issuerFromAbbreviation(issuerAbbr, home);
  if (issuer) mention.issuer = issuer;
  readTail(sentence, mention, home);
  return mention;
}

function overlapsAny(found: DocumentMention[], start: number, end: number): boolean {
  return found.some((d) => start < d.end && d.start < end);
}

/** Every document named in `sentence`, in order. */
export function findDocumentMentions(sentence: string, home: Place | null): DocumentMention[] {
  const found: DocumentMention[] = [];
  // Cheap guards first: most sentences name no document at all. Codes, numbered sets and short
  // references all hold a digit; a guard only skips a pattern that could not match.
  const hasDigit = /\d/.test(sentence);
  const hasCode = hasDigit && sentence.includes('/');
  if (hasCode && PARTY_CODE_SHAPE.test(sentence))
    for (const m of allMatches(PARTY_CODE, sentence)) {
      const mention = codedMention(sentence, m, m[2]!, m[3]!, home);
      if (mention) found.push(mention);
    }
  if (hasCode && STATE_CODE_SHAPE.test(sentence))
    for (const m of allMatches(STATE_CODE, sentence)) {
      const mention = codedMention(sentence, m, m[3]!, m[4]!, home);
      if (mention) found.push(mention);
    }
  if (hasCode && /\d\/\p{Lu}/u.test(sentence))
    for (const m of allMatches(ISSUER_CODE, sentence)) {
      if (!ISSUER_BY_ABBREVIATION[fold(m[3]!)]) continue;
      if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
      const code = `${m[2]}/${m[3]}`;
      const mention = documentMention(
        m.index,
        m.index + m[0].length,
        m[0],
        canonicalType(m[1]!),
        code,
      );
      const issuer = issuerFromAbbreviation(m[3]!, home);
      if (issuer) mention.issuer = issuer;
      readTail(sentence, mention, home);
      found.push(mention);
    }
  // `… 01-CTr/TU của Thành ủy khóa XVI giai đoạn 2016-2020`: a term printed after a code, before
  // the next code, ties the code to that term even outside a `về …` subject.
  found.sort((a, b) => a.start - b.start);
  for (const [i, d] of found.entries()) {
    if (d.term || !d.code) continue;
    const clause = sentence.slice(
      d.end,
      Math.min(d.end + 300, found[i + 1]?.start ?? sentence.length),
    );
    const term = findDateMentions(clause.split(/[.;]/u)[0]!).find((x) => x.kind === 'term');
    if (term?.years) d.term = `${term.years[0]}-${term.years[1]}`;
  }

  // `NAMED` is case-sensitive: without its words as printed it cannot match.
  if (NAMED_WORD.test(sentence))
    for (const m of allMatches(NAMED, sentence)) {
      if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
      const title = m[0]
        .replace(/\s+/g, ' ')
        .replace(/khoá/u, 'khóa')
        .replace(/Đảng bộ (?:Thành phố|thành phố|TP)/u, 'Đảng bộ thành phố');
      const type = m[1]!.startsWith('Chương trình')
        ? 'Chương trình hành động'
        : canonicalType(m[1]!);
      found.push(documentMention(m.index, m.index + m[0].length, m[0], type, null, { title }));
    }
  if (!hasDigit) return found.sort((a, b) => a.start - b.start);
  const lower = sentence.toLowerCase();
  // `10 chương trình công tác của Thành ủy khóa XVII`: a numbered set issued together.
  if (NUMBERED_SET_SHAPE.test(lower))
    for (const m of allMatches(NUMBERED_SET, sentence)) {
      if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
      const title = m[0].replace(/\s+/g, ' ').replace(/uỷ/u, 'ủy').replace(/khoá/u, 'khóa');
      found.push(
        documentMention(m.index, m.index + m[0].length, m[0], canonicalType(m[2]!), null, {
          title,
          number: `set-${m[1]}`,
        }),
      );
    }
  if (SHORT_REF_SHAPE.test(lower))
    for (const m of allMatches(SHORT_REF, sentence)) {
      if (overlapsAny(found, m.index, m.index + m[0].length)) continue;
      const mention = documentMention(
        m.index,
        m.index + m[0].length,
        m[0],
        canonicalType(m[1]!),
        null,
        { number: m[2]! },
      );
      // `Quyết định số 123 của Bộ Chính trị`: a number and its issuer, no code. Unless the
      // article prints the code too (merging looks), this names a document of its own.
      const issuer = ISSUER_AFTER.exec(sentence.slice(mention.end));
      if (issuer) {
        readTail(sentence, mention, home);
        mention.title = `${mention.type} số ${Number(m[2])} của ${mention.issuer ?? issuer[1]}`;
      }
      found.push(mention);
    }
  return found.sort((a, b) => a.start - b.start);
}

// Built once: merging keys every code of every article.
const CODE_KEY = /^(\d+)[-/](?:\d{4}\/)?(\p{L}+)/u;

/** The number and type letters of a code, for matching short references: `24-CT/TU` → `24|ct`. */
export function codeKey(code: string): string {
  const m = CODE_KEY.exec(code);
  return m ? `${Number(m[1])}|${fold(m[2]!)}` : fold(code);
}

/** The same key for a short reference: `Chỉ thị 24` → `24|ct`. */
export function shortRefKey(type: string, number: string): string {
  const abbr = Object.entries(TYPE_BY_ABBREVIATION).find(([, t]) => t === type)?.[0] ?? fold(type);
  return `${Number(number)}|${abbr}`;
}
