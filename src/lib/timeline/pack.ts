/**
 * Interval packing into a lane's rows. Each row keeps its extents sorted and apart by `gap`, so
 * an extent can be tested against a row from any side, in any order: labels are placed by
 * priority, not from left to right.
 */
export interface Extent {
  x0: number;
  x1: number;
}

export class RowSpace {
  readonly #rows: Extent[][];
  /** Extents put in a row where they overlap others (nowhere had room): kept clear of, unsorted. */
  readonly #crowded: Extent[][];

  constructor(
    readonly maxRows: number,
    readonly gap = 4,
  ) {
    this.#rows = Array.from({ length: maxRows }, () => []);
    this.#crowded = Array.from({ length: maxRows }, () => []);
  }

  /** Index of the first extent of `row` that starts at or after `x`. */
  #after(row: Extent[], x: number): number {
    let lo = 0;
    let hi = row.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (row[mid]!.x0 < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when `extent` overlaps nothing in `row`, `ignore` (an extent of that row) aside. */
  fits(row: number, extent: Extent, ignore?: Extent): boolean {
    const clear = (e: Extent) =>
      e === ignore || e.x1 + this.gap <= extent.x0 || extent.x1 + this.gap <= e.x0;
    if (!this.#crowded[row]!.every(clear)) return false;
    const list = this.#rows[row]!;
    let i = this.#after(list, extent.x0);
    if (list[i] === ignore) i++;
    if (i < list.length && list[i]!.x0 < extent.x1 + this.gap) return false;
    let before = this.#after(list, extent.x0) - 1;
    if (list[before] === ignore) before--;
    return before < 0 || list[before]!.x1 + this.gap <= extent.x0;
  }

  add(row: number, extent: Extent): void {
    const list = this.#rows[row]!;
    list.splice(this.#after(list, extent.x0), 0, extent);
  }

  /** Puts `extent` in `row` though it overlaps what is there: later extents keep clear of it. */
  crowd(row: number, extent: Extent): void {
    this.#crowded[row]!.push(extent);
  }

  remove(row: number, extent: Extent): void {
    for (const list of [this.#rows[row]!, this.#crowded[row]!]) {
      const i = list.indexOf(extent);
      if (i !== -1) list.splice(i, 1);
    }
  }

  /** Puts `extent` in the first row where it fits and returns that row, or -1. */
  place(extent: Extent): number {
    for (let row = 0; row < this.maxRows; row++)
      if (this.fits(row, extent)) {
        this.add(row, extent);
        return row;
      }
    return -1;
  }

  /**
   * Replaces `from` (in row `at`) with `to`, in row `at` if it fits there, else in the first row
   * where it does; returns the row, or -1 (and changes nothing) when it fits nowhere.
   */
  grow(at: number, from: Extent, to: Extent): number {
    const rows = [at, ...Array.from({ length: this.maxRows }, (_, r) => r).filter((r) => r !== at)];
    for (const row of rows) {
      if (!this.fits(row, to, row === at ? from : undefined)) continue;
      this.remove(at, from);
      this.add(row, to);
      return row;
    }
    return -1;
  }
}

/** Row of each item in order, -1 for an item that fits in no row. */
export function packRows(items: readonly Extent[], maxRows: number, gap = 4): number[] {
  const space = new RowSpace(maxRows, gap);
  return items.map((e) => space.place(e));
}
