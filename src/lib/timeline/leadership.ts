/**
 * Rows of the leadership lane: one per office, each with a tenure bar per holder from first to last
 * sighting. A change event whose date is a window (`date`..`endDate`) says only that the hand-over
 * happened somewhere inside it, so the outgoing holder's end and the incoming holder's start are
 * extended across the window as uncertain segments, never drawn as a hard edge.
 */
import type { CoreDataset, CoreEvent } from '../dataset/types';
import { byCodeUnits } from './order';
import { DAY, eventSpan, parseIsoLocal } from './time';

export interface Tenure {
  person: string;
  name: string;
  /** Solid part: first to last sighting (exclusive end). */
  start: number;
  end: number;
  /** Where the tenure may really have begun or ended, when a change window says so. */
  uncertainStart?: number;
  uncertainEnd?: number;
}

export interface OfficeRow {
  office: string;
  tenures: Tenure[];
  changes: CoreEvent[];
}

/** City offices, drawn in this order; titles are matched loosely because articles vary them. */
const OFFICE_ORDER = [
  /^Bí thư Thành ủy/i,
  /^Phó Bí thư Thường trực Thành ủy/i,
  /^Chủ tịch UBND (thành phố|TP)/i,
  /^Phó Bí thư Thành ủy/i,
  /^Chủ tịch HĐND (thành phố|TP)/i,
];

// Memoised by title: a dataset has a few hundred titles over thousands of roles, and the first
// tests of these case-insensitive patterns run before the first draw, before any is compiled.
const ranks = new Map<string, number>();
function rank(office: string): number {
  let r = ranks.get(office);
  if (r === undefined) {
    const i = OFFICE_ORDER.findIndex((re) => re.test(office));
    ranks.set(office, (r = i === -1 ? OFFICE_ORDER.length : i));
  }
  return r;
}

/**
 * A row is an office of the city that one person holds at a time. Memberships (`Ủy viên Bộ Chính
 * trị`), committee posts and ward offices are titles, not offices of this timeline; an office a
 * leadership event names always counts.
 */
function isCityOffice(title: string, named: Set<string>): boolean {
  return named.has(title) || rank(title) < OFFICE_ORDER.length;
}

/** More rows than this would push the directives lane off the screen; the list view has them all. */
export const MAX_OFFICE_ROWS = 8;

export function buildOfficeRows(
  dataset: Pick<CoreDataset, 'people' | 'events'>,
  maxRows = MAX_OFFICE_ROWS,
): OfficeRow[] {
  const rows = new Map<string, OfficeRow>();
  const row = (office: string): OfficeRow => {
    let r = rows.get(office);
    if (!r) rows.set(office, (r = { office, tenures: [], changes: [] }));
    return r;
  };
  // The leadership events, found once: their offices are rows, and each widens its holders' bars.
  const changes: CoreEvent[] = [];
  const named = new Set<string>();
  for (const e of dataset.events)
    if (e.kind === 'leadership' && e.office) {
      changes.push(e);
      named.add(e.office);
    }
  // Per office, each holder's tenures: a change looks up its two people, not every tenure of the
  // row (a row of a long archive has hundreds, and there are as many changes).
  const held = new Map<string, Map<string, Tenure[]>>();
  for (const person of dataset.people)
    for (const role of person.roles) {
      // An undated role says who held a title, not when: it draws no tenure.
      if (role.firstSeen === null || role.lastSeen === null) continue;
      if (!isCityOffice(role.title, named)) continue;
      const tenure: Tenure = {
        person: person.id,
        name: person.name,
        start: parseIsoLocal(role.firstSeen),
        end: parseIsoLocal(role.lastSeen) + DAY,
      };
      row(role.title).tenures.push(tenure);
      let holders = held.get(role.title);
      if (!holders) held.set(role.title, (holders = new Map()));
      const own = holders.get(person.id);
      if (own) own.push(tenure);
      else holders.set(person.id, [tenure]);
    }
  for (const event of changes) {
    const r = row(event.office!);
    r.changes.push(event);
    const span = eventSpan(event);
    const holders = held.get(event.office!);
    if (!holders) continue;
    if (event.fromPerson)
      for (const t of holders.get(event.fromPerson) ?? [])
        if (span.end > t.end) t.uncertainEnd = span.end;
    if (event.toPerson)
      for (const t of holders.get(event.toPerson) ?? [])
        if (span.start < t.start) t.uncertainStart = span.start;
  }
  // Ranked offices first, then the busiest. Ties go by code units (see `byCodeUnits`): any fixed
  // order will do, and this runs before the first draw.
  return [...rows.values()]
    .map((r) => ({
      row: { ...r, tenures: r.tenures.sort((a, b) => a.start - b.start) },
      rank: rank(r.office),
      weight: r.tenures.length + r.changes.length,
    }))
    .sort(
      (a, b) => a.rank - b.rank || b.weight - a.weight || byCodeUnits(a.row.office, b.row.office),
    )
    .slice(0, maxRows)
    .map((keyed) => keyed.row);
}

export interface NamePlacement {
  x: number;
  /** Anchored at its right end (near the plot's right edge). */
  end: boolean;
}

/**
 * Where each holder's name goes on its row: after the bar's start, or before it near the right
 * edge; a name that would run into the previous one is left out (the bar keeps it as a tooltip).
 */
export function placeNames(
  starts: readonly number[],
  names: readonly string[],
  width: number,
  charWidth = 6.5,
): (NamePlacement | null)[] {
  let lastEnd = -Infinity;
  return starts.map((start, i) => {
    // A bar begun before the view has its name at the view's edge: collisions are judged there.
    const x = Math.max(0, start);
    const w = (names[i]?.length ?? 0) * charWidth + 6;
    const end = x + w > width;
    const from = end ? x - w : x;
    if (from < lastEnd + 6) return null;
    lastEnd = end ? x : x + w;
    return { x, end };
  });
}

export interface TenurePaths {
  /** SVG path data of the solid bars (first to last sighting). */
  solid: string;
  /** SVG path data of the uncertain extensions (inside a change window). */
  uncertain: string;
}

/** A row's tenures that reach into `[from, to]`, uncertain extensions included. */
export function tenuresIn(row: OfficeRow, from: number, to: number): Tenure[] {
  return row.tenures.filter(
    (tn) => (tn.uncertainStart ?? tn.start) < to && (tn.uncertainEnd ?? tn.end) > from,
  );
}

/**
 * The bars of a row's tenures in `[from, to]`, as pixel spans `[a, b]`: solid from first to last
 * sighting, at least `minWidth` wide so a short tenure stays visible, and uncertain where a change
 * window extends it. Shared by the SVG paths and the gesture canvas, which must draw the same.
 */
export function forEachBar(
  tenures: readonly Tenure[],
  x: (ms: number) => number,
  from: number,
  to: number,
  visit: (a: number, b: number, uncertain: boolean) => void,
  minWidth = 3,
): void {
  for (const tn of tenures) {
    if ((tn.uncertainStart ?? tn.start) >= to || (tn.uncertainEnd ?? tn.end) <= from) continue;
    const a = x(tn.start);
    const b = Math.max(a + minWidth, x(tn.end));
    if (tn.uncertainStart !== undefined) visit(x(tn.uncertainStart), a, true);
    visit(a, b, false);
    if (tn.uncertainEnd !== undefined) visit(b, x(tn.uncertainEnd), true);
  }
}

/** Bars are drawn this far from the top of their office row, and this tall. */
export const BAR_TOP = 17;
export const BAR_HEIGHT = 9;

/**
 * One row's tenure bars as two SVG paths, clipped to `[from, to]`. A row can hold hundreds of
 * tenures in a long archive: two path elements redrawn per zoom step cost far less style, layout
 * and paint work than an element per bar.
 */
export function tenurePaths(
  tenures: readonly Tenure[],
  x: (ms: number) => number,
  from: number,
  to: number,
  { top = BAR_TOP, height = BAR_HEIGHT, minWidth = 3 } = {},
): TenurePaths {
  const solid: string[] = [];
  const uncertain: string[] = [];
  forEachBar(
    tenures,
    x,
    from,
    to,
    (a, b, isUncertain) => {
      if (b - a <= 0) return;
      (isUncertain ? uncertain : solid).push(
        `M${round(a)},${top}h${round(b - a)}v${height}h${round(a - b)}z`,
      );
    },
    minWidth,
  );
  return { solid: solid.join(''), uncertain: uncertain.join('') };
}

/** Tenth-of-a-pixel precision keeps path strings short without a visible difference. */
const round = (v: number) => Math.round(v * 10) / 10;
