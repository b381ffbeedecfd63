/**
 * Short labels for the timeline's marks, exports and slides: at most `LABEL_MAX` characters,
 * saying what happened in the fewest words (`Quán triệt 24-CT/TU`, `Bầu CT UBND: Phan Văn Mãi`,
 * `Chỉ thị 24-CT/TU`), and different from the labels of the events around them. Titles stay whole;
 * only labels are short, and they are never cut mid-word or with `…`.
 */
import type { DocumentRecord, LeadershipChange, TimelineEvent } from '../dataset/types';
import { LABEL_MAX } from '../dataset/label-fallback';
import { shortOffice } from '../vi/offices';

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
  dismissal: 'Thôi chức',
  succession: 'Thay',
  discipline: 'Kỷ luật',
};

// Happenings named by their verb of dissemination: `Hội nghị quán triệt Chỉ thị 24` → `Quán triệt`.
const DISSEMINATION = /(quán triệt|triển khai|sơ kết|tổng kết|học tập)/iu;

/** Words of `text` from the start, as many as fit in `max` characters. */
export function fitWords(text: string, max = LABEL_MAX): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t.length <= max) return t;
  const words = t.split(' ');
  let out = '';
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  // A single word longer than the label (a code, a URL) is kept whole: cutting it would lie.
  return (out || words[0]!).replace(/[\s,;:–-]+$/u, '');
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
    const act = e.change ? CHANGE_WORD[e.change] : '';
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
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  for (const [label, indexes] of byLabel) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const near = indexes.some(
        (j) => j !== i && Math.abs(dayOf(events[i]!.date) - dayOf(events[j]!.date)) <= 31 * DAY_MS,
      );
      if (!near) continue;
      const e = events[i]!;
      const person = e.people.map(lookups.personName).find(Boolean);
      const day = e.date.length === 10 ? `${+e.date.slice(8)}/${+e.date.slice(5, 7)}` : e.date;
      const withPerson = person && !label.includes(person) ? `${label} · ${person}` : '';
      labels[i] =
        withPerson && withPerson.length <= LABEL_MAX
          ? withPerson
          : `${fitWords(label, LABEL_MAX - day.length - 3)} · ${day}`;
    }
  }
  return labels;
}
