/**
 * Places one lane's marks: cluster what is too dense to tell apart, then stack labels into rows so
 * they never collide. A mark whose label fits in no row is drawn without it (the full title stays in
 * its accessible name and tooltip).
 */
import { clusterByPixel } from './cluster';
import type { PlacedEvent } from './order';
import { placeInRow } from './pack';

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

export function layoutLane(
  visible: readonly PlacedEvent[],
  x: (ms: number) => number,
  opts: LaneOptions,
): LaneLayout {
  const { maxRows, minGap, label, charWidth = 7, maxLabelWidth = 220, width = Infinity } = opts;
  // Groups small enough to stack into the lane's rows are split back into single marks: only a
  // stretch too dense for the rows becomes a count.
  const clusters = clusterByPixel(
    visible,
    (item) => x(item.span.start),
    minGap,
    opts.isPinned,
    minGap * 3,
  ).flatMap((c) =>
    c.items.length > maxRows
      ? [c]
      : c.items.map((item) => {
          const px = x(item.span.start);
          return { items: [item], x: px, x0: px, x1: px };
        }),
  );
  const rowEnds: number[] = [];
  const marks: MarkLayout[] = [];
  const out: ClusterLayout[] = [];
  for (const c of clusters) {
    if (c.items.length > 1) {
      const row = placeInRow(
        rowEnds,
        { x0: c.x - CLUSTER_RADIUS, x1: c.x + CLUSTER_RADIUS },
        maxRows,
      );
      out.push({ items: c.items, x: c.x, row: Math.max(0, row) });
      continue;
    }
    const p = c.items[0]!;
    const x1 = Math.max(c.x, x(p.span.end));
    const wantedText = Math.min(maxLabelWidth, label(p).length * charWidth);
    const rightRoom = width - x1 - MARK_RADIUS - 8;
    const leftRoom = c.x - MARK_RADIUS - 8;
    const side = rightRoom < Math.min(wantedText, 120) && leftRoom > rightRoom ? 'left' : 'right';
    let text = Math.min(wantedText, side === 'left' ? leftRoom : rightRoom);
    if (text < 40) text = 0;
    const withLabel =
      side === 'left'
        ? { x0: c.x - MARK_RADIUS - 6 - text, x1: x1 + MARK_RADIUS }
        : { x0: c.x - MARK_RADIUS, x1: x1 + MARK_RADIUS + 6 + text };
    let row = text > 0 ? placeInRow(rowEnds, withLabel, maxRows) : -1;
    let labelWidth = text;
    if (row === -1) {
      labelWidth = 0;
      row = Math.max(
        0,
        placeInRow(rowEnds, { x0: c.x - MARK_RADIUS, x1: x1 + MARK_RADIUS }, maxRows),
      );
    }
    marks.push({ item: p, x0: c.x, x1, row, labelWidth, labelSide: side });
  }
  const used = Math.max(1, ...marks.map((m) => m.row + 1), ...out.map((c) => c.row + 1));
  return { marks, clusters: out, rows: Math.min(maxRows, used) };
}
