/**
 * The review screen's queue: every event with the reasons to doubt it, most doubtful first, so an
 * editor with an hour checks what the compiler was least sure of. Pure: a dataset in, a list out.
 */
import type { Dataset, Person, TimelineEvent } from '../dataset/types';
import { foldForSearch } from '../vi/fold-map';

/**
 * Why an event needs a person's eyes:
 * - `year-inferred`: the text gives day and month; the year was inferred from what else it dates.
 * - `window-inferred`: a change of office dated only by the articles on either side of it.
 * - `date-inferred`: another inferred date (the publication day standing in for the event's).
 * - `person-without-role`: someone involved with no office the articles give them.
 * - `fragment-title`: the title is a piece of the sentence, cut or too short to say what happened.
 * - `single-source`: one article only.
 */
export type Doubt =
  | 'year-inferred'
  | 'window-inferred'
  | 'date-inferred'
  | 'person-without-role'
  | 'fragment-title'
  | 'single-source';

/** How much each doubt weighs: a wrong year misplaces a fact; one source is only unconfirmed. */
const WEIGHT: Record<Doubt, number> = {
  'year-inferred': 8,
  'window-inferred': 6,
  'date-inferred': 4,
  'person-without-role': 3,
  'fragment-title': 2,
  'single-source': 1,
};

export interface QueueItem {
  event: TimelineEvent;
  doubts: Doubt[];
  score: number;
  /** An editor already checked it: it goes after everything unchecked. */
  checked: boolean;
}

function dateDoubt(event: TimelineEvent): Doubt | null {
  if (!event.dateInferred) return null;
  switch (event.dateReason?.kind) {
    case 'year-from-text':
      return 'year-inferred';
    case 'window':
      return 'window-inferred';
    case 'publication-day':
      return 'date-inferred';
  }
  // A file without `dateReason` (an older compiler): what its dates still tell.
  if (event.kind === 'leadership' && event.endDate) return 'window-inferred';
  return /năm \d{4}/.test(event.dateBasis ?? '') ? 'year-inferred' : 'date-inferred';
}

/** A title cut short, of three words or fewer, or copied as it is from its own quote. */
export function isFragmentTitle(event: TimelineEvent): boolean {
  const title = event.title.trim();
  if (/(…|\.\.\.)$/.test(title) || title.split(/\s+/).length <= 3) return true;
  const quote = event.sources[0]?.quote;
  return !!quote && foldForSearch(quote).includes(foldForSearch(title));
}

function hasRole(event: TimelineEvent, id: string, people: Map<string, Person>): boolean {
  if (event.roles?.some((r) => r.person === id && r.titles.length)) return true;
  const end = event.endDate ?? event.date;
  return (people.get(id)?.roles ?? []).some(
    // A role with no dated sighting is held at an unknown time: it names the person all the same.
    (r) =>
      r.firstSeen === null ||
      r.lastSeen === null ||
      (r.firstSeen.slice(0, end.length) <= end && r.lastSeen >= event.date),
  );
}

export function doubtsOf(event: TimelineEvent, people: Map<string, Person>): Doubt[] {
  const doubts: Doubt[] = [];
  const date = dateDoubt(event);
  if (date) doubts.push(date);
  if (event.people.some((id) => !hasRole(event, id, people))) doubts.push('person-without-role');
  if (isFragmentTitle(event)) doubts.push('fragment-title');
  if (new Set(event.sources.map((s) => s.source)).size === 1) doubts.push('single-source');
  return doubts;
}

export function reviewQueue(dataset: Dataset): QueueItem[] {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  return dataset.events
    .map((event) => {
      const doubts = doubtsOf(event, people);
      return {
        event,
        doubts,
        score: doubts.reduce((sum, d) => sum + WEIGHT[d], 0),
        checked: event.reviewed === true,
      };
    })
    .sort(
      (a, b) =>
        Number(a.checked) - Number(b.checked) ||
        b.score - a.score ||
        a.event.date.localeCompare(b.event.date) ||
        a.event.id.localeCompare(b.event.id),
    );
}
