/**
 * Which axis ticks carry a label, and where: a label starts just right of its tick, or ends just
 * left of it when it would run past the plot's right edge; left to right, a label that would
 * touch the one before it is left out (its tick line stays). Widths are estimated from the text
 * and the measured width of one digit of the axis font, so text zoom is taken into account.
 */
import type { Tick, TickLevel } from './ticks';

export interface AxisLabel {
  tick: Tick;
  text: string;
  /** The label's box, estimated, in plot pixels. */
  x0: number;
  x1: number;
  /** `end`: the label ends at its tick (near the right edge) instead of starting there. */
  anchor: 'start' | 'end';
}

/** Pixels between a tick's line and its label, as `.tick-label` sets them. */
export const LABEL_OFFSET = 5;
/** The least room kept between two labels. */
const LABEL_GAP = 8;
/**
 * The axis labels' characters are digits (tabular), a few letters and spaces; estimated at the
 * digit's width plus a tenth, a label is never narrower than its estimate ('M' is the widest).
 */
const LETTER_ALLOWANCE = 1.1;

export function labelWidth(text: string, digitPx: number): number {
  return Math.ceil(text.length * digitPx * LETTER_ALLOWANCE);
}

export function placeAxisLabels(
  ticks: readonly Tick[],
  x: (ms: number) => number,
  width: number,
  text: (tick: Tick) => string,
  digitPx: number,
): AxisLabel[] {
  const out: AxisLabel[] = [];
  let end = -Infinity;
  for (const tick of ticks) {
    const at = x(tick.at);
    const label = text(tick);
    const w = labelWidth(label, digitPx);
    const anchor = at + LABEL_OFFSET + w > width - 2 ? 'end' : 'start';
    const x0 = anchor === 'start' ? at + LABEL_OFFSET : at - LABEL_OFFSET - w;
    if (x0 < 0 || x0 < end + LABEL_GAP) continue;
    out.push({ tick, text: label, x0, x1: x0 + w, anchor });
    end = x0 + w;
  }
  return out;
}

/**
 * The narrowest period (px) a level's ticks may get so that each can carry its label: the
 * label's estimated width with its offset and gap, and never under `floor`. `sample` is the
 * longest label the level makes (e.g. "Th10 2021").
 */
export function minPeriodPx(sample: string, digitPx: number, floor = 64): number {
  return Math.max(floor, labelWidth(sample, digitPx) + LABEL_OFFSET + LABEL_GAP);
}

export type LevelSamples = Record<TickLevel, string>;
