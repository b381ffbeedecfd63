/**
 * Merges marks that would sit closer than `minGap` pixels into clusters, so a dense lane shows a
 * count instead of a smear. Pinned items (the selected or keyboard-focused event) never merge, so
 * focus can always land on them.
 */
export interface Placed<T> {
  item: T;
  x: number;
}

export interface Cluster<T> {
  items: T[];
  /** Pixel position: the mean of the members. */
  x: number;
  x0: number;
  x1: number;
}

export function clusterByPixel<T>(
  placed: readonly Placed<T>[],
  minGap: number,
  isPinned: (item: T) => boolean = () => false,
  /** A cluster stops growing at this width, so a dense stretch becomes several counts, not one. */
  maxWidth = Infinity,
): Cluster<T>[] {
  const out: Cluster<T>[] = [];
  let current: Cluster<T> | null = null;
  let sum = 0;
  for (const p of placed) {
    const pinned = isPinned(p.item);
    if (
      current &&
      !pinned &&
      !isPinned(current.items[0]!) &&
      p.x - current.x1 < minGap &&
      p.x - current.x0 <= maxWidth
    ) {
      current.items.push(p.item);
      current.x1 = p.x;
      sum += p.x;
      current.x = sum / current.items.length;
      continue;
    }
    current = { items: [p.item], x: p.x, x0: p.x, x1: p.x };
    sum = p.x;
    out.push(current);
  }
  return out;
}
