/**
 * Which tokens stand directly before and after which, anywhere in the dataset's fields. A short
 * word's slip counts only beside the query's neighbouring words (phrase.ts), so a slip token that
 * never follows a token the previous query word matches can be dropped before any record is
 * looked at: `chi thi` may slip to `thu` only if some field reads `chỉ thu`, `chính thu`, …
 * Kept as two compact lists per token (CSR), about 8 bytes per distinct pair of neighbours.
 */
import type { SearchRecord } from './records';

export class Neighbours {
  private readonly afterStart: Int32Array;
  private readonly afterIds: Int32Array;
  private readonly beforeStart: Int32Array;
  private readonly beforeIds: Int32Array;

  constructor(records: readonly SearchRecord[], size: number) {
    const pairs = new Set<number>();
    for (const r of records)
      for (const f of r.fields)
        for (let i = 1; i < f.ids.length; i++) pairs.add(f.ids[i - 1]! * size + f.ids[i]!);
    const afterCount = new Int32Array(size + 1);
    const beforeCount = new Int32Array(size + 1);
    for (const key of pairs) {
      afterCount[Math.floor(key / size) + 1]!++;
      beforeCount[(key % size) + 1]!++;
    }
    for (let i = 1; i <= size; i++) {
      afterCount[i]! += afterCount[i - 1]!;
      beforeCount[i]! += beforeCount[i - 1]!;
    }
    this.afterStart = afterCount.slice();
    this.beforeStart = beforeCount.slice();
    this.afterIds = new Int32Array(pairs.size);
    this.beforeIds = new Int32Array(pairs.size);
    for (const key of pairs) {
      const a = Math.floor(key / size);
      const b = key % size;
      this.afterIds[afterCount[a]!++] = b;
      this.beforeIds[beforeCount[b]!++] = a;
    }
  }

  /** Tokens that directly follow `id` somewhere. */
  after(id: number): Int32Array {
    return this.afterIds.subarray(this.afterStart[id]!, this.afterStart[id + 1]!);
  }

  /** Tokens that directly precede `id` somewhere. */
  before(id: number): Int32Array {
    return this.beforeIds.subarray(this.beforeStart[id]!, this.beforeStart[id + 1]!);
  }
}
