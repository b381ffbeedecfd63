/**
 * Changes of office-holder across articles. Three sources, best first:
 * - a change an article states and dates: it gains the holder it replaced, when another article
 *   shows who held the office before (`linkPreviousHolders`);
 * - a change an article states but cannot date (`Ông X được phân công giữ chức Bí thư Thành ủy Hải
 *   Phòng thay ông Y`): it is dated by the window other articles leave for it, between the last
 *   day the old holder is shown in the office and the first day the new one is
 *   (`boundUndatedChanges`);
 * - a change no article states: when articles show one single-holder office held by A and later
 *   by B, the change happened between the last article showing A and the first showing B
 *   (`inferLeadershipChanges`).
 * Windows are built only from sightings whose dates are printed or published, never from years
 * inferred from an article's text.
 */
import type { DateRange, SourceRef } from '../dataset/types';
import { isSingleHolderOffice } from '../vi/offices';
import type { CorpusArticle, CorpusSighting, CorpusUndatedChange } from './corpus-article';
import type { DraftEvent } from './draft-event';
import { pushTo } from './normalize';

type Ref = (
  article: CorpusArticle,
  quote: string,
  line: number,
  highlights?: string[],
) => SourceRef;
export type ArticleSighting = CorpusSighting & { article: CorpusArticle };
type DatedSighting = ArticleSighting & { date: string };

const fmt = (iso: string) => iso.split('-').reverse().join('/');
const byDate = (a: DatedSighting, b: DatedSighting) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.article.file < b.article.file
        ? -1
        : a.article.file > b.article.file
          ? 1
          : a.sentence.line - b.sentence.line;

/** Sightings with a printed or published date, of single-holder offices, by office, in order. */
export function officeSightings(sightings: ArticleSighting[]): Map<string, DatedSighting[]> {
  const byOffice = new Map<string, DatedSighting[]>();
  for (const s of sightings)
    if (s.date !== null && s.stated && isSingleHolderOffice(s.title))
      pushTo(byOffice, s.title, s as DatedSighting);
  for (const list of byOffice.values()) list.sort(byDate);
  return byOffice;
}

const ARRIVES = new Set(['election', 'appointment', 'assignment']);

/**
 * A stated change that names no holder replaced takes the last holder other articles show in the
 * office before it (and not after it).
 */
export function linkPreviousHolders(
  events: DraftEvent[],
  byOffice: Map<string, DatedSighting[]>,
  personIdByName: Map<string, string>,
  nameById: Map<string, string>,
): void {
  for (const e of events) {
    if (e.kind !== 'leadership' || !e.office || !e.toPerson || e.fromPerson) continue;
    if (!e.change || !ARRIVES.has(e.change)) continue;
    const list = byOffice.get(e.office);
    if (!list) continue;
    const newName = nameById.get(e.toPerson);
    const before = list.filter((s) => s.date < e.date && s.name !== newName).at(-1);
    if (!before) continue;
    // The previous holder must not be shown in the office again after the change.
    if (list.some((s) => s.name === before.name && s.date > e.date)) continue;
    const id = personIdByName.get(before.name);
    if (!id) continue;
    e.fromPerson = id;
    if (!e.people.includes(id)) e.people.push(id);
  }
}

/**
 * Stated but undated changes, dated by the window other articles leave: from the later of the
 * text's own bound (a term it names) and the old holder's last day in the office, to the new
 * holder's first day in it. A change the window cannot close is left out.
 */
export function boundUndatedChanges(
  undated: { change: CorpusUndatedChange; article: CorpusArticle }[],
  byOffice: Map<string, DatedSighting[]>,
  events: DraftEvent[],
  personIdByName: Map<string, string>,
  ref: Ref,
  range: DateRange,
): DraftEvent[] {
  const made: DraftEvent[] = [];
  const seen = new Set<string>();
  for (const { change: u, article } of undated) {
    const personId = personIdByName.get(u.person);
    if (!personId || !isSingleHolderOffice(u.office)) continue;
    const key = `${u.office}|${u.person}|${u.change}`;
    if (seen.has(key)) continue;
    // A dated statement of the same change wins.
    if (
      events.some(
        (e) =>
          e.kind === 'leadership' &&
          e.office === u.office &&
          (e.toPerson === personId || e.fromPerson === personId),
      )
    )
      continue;
    const list = byOffice.get(u.office) ?? [];
    const arriving = ARRIVES.has(u.change);
    const fromName = arriving ? u.fromPersonName : u.person;
    const lower = u.notBefore ?? range.start;
    const oldLast = fromName
      ? list.filter((s) => s.name === fromName && s.date >= lower).at(-1)
      : undefined;
    const start = oldLast && oldLast.date > lower ? oldLast.date : lower;
    const newFirst = arriving
      ? list.find((s) => s.name === u.person && s.date >= start)
      : list.find((s) => s.name !== u.person && s.date >= start);
    if (!newFirst || newFirst.date < start) continue;
    const toName = arriving ? u.person : newFirst.name;
    const [fromId, toId] = [fromName && personIdByName.get(fromName), personIdByName.get(toName)];
    seen.add(key);
    const sources = [ref(article, u.sentence.text, u.sentence.line, [u.person, ...u.highlights])];
    if (newFirst.article !== article)
      sources.push(
        ref(newFirst.article, newFirst.sentence.text, newFirst.sentence.line, [newFirst.name]),
      );
    if (oldLast && oldLast.article !== article && oldLast.article !== newFirst.article)
      sources.push(
        ref(oldLast.article, oldLast.sentence.text, oldLast.sentence.line, [oldLast.name]),
      );
    const startText = oldLast
      ? `bài ngày ${fmt(oldLast.date)} còn ghi ${oldLast.name} giữ chức`
      : `không sớm hơn ${fmt(start)}`;
    made.push({
      kind: 'leadership',
      date: start,
      endDate: newFirst.date,
      precision: 'day',
      dateInferred: true,
      dateBasis: `Bài nêu thay đổi nhưng không nêu ngày: ${startText}; bài ngày ${fmt(newFirst.date)} đã ghi ${toName} là ${u.office}. Thay đổi diễn ra trong khoảng này.`,
      dateReason: { kind: 'window', from: start, to: newFirst.date },
      title: u.title,
      summary: u.sentence.text,
      people: [...new Set([personId, ...(fromId ? [fromId] : []), ...(toId ? [toId] : [])])].sort(),
      documents: [],
      sources,
      office: u.office,
      ...(fromId ? { fromPerson: fromId } : {}),
      ...(toId ? { toPerson: toId } : {}),
      change: u.change,
      ...(u.sanction ? { sanction: u.sanction } : {}),
    });
  }
  return made;
}

export function inferLeadershipChanges(
  byOffice: Map<string, DatedSighting[]>,
  events: DraftEvent[],
  personIdByName: Map<string, string>,
  ref: Ref,
): DraftEvent[] {
  // Changes the articles state, by office: each inferred change first looks for one of these.
  const statedByOffice = new Map<string, DraftEvent[]>();
  for (const e of events)
    if (e.kind === 'leadership' && e.office) pushTo(statedByOffice, e.office, e);
  const inferred: DraftEvent[] = [];
  for (const office of [...byOffice.keys()].sort()) {
    const list = byOffice.get(office)!;
    const lastIndex = new Map<string, number>();
    list.forEach((s, i) => lastIndex.set(s.name, i));
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1]!, list[i]!];
      if (before.name === after.name || before.date === after.date) continue;
      // The previous holder must not be seen again in this office after the new one appears.
      if (lastIndex.get(before.name)! >= i) continue;
      const [fromId, toId] = [personIdByName.get(before.name), personIdByName.get(after.name)];
      if (!fromId || !toId) continue;
      const stated = (statedByOffice.get(office) ?? []).find(
        (e) =>
          (e.toPerson === toId && e.date >= before.date && e.date <= after.date) ||
          (e.toPerson === toId && e.fromPerson === fromId),
      );
      if (stated) {
        stated.fromPerson ??= fromId;
        if (!stated.people.includes(fromId)) stated.people.push(fromId);
        continue;
      }
      inferred.push({
        kind: 'leadership',
        date: before.date,
        endDate: after.date,
        precision: 'day',
        dateInferred: true,
        dateBasis:
          `Ngày thay đổi không được nêu: bài ngày ${fmt(before.date)} còn ghi ${before.name} là ${office}, ` +
          `bài ngày ${fmt(after.date)} đã ghi ${after.name}. Thay đổi diễn ra trong khoảng này.`,
        dateReason: { kind: 'window', from: before.date, to: after.date },
        title: `${after.name} thay ${before.name} làm ${office}`,
        summary: `${office}: ${before.name} (còn giữ chức ngày ${fmt(before.date)}) được thay bởi ${after.name} (giữ chức ngày ${fmt(after.date)}).`,
        people: [fromId, toId].sort(),
        documents: [],
        sources: [
          ref(before.article, before.sentence.text, before.sentence.line, [before.name]),
          ref(after.article, after.sentence.text, after.sentence.line, [after.name]),
        ],
        office,
        fromPerson: fromId,
        toPerson: toId,
        change: 'succession',
      });
    }
  }
  return inferred;
}
