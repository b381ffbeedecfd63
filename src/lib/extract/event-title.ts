/**
 * Titles that say what happened, built from the happening rather than cut from a sentence: who or
 * what, and the act (`Bầu ông Phan Văn Mãi làm Chủ tịch UBND TP Hồ Chí Minh, thay ông Nguyễn Thành
 * Phong`, `Khiển trách ông Lâm Minh Thành, Chủ tịch UBND tỉnh Kiên Giang`). Titles are whole: the
 * timeline's marks use the event's short label instead.
 */
import type { LeadershipChange, Sanction } from '../dataset/types';
import { foldForMatch } from '../vi/fold';
import { bodyOf } from '../vi/offices';

export interface ChangeFacts {
  change: LeadershipChange;
  sanction?: Sanction;
  /** The phrase as printed, for the verb of changes named several ways. */
  triggerText: string;
  person?: string;
  office?: string;
  fromPerson?: string;
  /** The person runs the body whose head the office is, not appointed to it (`phụ trách, điều hành`). */
  runsBody?: true;
}

/** `ông Phan Văn Mãi`, `bà Vũ Thu Hà`: a name as the article addresses the person. */
export type Addressed = (name: string) => string;

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

// The verbs of changes, by their folded start; the printed words are kept where they say more.
const VERBS: [RegExp, (f: ChangeFacts, who: string, office: string) => string][] = [
  [
    /^phe chuan ket qua (?:mien nhiem|bai nhiem)|^phe chuan viec mien nhiem/u,
    (_, who, office) => `Phê chuẩn kết quả miễn nhiệm ${who}${office ? `, ${office}` : ''}`,
  ],
  [
    /^phe chuan/u,
    (_, who, office) => `Phê chuẩn kết quả bầu ${who}${office ? ` làm ${office}` : ''}`,
  ],
  [
    /^(?:tai dac cu|dac cu|trung cu)/u,
    (f, who, office) =>
      `${capitalise(who)} ${f.triggerText.toLowerCase()}${office ? ` ${office}` : ''}`,
  ],
  [
    /^(?:tiep tuc duoc bau|duoc tin nhiem bau|duoc bau|da bau|bau)/u,
    (_, who, office) => `Bầu ${who}${office ? ` làm ${office}` : ''}`,
  ],
  [/^bo nhiem/u, (_, who, office) => `Bổ nhiệm ${who}${office ? ` làm ${office}` : ''}`],
  [/^chuan y/u, (_, who, office) => `Chuẩn y ${who}${office ? ` làm ${office}` : ''}`],
  [
    /^(?:mien nhiem|bai nhiem|cho thoi|thoi giu chuc)/u,
    (f, who, office) =>
      office
        ? `${capitalise(f.triggerText.toLowerCase())} chức ${office} đối với ${who}`
        : `${capitalise(f.triggerText.toLowerCase())} ${who}`,
  ],
  [
    /^(?:tam dinh chi|dinh chi)/u,
    (_, who, office) => `Đình chỉ công tác ${who}${office ? `, ${office}` : ''}`,
  ],
];

const SANCTION_TITLE: Record<Sanction, (who: string, office: string) => string> = {
  reprimand: (who, office) => `Khiển trách ${who}${office ? `, ${office}` : ''}`,
  warning: (who, office) => `Cảnh cáo ${who}${office ? `, ${office}` : ''}`,
  removal: (who, office) => (office ? `Cách chức ${office} đối với ${who}` : `Cách chức ${who}`),
  expulsion: (who) => `Khai trừ ${who} ra khỏi Đảng`,
  'expulsion-proposed': (who, office) => `Đề nghị kỷ luật ${who}${office ? `, ${office}` : ''}`,
};

/** A change of office or a discipline measure, in words. */
export function changeTitle(f: ChangeFacts, addressed: Addressed): string {
  const who = f.person ? addressed(f.person) : '';
  const office = f.office ?? '';
  const replaced =
    f.fromPerson && f.fromPerson !== f.person ? `, thay ${addressed(f.fromPerson)}` : '';
  if (f.change === 'discipline')
    return f.sanction
      ? SANCTION_TITLE[f.sanction](who, office)
      : `Kỷ luật ${who}${office ? `, ${office}` : ''}`;
  // `Giao ông X phụ trách, điều hành UBND TP, thay ông Y`: not made its Chủ tịch.
  const body = f.runsBody && office ? bodyOf(office) : null;
  if (body) {
    return `${capitalise(f.triggerText.toLowerCase())} ${who} phụ trách, điều hành ${body}${replaced}`.trim();
  }
  const folded = foldForMatch(f.triggerText);
  const verb = VERBS.find(([re]) => re.test(folded));
  if (verb) return `${verb[1](f, who, office)}${replaced}`.trim();
  // Assignments are named by their own verbs: `Điều động, phân công`, `Chỉ định`, `Luân chuyển`.
  return `${capitalise(f.triggerText.toLowerCase())} ${who}${office ? ` làm ${office}` : ''}${replaced}`.trim();
}

// Where a happening's noun phrase ends: a date, a relative clause, a purpose, a place, a quote.
const TITLE_STOP =
  /\s(?:ngày|sáng|chiều|tối|vào (?:ngày|sáng|chiều|tối|dịp|lúc)|nhằm|để|với sự|tại|do|theo|trong khi|khi|nhưng|song|dưới sự|diễn ra|được tổ chức|dự kiến)\s|\svới (?:(?:trên|hơn|gần|khoảng|sự tham dự của) )?\d|[.;:“”"(]/u;
// `của` and `về` continue a phrase only while it is still short: `Hội nghị công bố Quyết định
// của Bộ Chính trị về công tác cán bộ` says which decision; a long phrase has said enough.
const CONTINUERS = /\s(?:của|về)\s/u;
const MAX_TITLE_WORDS = 24;
// After a comma, a phrase goes on only with more of its name (`Kỳ họp thứ 2, HĐND TP HCM khóa X`,
// `Đại hội lần thứ XVII, Đảng bộ TP Hà Nội nhiệm kỳ 2020 - 2025`), not with a new clause.
const NAME_WORD =
  /^(?:[\p{Lu}\d]|[-–]$|(?:khóa|khoá|lần|thứ|nhất|của|và|nhiệm|kỳ|đảng|bộ|thành|phố|tỉnh|quận|huyện|nhân|dân|đại|biểu|hội|đồng|ban|chấp|hành|trung|ương|thường|vụ)$)/u;

/** Whether the words of `segment` are all more of a name. */
function isNameSegment(segment: string): boolean {
  const words = segment.trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => NAME_WORD.test(w));
}

/**
 * Whether `segment` is the next item of a list of nouns that share their first syllable, the way
 * Vietnamese pairs them: `chấn chỉnh kỷ luật, kỷ cương hành chính`, `an ninh, an toàn`.
 */
function isParallelItem(before: string, segment: string): boolean {
  const previous = before.trim().split(/\s+/u).slice(-2);
  const first = segment.trim().split(/\s+/u)[0];
  return (
    previous.length === 2 &&
    first !== undefined &&
    first.toLowerCase() === previous[0]!.toLowerCase()
  );
}

/** The noun phrase of a happening from its trigger on, cut where the sentence moves on. */
export function happeningPhrase(sentence: string, from: number, capitalised = true): string {
  let phrase = sentence.slice(from);
  const stop = phrase.slice(1).search(TITLE_STOP);
  if (stop >= 0) phrase = phrase.slice(0, stop + 1);
  // Commas: each one either goes on with more of the name, or ends the phrase.
  for (let at = phrase.indexOf(','); at >= 0; at = phrase.indexOf(',', at + 1)) {
    const next = phrase.indexOf(',', at + 1);
    const segment = phrase.slice(at + 1, next < 0 ? undefined : next);
    if (!isNameSegment(segment) && !isParallelItem(phrase.slice(0, at), segment)) {
      phrase = phrase.slice(0, at);
      break;
    }
  }
  // A long phrase stops at its first `của`/`về`; a short one keeps them.
  const words = phrase.split(/\s+/u);
  if (words.length > MAX_TITLE_WORDS) {
    const cut = phrase.search(CONTINUERS);
    phrase = cut > 0 ? phrase.slice(0, cut) : words.slice(0, MAX_TITLE_WORDS).join(' ');
  }
  const trimmed = phrase.trim().replace(/[,\s]+$/u, '');
  return capitalised ? capitalise(trimmed) : trimmed;
}

// `Ban Chấp hành Đảng bộ Quận khóa XXV tổ chức Hội nghị lần thứ 22`: who held the happening.
const ORGANIZER =
  /(?:^|,)\s*([^,]{3,90}?)\s+(?:đã\s+|vừa\s+)?(tổ chức|triệu tập|khai mạc|bế mạc)\s+$/u;

/**
 * The organizer and verb before a happening's noun, when the clause names them: `Ban Chấp hành
 * … tổ chức ` before `Hội nghị lần thứ 22`. Not a date or a place (`Chiều 15/7, tại trụ sở …,`).
 */
export function organizerBefore(sentence: string, nounAt: number): string | null {
  const m = ORGANIZER.exec(sentence.slice(0, nounAt));
  if (!m) return null;
  const who = m[1]!.trim();
  if (
    !/^\p{Lu}/u.test(who) ||
    /\d/u.test(who) ||
    /^(?:Tại|Trong|Theo|Sáng|Chiều|Tối|Ngày)\s/u.test(who)
  )
    return null;
  if (who.split(/\s+/u).length > 12) return null;
  return `${who} ${m[2]}`;
}
