/**
 * Which layout an embed gets at its size (issue 18). Below about 480 × 360 the chart's lanes,
 * bar and overview cannot all show: the embed switches by itself to a compact layout (a strip of
 * marks, the current event as a caption, step buttons). The Embed dialog says which layout a
 * size gets from the same rule.
 */
export const COMPACT_BELOW = { width: 480, height: 360 } as const;

export type EmbedLayout = 'compact' | 'full';

export function embedLayout(width: number, height: number): EmbedLayout {
  return width < COMPACT_BELOW.width || height < COMPACT_BELOW.height ? 'compact' : 'full';
}

/**
 * A responsive embed of `ratio` (width / height) fills its container's width: the width below
 * which it is compact (too narrow, or, at that ratio, too short).
 */
export function compactBelowWidth(ratio: number): number {
  const r = Number.isFinite(ratio) && ratio > 0 ? ratio : 16 / 9;
  return Math.ceil(Math.max(COMPACT_BELOW.width, COMPACT_BELOW.height * r));
}
