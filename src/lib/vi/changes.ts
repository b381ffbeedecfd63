/**
 * How Vietnamese news says that an office changed hands or that an official was disciplined: the
 * verbs and phrases, what kind of change each is, and the words around them that name the office,
 * the person replaced and the measure taken. Patterns are folded (no diacritics) and matched
 * against folded text; each row is one phrase, with its examples in `changes.test.ts`.
 */
import type { LeadershipChange, Sanction } from '../dataset/types';

export interface ChangePhrase {
  /** Folded phrase, as a regex source (word boundaries are added). */
  phrase: string;
  change: LeadershipChange;
  sanction?: Sanction;
}

/**
 * The phrases, most specific first: where two start at the same word, the longer is listed first.
 * `kỷ luật` alone names no measure; the measure is read from the words after it (`SANCTIONS`).
 */
export const CHANGE_PHRASES: readonly ChangePhrase[] = [
  {
    phrase:
      'tam dinh chi (?:cong tac|chuc vu)|dinh chi (?:cong tac|chuc vu|sinh hoat dang)|dinh chi doi voi',
    change: 'suspension',
  },
  {
    phrase: 'de nghi (?:[a-z ,]{0,60})?khai tru|de nghi (?:[a-z ,]{0,60})?thi hanh ky luat',
    change: 'discipline',
    sanction: 'expulsion-proposed',
  },
  {
    phrase: 'khai tru (?:[a-z ]{0,30})?ra khoi dang|khai tru',
    change: 'discipline',
    sanction: 'expulsion',
  },
  { phrase: 'cach het cac chuc vu|cach chuc', change: 'discipline', sanction: 'removal' },
  { phrase: 'khien trach', change: 'discipline', sanction: 'reprimand' },
  { phrase: 'canh cao', change: 'discipline', sanction: 'warning' },
  {
    // `kỷ luật` alone is also "discipline" as a virtue (`siết chặt kỷ luật, kỷ cương`).
    phrase:
      'thi hanh ky luat|bi ky luat|xem xet ky luat|quyet dinh ky luat|ky luat bang hinh thuc|ky luat (?:doi voi|ong|ba|dong chi)',
    change: 'discipline',
  },
  {
    phrase: 'phe chuan ket qua mien nhiem|phe chuan ket qua bai nhiem|phe chuan viec mien nhiem',
    change: 'dismissal',
  },
  { phrase: 'phe chuan ket qua bau|phe chuan (?:ong|ba)', change: 'election' },
  { phrase: 'mien nhiem|bai nhiem|cho thoi giu chuc|thoi giu chuc|cho thoi', change: 'dismissal' },
  {
    phrase:
      'tiep tuc duoc bau|duoc tin nhiem bau|duoc bau|da bau|bau (?:ong|ba|dong chi)|bau giu chuc|bau lam|trung cu|tai dac cu|dac cu',
    change: 'election',
  },
  { phrase: 'bo nhiem lai|bo nhiem|chuan y', change: 'appointment' },
  {
    phrase: 'phan cong|dieu dong|luan chuyen|giao quyen|giao phu trach|chi dinh',
    change: 'assignment',
  },
];

/** The measure, when `kỷ luật` names one after it: `kỷ luật bằng hình thức khiển trách`. */
export const SANCTIONS: readonly [RegExp, Sanction][] = [
  [/khai tru/u, 'expulsion'],
  [/cach chuc|cach het cac chuc vu/u, 'removal'],
  [/canh cao/u, 'warning'],
  [/khien trach/u, 'reprimand'],
];

const W = (s: string) => `(?<![a-z0-9])(?:${s})(?![a-z0-9])`;
// Folded text and the phrases are plain ASCII: without the `u` flag the patterns run twice as fast
// (every sentence of every article goes through `ANY_CHANGE`).
const COMPILED = CHANGE_PHRASES.map((p) => ({ ...p, re: new RegExp(W(p.phrase)) }));
// One pass that rules out most sentences before the per-phrase patterns run.
const ANY_CHANGE = new RegExp(W(CHANGE_PHRASES.map((p) => p.phrase).join('|')));

export interface ChangeTrigger {
  change: LeadershipChange;
  sanction?: Sanction;
  /** Offset of the phrase in the folded text (the same in the original: folding keeps offsets). */
  index: number;
  /** Its length. */
  length: number;
}

/**
 * The first change a folded sentence states, and where: the earliest phrase, the most specific
 * of those starting at the same place. A discipline phrase without its measure takes the measure
 * named in the words after it.
 */
export function changeTriggerIn(folded: string, from = 0): ChangeTrigger | null {
  const text = from > 0 ? folded.slice(from) : folded;
  if (!ANY_CHANGE.test(text)) return null;
  let best: ChangeTrigger | null = null;
  for (const p of COMPILED) {
    const m = p.re.exec(text);
    if (!m || (best && m.index + from >= best.index)) continue;
    best = {
      change: p.change,
      index: m.index + from,
      length: m[0].length,
      ...(p.sanction ? { sanction: p.sanction } : {}),
    };
  }
  if (best?.change === 'discipline' && !best.sanction) {
    const after = folded.slice(best.index, best.index + 160);
    const named = SANCTIONS.find(([re]) => re.test(after));
    if (named) best.sanction = named[1];
  }
  return best;
}

/**
 * Words before an office in a change: `giữ chức`, `làm`, `chức vụ`, `vào chức`, `trở thành tân`,
 * `tái đắc cử chức`, `được bầu là`. Matched on the original text (not folded).
 */
export const OFFICE_LEAD =
  /(?:giữ (?:các )?chức(?: vụ| danh)?|giữ nhiệm vụ|chức vụ|chức danh|vào chức(?: vụ)?|trở thành(?: tân)?|tái đắc cử(?: chức(?: vụ| danh)?)?|đắc cử(?: chức(?: vụ| danh)?)?|trúng cử(?: chức(?: vụ| danh)?)?|được bầu (?:là|làm)|bầu (?:là|làm)|làm|là|phụ trách|điều hành|đảm nhiệm|đảm nhận(?: vai trò)?|về làm|sang làm|nhận nhiệm vụ)\s+(?:tân\s+)?/iu;

/** `thay ông X`, `thay cho bà Y`, `thay đồng chí Z`: the holder replaced is named after it. */
export const REPLACES = /(?<![\p{L}])thay(?: cho| thế)?\s+(?:ông|bà|đồng chí|đ\/c)?\s*$/iu;

/** The person changed is named after these (`đối với ông X`, `khai trừ đồng chí X`). */
export const OBJECT_LEAD = /(?:đối với|với|đồng chí|ông|bà)\s*$/iu;

/** Examples: folded sentence → the change it states (`null`: none). */
export const CHANGE_EXAMPLES: readonly [string, Partial<ChangeTrigger> | null][] = [
  ['ong phan van mai duoc bau lam chu tich ubnd thanh pho', { change: 'election' }],
  ['ong ngo dong hai tai dac cu bi thu tinh uy thai binh', { change: 'election' }],
  ['bo chinh tri quyet dinh dieu dong, phan cong ong tran sy thanh', { change: 'assignment' }],
  ['hdnd bieu quyet bai nhiem chuc vu pho chu tich ubnd', { change: 'dismissal' }],
  [
    'thu tuong thi hanh ky luat cach chuc chu tich ubnd tinh',
    { change: 'discipline', sanction: 'removal' },
  ],
  [
    'ky luat bang hinh thuc khien trach doi voi ong lam minh thanh',
    { change: 'discipline', sanction: 'reprimand' },
  ],
  [
    'thi hanh ky luat bang hinh thuc khai tru ra khoi dang doi voi ong chu xuan dung',
    { change: 'discipline', sanction: 'expulsion' },
  ],
  [
    'de nghi bo chinh tri xem xet, thi hanh ky luat ban thuong vu',
    { change: 'discipline', sanction: 'expulsion-proposed' },
  ],
  ['phe chuan ket qua mien nhiem chuc vu chu tich ubnd', { change: 'dismissal' }],
  ['phe chuan ket qua bau chuc vu chu tich ubnd', { change: 'election' }],
  ['ong le hong son duoc phan cong phu trach, dieu hanh ubnd', { change: 'assignment' }],
  ['ong nguyen duc chung hien dang bi dinh chi chuc vu', { change: 'suspension' }],
  ['hoi nghi tong ket cong tac nam 2019', null],
  ['bau khong khi soi noi', null],
  ['siet chat ky luat, ky cuong', null],
];
