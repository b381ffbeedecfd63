/**
 * Greedy interval packing: each item takes the first row whose last item ends before it starts.
 * Items arrive sorted by start.
 */
export interface Extent {
  x0: number;
  x1: number;
}

/** Puts `extent` in the first free row of `rowEnds` (mutated) and returns the row, or -1. */
export function placeInRow(rowEnds: number[], extent: Extent, maxRows: number, gap = 4): number {
  for (let row = 0; row < maxRows; row++) {
    const end = rowEnds[row];
    if (end === undefined || end + gap <= extent.x0) {
      rowEnds[row] = extent.x1;
      return row;
    }
  }
  return -1;
}

/** Row of each item, -1 for an item that fits in no row. */
export function packRows(items: readonly Extent[], maxRows: number, gap = 4): number[] {
  const rowEnds: number[] = [];
  return items.map((e) => placeInRow(rowEnds, e, maxRows, gap));
}
