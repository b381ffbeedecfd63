/**
 * Short labels for the timeline's marks, exports and slides: at most `LABEL_MAX` characters,
 * saying what happened in the fewest words (`Quán triệt 24-CT/TU`, `Bầu CT UBND: Phan Văn Mãi`,
 * `Chỉ thị 24-CT/TU`), and different from the labels of the events around them. Titles stay whole;
 * only labels are short, and they are never cut mid-word or with `…`.
 */
import type { DocumentRecord, LeadershipChange, Sanction, TimelineEvent } from '../dataset/types';
import { LABEL_MAX } from '../dataset/label-fallback';
import { pushTo } from './normalize';
import { shortOffice } from '../vi/offices';
import { shortened, withoutDangling } from '../vi/short-forms';

export { LABEL_MAX };

export type LabelDraft = Pick<
  TimelineEvent,
  | 'kind'
  | 'date'
  | 'title'
  | 'documents'
  | 'disseminates'
  | 'office'
  | 'fromPerson'
  | 'toPerson'
  | 'change'
  | 'sanction'
  | 'people'
>;

export interface LabelLookups {
  personName: (id: string) => string | undefined;
  document: (id: string) => DocumentRecord | undefined;
}

// The act of a change of office, in one or two words.
const CHANGE_WORD: Record<LeadershipChange, string> = {
  election: 'Bầu',
  appointment: 'Bổ nhiệm',
  assignment: 'Phân công',
  suspension: 'Đình chỉ',
  dismissal: 'Miễn nhiệm',
  succession: 'Thay',
  discipline: 'Kỷ luật',
};
const SANCTION_WORD: Record<Sanction, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  removal: 'Cách chức',
  expulsion: 'Khai trừ',
  'expulsion-proposed': 'Đề nghị kỷ luật',
};
// The verb a title opens with, when it says more than the kind of change (`Bãi nhiệm`, `Điều
// động`, `Phê chuẩn kết quả miễn nhiệm`).
const TITLE_VERB =
  /^(Phê chuẩn kết quả miễn nhiệm|Phê chuẩn|Bãi nhiệm|Miễn nhiệm|Cho thôi giữ chức|Điều động|Luân chuyển|Chỉ định|Bổ nhiệm|Bầu)(?![\p{L}])/u;

/** The act of a change: its measure, or the verb its title opens with, or its kind. */
function changeAct(e: LabelDraft): string {
  if (e.change === 'discipline') return e.sanction ? SANCTION_WORD[e.sanction] : 'Kỷ luật';
  const verb = TITLE_VERB.exec(e.title)?.[1];
  if (verb === 'Phê chuẩn kết quả miễn nhiệm') return 'Phê chuẩn miễn nhiệm';
  return verb ?? (e.change ? CHANGE_WORD[e.change] : '');
}

// Happenings named by their verb of dissemination: `Hội nghị quán triệt Chỉ thị 24` → `Quán triệt`.
const DISSEMINATION = /(quán triệt|triển khai|sơ kết|tổng kết|học tập)/iu;
// The act a happening is about, where its noun says little (`Hội nghị trực tiếp kết hợp trực
// tuyến tổng kết công tác xây dựng Đảng năm 2021` → `Tổng kết công tác xây dựng Đảng năm 2021`).
const ACT =
  /(?<![\p{L}])(quán triệt|triển khai|tổng kết|sơ kết|kiểm điểm|công bố|học tập|tiếp xúc cử tri|giao ban|thẩm định|khai mạc|bế mạc|kỷ niệm|ra mắt|phát động|làm việc|họp bàn|họp)(?![\p{L}])/iu;
const HELD =
  /^(.+?)\s(?:tổ chức|triệu tập|khai mạc|bế mạc)\s((?:Hội nghị|Kỳ họp|Đại hội|Phiên họp)(?![\p{L}]).*)$/u;
const GENERIC_NOUN = /^(?:Hội nghị|Cuộc họp|Buổi làm việc|Phiên họp|Buổi|Lễ)(?![\p{L}])/u;
// A happening numbered in its name needs no act: `Hội nghị lần thứ 24 BCH …`, `Kỳ họp thứ 14`.
const NUMBERED = /^(?:Hội nghị|Kỳ họp|Đại hội|Phiên họp)\b.*?(?:lần thứ|thứ)\s+(?:\d+|[XVIL]+)/u;

/**
 * Words of `text` from the start, as many as fit in `max` characters, in short forms (`BCH`,
 * `UBND`), never ending on a word that promises more (`đã`, `của`).
 */
export function fitWords(text: string, max = LABEL_MAX): string {
  // Auxiliaries (`đã họp` → `họp`) say nothing a label needs.
  const t = shortened(text).replace(/\s(?:đã|đang|sẽ|vừa)(?=\s)/gu, '');
  if (t.length <= max) return withoutDangling(t) || t;
  const words = t.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    // A word that ends a clause (`2021,`) fits without its comma, and ends the label there.
    if (next.replace(/[,;:]$/u, '').length > max) break;
    out = next;
    if (/[,;:]$/u.test(w)) break;
  }
  // A single word longer than the label (a code, a URL) is kept whole: cutting it would lie.
  return withoutDangling(out) || out || words[0]!;
}

function documentName(doc: DocumentRecord): string {
  return doc.code ? `${doc.type} ${doc.code}` : (doc.title ?? doc.type);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label an event gets on its own, before its neighbours are considered. */
export function baseLabel(e: LabelDraft, lookups: LabelLookups): string {
  const docs = e.documents.map(lookups.document).filter((d): d is DocumentRecord => !!d);
  if (e.kind === 'leadership') {
    const who = lookups.personName(e.toPerson ?? e.fromPerson ?? e.people[0] ?? '');
    const office = e.office ? shortOffice(e.office) : '';
    const act = changeAct(e);
    const head = [act, office].filter(Boolean).join(' ');
    if (who && head) {
      const full = `${head}: ${who}`;
      if (full.length <= LABEL_MAX) return full;
      return fitWords(`${act}: ${who}`);
    }
    if (who) return fitWords(who);
  }
  if (e.kind === 'directive') {
    const coded = docs.find((d) => d.code);
    if (coded) {
      const name = documentName(coded);
      return name.length <= LABEL_MAX ? name : coded.code!;
    }
  }
  if (e.kind === 'event') {
    const act = DISSEMINATION.exec(e.title)?.[1];
    const spread = (e.disseminates ?? e.documents)
      .map(lookups.document)
      .find((d): d is DocumentRecord => !!d?.code);
    if (act && spread) return fitWords(`${capitalise(act.toLowerCase())} ${spread.code}`);
    const set = (e.disseminates ?? e.documents).map(lookups.document).find((d) => d && !d.code);
    if (act && set?.title) return fitWords(`${capitalise(act.toLowerCase())} ${set.title}`);
    // `BCH Đảng bộ Quận tổ chức Hội nghị lần thứ 22` → `Hội nghị lần thứ 22 BCH Đảng bộ Quận`.
    const held = HELD.exec(e.title);
    if (held) return fitWords(`${held[2]} ${held[1]}`);
    const acted = ACT.exec(e.title);
    // Only where the title opens with a noun that says little (`Hội nghị trực tuyến …`); a title
    // that opens with who acted (`BCĐ Chương trình 01 họp bàn …`) keeps them.
    if (acted && acted.index > 0 && GENERIC_NOUN.test(e.title) && !NUMBERED.test(e.title))
      return fitWords(capitalise(e.title.slice(acted.index)));
  }
  return fitWords(e.title);
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`);

/**
 * Labels for events in time order: each its base label, and where two events within a month of
 * each other would read the same, each told apart by what differs (a person, then the day).
 */
export function labelEvents<T extends LabelDraft>(events: T[], lookups: LabelLookups): string[] {
  const labels = events.map((e) => baseLabel(e, lookups));
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => pushTo(byLabel, l, i));
  for (const [label, indexes] of byLabel) {
    if (indexes.length < 2) continue;
    // In day order, an event has another within a month when its neighbour before or after is:
    // one look each way, not a look at every other event of the label (10,000 events share a few
    // hundred labels).
    const days = new Map(indexes.map((i) => [i, dayOf(events[i]!.date)]));
    const inOrder = [...indexes].sort((i, j) => days.get(i)! - days.get(j)! || i - j);
    const near = (at: number) => {
      const day = days.get(inOrder[at]!)!;
      const before = at > 0 ? days.get(inOrder[at - 1]!)! : -Infinity;
      const after = at < inOrder.length - 1 ? days.get(inOrder[at + 1]!)! : Infinity;
      return day - before <= 31 * DAY_MS || after - day <= 31 * DAY_MS;
    };
    inOrder.forEach((i, at) => {
      if (!near(at)) return;
      const e = events[i]!;
      const person = e.people.map(lookups.personName).find(Boolean);
      const day = e.date.length === 10 ? `${+e.date.slice(8)}/${+e.date.slice(5, 7)}` : e.date;
      const withPerson = person && !label.includes(person) ? `${label} · ${person}` : '';
      labels[i] =
        withPerson && withPerson.length <= LABEL_MAX
          ? withPerson
          : `${fitWords(label, LABEL_MAX - day.length - 3)} · ${day}`;
    });
  }
  return labels;
}
