/**
 * What makes a dated sentence an event, and which kind: Vietnamese political news reports
 * happenings with a small set of verbs and nouns (`tổ chức hội nghị`, `họp`, `chủ trì`), issues
 * documents with `ban hành`, and changes office-holders with `bầu`, `bổ nhiệm`, `phân công`,
 * `đình chỉ`. Patterns are folded (no diacritics) and matched against folded sentences.
 */
import type { LeadershipChange } from '../dataset/types';
import { allMatches } from './matches';
import { foldForMatch } from '../vi/fold';

const W = (s: string) => `(?<![a-z0-9])(?:${s})(?![a-z0-9])`;

// Nouns name the happening and make the better title; verbs come second.
export const EVENT_NOUN = new RegExp(
  W(
    'hoi nghi|cuoc hop|phien hop|ky hop|dai hoi|hoi thao|toa dam|buoi lam viec|le ky niem|le ra mat|le trao|le phat dong|buoi gap mat|buoi hop bao|cuoc hop bao|hop bao',
  ),
  'u',
);
export const EVENT_VERB = new RegExp(
  W(
    'hop ban|da hop|hop|lam viec voi|gap mat|tiep xuc cu tri|khai mac|be mac|chu tri|giao ban|tong ket|so ket|' +
      'di kiem tra|kiem tra|doan kiem tra|tham va lam viec|tham hoi|tiep cong dan|doi thoai',
  ),
  'u',
);
// Verbs whose object names the happening: `chủ trì hội nghị`, `tổ chức hội nghị`.
const HOSTING_VERB = /^(chu tri|khai mac|be mac|to chuc)/u;
/** `Tại hội nghị`, `Phát biểu kết luận Hội nghị`: the article's own happening, not a new one. */
export const BACK_REFERENCE =
  /^(?:tai|phat bieu(?: [a-z]+)? tai|ket luan|phat bieu ket luan|trong) (?:hoi nghi|cuoc hop|buoi lam viec|dai hoi)\b/u;

/**
 * The word that names the sentence's happening: the first trigger, except that a hosting verb
 * followed closely by a noun (`chủ trì hội nghị trực tuyến`) yields the noun, the better title.
 */
export function eventTriggerIn(folded: string): { index: number; noun: boolean } | null {
  const noun = EVENT_NOUN.exec(folded);
  const verb = EVENT_VERB.exec(folded);
  if (!noun && !verb) return null;
  if (noun && (!verb || noun.index <= verb.index)) return { index: noun.index, noun: true };
  if (noun && HOSTING_VERB.test(folded.slice(verb!.index)) && noun.index - verb!.index <= 30)
    return { index: noun.index, noun: true };
  return { index: verb!.index, noun: false };
}
export const DIRECTIVE_TRIGGER = new RegExp(W('ban hanh|ky ban hanh'), 'u');

const LEADERSHIP: [RegExp, LeadershipChange][] = [
  [new RegExp(W('dinh chi|tam dinh chi'), 'u'), 'suspension'],
  [
    new RegExp(W('cach chuc|cach het cac chuc vu|mien nhiem|cho thoi giu chuc|thoi giu chuc'), 'u'),
    'dismissal',
  ],
  [
    new RegExp(W('duoc bau|bau dong chi|bau ong|bau ba|trung cu|tai dac cu|bau giu chuc'), 'u'),
    'election',
  ],
  [new RegExp(W('bo nhiem|chuan y'), 'u'), 'appointment'],
  [new RegExp(W('phan cong|dieu dong|luan chuyen|giao quyen|giao phu trach'), 'u'), 'assignment'],
];

// One pass that rules out most sentences before the per-kind patterns run.
const ANY_LEADERSHIP = new RegExp(LEADERSHIP.map(([re]) => re.source).join('|'), 'u');

export function leadershipChangeIn(
  foldedSentence: string,
): { change: LeadershipChange; index: number } | null {
  if (!ANY_LEADERSHIP.test(foldedSentence)) return null;
  let best: { change: LeadershipChange; index: number } | null = null;
  for (const [re, change] of LEADERSHIP) {
    const m = re.exec(foldedSentence);
    if (m && (!best || m.index < best.index)) best = { change, index: m.index };
  }
  return best;
}

/** `giữ chức Bí thư Thành ủy`, `làm Chủ tịch UBND`, `chức vụ Chủ tịch`: the office in a change. */
export const OFFICE_AFTER =
  /(?:giữ chức(?: vụ)?|chức vụ|chức danh|làm|phụ trách|điều hành|đảm nhiệm)\s+/iu;

// Attendance: `649 điểm cầu`, `23.041 đại biểu`, `trên 35.000 cán bộ`, `hơn 23 nghìn cán bộ`.
const THOUSANDS = 'nghìn|ngàn|triệu';
const COUNTED =
  'điểm cầu|đại biểu|cán bộ(?:,? đảng viên)?(?: các cấp)?|đảng viên|người|khách mời|học viên';
const ATTENDANCE = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:trên|hơn|gần|khoảng|gần như|xấp xỉ)\\s+)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(\\s+(?:${THOUSANDS}))?\\s+` +
    `(${COUNTED})(?![\\p{L}])`,
  'giu',
);
// A number right before a counted unit, on the lower-cased sentence: what ATTENDANCE (slow,
// Unicode, case-folding) needs before it is worth running.
const ATTENDANCE_SHAPE = new RegExp(`\\d(?:\\s+(?:${THOUSANDS}))?\\s+(?:${COUNTED})`, 'u');
const PARTICIPATION = /tham dự|dự hội nghị|tham gia|với|tới|kết nối|có mặt|về dự/iu;

export interface AttendanceMatch {
  count: number;
  unit: string;
  text: string;
  approximate: boolean;
  start: number;
  end: number;
}

export function findAttendance(sentence: string): AttendanceMatch[] {
  if (!/\d/.test(sentence) || !PARTICIPATION.test(sentence)) return [];
  if (!ATTENDANCE_SHAPE.test(sentence.toLowerCase())) return [];
  const out: AttendanceMatch[] = [];
  for (const m of allMatches(ATTENDANCE, sentence)) {
    const scale = /triệu/iu.test(m[3] ?? '') ? 1_000_000 : m[3] ? 1000 : 1;
    const count = Number(m[2]!.replace(/\./g, '')) * scale;
    if (!Number.isSafeInteger(count) || count <= 0) continue;
    out.push({
      count,
      unit: m[4]!.toLowerCase().replace(/,? đảng viên| các cấp/gu, '') || m[4]!,
      text: m[0].trim(),
      approximate: Boolean(m[1]) || scale > 1,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

export const fold = (s: string) => foldForMatch(s);
