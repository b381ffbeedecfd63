/**
 * Places one lane's marks: cluster what is too dense to tell apart, give every mark a row, then
 * give labels, most important first (label-priority.ts), the room that is free: a label never
 * covers another mark or label, and labels together never fill more than a share of the lane. A
 * mark without a label keeps its full title in its accessible name and tooltip.
 */
import { clusterByPixel } from './cluster';
import { byLabelPriority } from './label-priority';
import type { PlacedEvent } from './order';
import { RowSpace, type Extent } from './pack';

export interface MarkLayout {
  item: PlacedEvent;
  /** Pixel start and end (a day, or the width of a month, quarter or window). */
  x0: number;
  x1: number;
  row: number;
  /** Width available for the label, 0 when it is hidden. */
  labelWidth: number;
  /** Labels flip to the left of marks near the right edge. */
  labelSide?: 'left' | 'right';
}

export interface ClusterLayout {
  items: PlacedEvent[];
  x: number;
  row: number;
}

export interface LaneLayout {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  rows: number;
}

export interface LaneOptions {
  maxRows: number;
  /** Marks closer than this many pixels merge into a cluster. */
  minGap: number;
  /** Label text of a mark (its width is estimated from its length). */
  label: (p: PlacedEvent) => string;
  /** Estimated pixels per character of the label font. */
  charWidth?: number;
  maxLabelWidth?: number;
  isPinned?: (p: PlacedEvent) => boolean;
  /** Plot width: labels stop at the right edge instead of running out of view. */
  width?: number;
}

const MARK_RADIUS = 7;
const CLUSTER_RADIUS = 13;
/**
 * How much label a lane may show, as a multiple of its width: together its labels fill at most
 * about a row and a fifth of it, however many rows it has. Beyond that a lane reads as a wall of
 * text: on a phone four labels filled most of the events lane. The rest thin out by priority.
 */
export const LABEL_COVER = 1.2;
/** Narrower than this, a label would show too few letters to be worth its room. */
const MIN_LABEL = 40;

interface Single {
  item: PlacedEvent;
  x0: number;
  x1: number;
  row: number;
  /** The room the mark takes in its row: its glyph, then its glyph and label. */
  extent: Extent;
  pinned: boolean;
  labelWidth: number;
  labelSide: 'left' | 'right';
}

export function layoutLane(
  visible: readonly PlacedEvent[],
  x: (ms: number) => number,
  opts: LaneOptions,
): LaneLayout {
  const { maxRows, minGap, label, charWidth = 7, maxLabelWidth = 220, width = Infinity } = opts;
  const isPinned = opts.isPinned ?? (() => false);
  // Groups small enough to stack into the lane's rows are split back into single marks: only a
  // stretch too dense for the rows becomes a count.
  const clusters = clusterByPixel(
    visible,
    (item) => x(item.span.start),
    minGap,
    isPinned,
    minGap * 3,
  ).flatMap((c) =>
    c.items.length > maxRows
      ? [c]
      : c.items.map((item) => {
          const px = x(item.span.start);
          return { items: [item], x: px, x0: px, x1: px };
        }),
  );

  // In time order, every mark and cluster takes the first row with room for its glyph (the first
  // row when none has: a glyph is never dropped).
  const space = new RowSpace(maxRows);
  const singles: Single[] = [];
  const out: ClusterLayout[] = [];
  for (const c of clusters) {
    if (c.items.length > 1) {
      const extent = { x0: c.x - CLUSTER_RADIUS, x1: c.x + CLUSTER_RADIUS };
      const row = space.place(extent);
      if (row === -1) space.crowd(0, extent);
      out.push({ items: c.items, x: c.x, row: Math.max(0, row) });
      continue;
    }
    const item = c.items[0]!;
    const x1 = Math.max(c.x, x(item.span.end));
    const extent = { x0: c.x - MARK_RADIUS, x1: x1 + MARK_RADIUS };
    const row = space.place(extent);
    if (row === -1) space.crowd(0, extent);
    singles.push({
      item,
      x0: c.x,
      x1,
      row: Math.max(0, row),
      extent,
      pinned: isPinned(item),
      labelWidth: 0,
      labelSide: 'right',
    });
  }

  // Most important first, each label takes free room in its mark's row or moves the mark to a row
  // that has it, while the lane's label budget lasts (the pinned mark's label ignores the budget).
  let budget = LABEL_COVER * width;
  for (const m of byLabelPriority(singles)) {
    // Pinned marks come first; once they are placed and the budget is spent, nothing else fits.
    if (!m.pinned && budget < MIN_LABEL) break;
    // A mark that starts left of the view (a window begun earlier) would show its label cut.
    if (m.x0 < 0) continue;
    const wanted = Math.min(maxLabelWidth, label(m.item).length * charWidth);
    if (wanted < MIN_LABEL) continue;
    const rightRoom = width - m.x1 - MARK_RADIUS - 8;
    const leftRoom = m.x0 - MARK_RADIUS - 8;
    const side = rightRoom < Math.min(wanted, 120) && leftRoom > rightRoom ? 'left' : 'right';
    const text = Math.min(wanted, side === 'left' ? leftRoom : rightRoom);
    if (text < MIN_LABEL || (!m.pinned && text > budget)) continue;
    const withLabel =
      side === 'left'
        ? { x0: m.x0 - MARK_RADIUS - 6 - text, x1: m.x1 + MARK_RADIUS }
        : { x0: m.x0 - MARK_RADIUS, x1: m.x1 + MARK_RADIUS + 6 + text };
    const row = space.grow(m.row, m.extent, withLabel);
    if (row === -1) continue;
    Object.assign(m, { row, extent: withLabel, labelWidth: text, labelSide: side });
    budget -= text;
  }

  const marks = singles.map(({ item, x0, x1, row, labelWidth, labelSide }): MarkLayout => ({
    item,
    x0,
    x1,
    row,
    labelWidth,
    labelSide,
  }));
  const used = Math.max(1, ...marks.map((m) => m.row + 1), ...out.map((c) => c.row + 1));
  return { marks, clusters: out, rows: Math.min(maxRows, used) };
}
