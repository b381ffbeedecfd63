/**
 * Changes of office-holder inferred from sightings. When articles show one single-holder office
 * (`Bí thư Thành ủy Hà Nội`) held by A and later by B, the change happened between the last
 * article showing A and the first showing B. That window, not a guessed day, is the event's date;
 * an article that states the day of the change (an election, an appointment) takes precedence.
 */
import type { SourceRef } from '../dataset/types';
import type { DraftEvent } from './draft-event';
import type { CorpusArticle, CorpusSighting } from './corpus-article';
import { pushTo } from './normalize';
import { isSingleHolderOffice } from './titles';

type Ref = (
  article: CorpusArticle,
  quote: string,
  line: number,
  highlights?: string[],
) => SourceRef;
type DatedSighting = CorpusSighting & { article: CorpusArticle };

const fmt = (iso: string) => iso.split('-').reverse().join('/');

export function inferLeadershipChanges(
  sightings: DatedSighting[],
  events: DraftEvent[],
  personIdByName: Map<string, string>,
  ref: Ref,
): DraftEvent[] {
  const byOffice = new Map<string, DatedSighting[]>();
  for (const s of sightings) {
    if (!isSingleHolderOffice(s.title)) continue;
    const list = byOffice.get(s.title) ?? [];
    list.push(s);
    byOffice.set(s.title, list);
  }
  // Changes the articles state, by office: each inferred change first looks for one of these.
  const statedByOffice = new Map<string, DraftEvent[]>();
  for (const e of events)
    if (e.kind === 'leadership' && e.office) pushTo(statedByOffice, e.office, e);
  const inferred: DraftEvent[] = [];
  for (const office of [...byOffice.keys()].sort()) {
    const list = byOffice
      .get(office)!
      .sort((a, b) =>
        a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : a.article.file < b.article.file
              ? -1
              : a.article.file > b.article.file
                ? 1
                : a.sentence.line - b.sentence.line,
      );
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
        (e) => e.toPerson === toId && e.date >= before.date && e.date <= after.date,
      );
      if (stated) {
        stated.fromPerson = fromId;
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
