/**
 * Merges marks that would sit closer than `minGap` pixels into clusters, so a dense lane shows a
 * count instead of a smear. Pinned items (the selected or keyboard-focused event) never merge, so
 * focus can always land on them.
 */
export interface Cluster<T> {
  items: T[];
  /** Pixel position: the mean of the members. */
  x: number;
  x0: number;
  x1: number;
}

/**
 * `items` in pixel order, placed by `xOf`. Taking the position by a function, not as a list of
 * placed pairs, spares an object per item: at the widest view this runs over every event of a
 * lane on every zoom step.
 */
export function clusterByPixel<T>(
  items: readonly T[],
  xOf: (item: T) => number,
  minGap: number,
  isPinned: (item: T) => boolean = () => false,
  /** A cluster stops growing at this width, so a dense stretch becomes several counts, not one. */
  maxWidth = Infinity,
): Cluster<T>[] {
  const out: Cluster<T>[] = [];
  let current: Cluster<T> | null = null;
  let currentPinned = false;
  let sum = 0;
  for (const item of items) {
    const x = xOf(item);
    const pinned = isPinned(item);
    if (
      current &&
      !pinned &&
      !currentPinned &&
      x - current.x1 < minGap &&
      x - current.x0 <= maxWidth
    ) {
      current.items.push(item);
      current.x1 = x;
      sum += x;
      current.x = sum / current.items.length;
      continue;
    }
    current = { items: [item], x, x0: x, x1: x };
    currentPinned = pinned;
    sum = x;
    out.push(current);
  }
  return out;
}
