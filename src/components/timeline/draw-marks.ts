/**
 * The lanes' marks and clusters drawn on a canvas, for the frames of a wheel, drag or pinch (see
 * MarksCanvas.svelte): the shapes that Mark.svelte and ClusterMark.svelte draw with app.css, with
 * no element per mark to update, restyle and repaint on every step of the gesture. The buttons
 * take over again when the view settles, so this is what the eye sees only while it moves.
 */
import type { ClusterLayout, MarkLayout } from '../../lib/timeline/layout';
import type { PlacedEvent } from '../../lib/timeline/order';
import type { Tick } from '../../lib/timeline/ticks';
import { isUncertain } from '../../lib/timeline/time';
import {
  BAND,
  DIAMOND_SCALE,
  GLYPH,
  glyphLayers,
  type GlyphState,
  type Paint,
  type Shape,
} from '../../lib/timeline/mark-style';
import { kindColour } from './canvas-colours';
import type { CanvasOffices } from './draw-offices';
import { laneRowCentre, officeRowCentre } from './geometry';

export type { Shape };

export interface CanvasLane {
  marks: readonly MarkLayout[];
  clusters: readonly ClusterLayout[];
  shape: Shape;
  /** Top of the lane's body, in canvas pixels. */
  top: number;
  label: (p: PlacedEvent) => string;
}

/** The vertical centre of a row of `lane`, in canvas pixels: office rows are taller. */
const rowY = (lane: CanvasLane, row: number) =>
  lane.top + (lane.shape === 'flag' ? officeRowCentre : laneRowCentre)(row);

/** The theme's colours and the page's font, read from CSS on mount and on a change of theme. */
export interface Palette {
  /** The axis's year lines and other grid lines (see draw-grid.ts). */
  line: string;
  grid: string;
  dot: string;
  flag: string;
  diamond: string;
  surface: string;
  fg: string;
  /** The presenter's highlight. */
  accent: string;
  labelFont: string;
  clusterFont: string;
  /** Holders' names on the office rows, and their line height. */
  nameFont: string;
  nameLineHeight: number;
}

/** What MarksCanvas.svelte draws (declared here, so its lazy loader can be typed for free). */
export interface MarksCanvasProps {
  /** Whether a gesture is under way: drawn and shown only then. */
  active: boolean;
  /** The colour theme and forced colours: the palette is read again when either changes. */
  theme: string;
  forcedColors: boolean;
  /** The lanes shown, in order (false for a lane toggled off). */
  lanes: (CanvasLane | false)[];
  /** The leadership lane's office rows and the top of its body, when that lane is shown. */
  offices: Pick<CanvasOffices, 'rows' | 'top'> | null;
  /** The window drawn: the live one. */
  view: Pick<CanvasOffices, 'from' | 'to' | 'x'>;
  /** The axis's ticks for that window, whose lines the canvas draws through the lanes. */
  ticks: readonly Tick[];
  width: number;
  height: number;
  states: MarkStates;
}

export interface MarkStates {
  selectedId: string | null;
  /** The presenter's current event, haloed (see mark-style.ts). */
  highlightedId?: string | null;
  /** The events matching the query and filters; null when nothing is filtered. */
  matching: ReadonlySet<string> | null;
}

/** A mark outside the query and filters is drawn faint, as Mark.svelte's `.dimmed` is. */
const opacityOf = (states: MarkStates, id: string) =>
  states.matching && !states.matching.has(id) ? 0.25 : 1;

/** The palette from CSS; in forced colours (see canvas-colours.ts), the system's colours by name. */
export function readPalette(element: Element, forced: boolean): Palette {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const themed = (name: string, fallback: string, system: string) =>
    forced ? system : value(name, fallback);
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return {
    line: themed('--line', '#e4e1d9', 'CanvasText'),
    grid: themed('--grid', '#ece9e2', 'CanvasText'),
    dot: kindColour(style, 'event', forced),
    flag: kindColour(style, 'leadership', forced),
    diamond: kindColour(style, 'directive', forced),
    surface: themed('--surface', '#fff', 'Canvas'),
    fg: themed('--fg', '#1c1f23', 'CanvasText'),
    accent: themed('--accent', '#0b5cad', 'Highlight'),
    // As app.css sizes them: labels 0.8rem, cluster counts 0.75rem bold, names 0.72rem.
    labelFont: `${rem * 0.8}px ${style.fontFamily}`,
    clusterFont: `700 ${rem * 0.75}px ${style.fontFamily}`,
    nameFont: `${rem * 0.72}px ${style.fontFamily}`,
    nameLineHeight: rem * 0.72 * 1.5,
  };
}

// Geometry of app.css: a 14 px glyph (mark-style.ts) centred on the date, a 6 px gap, a label
// box with 2 px of padding; a 26 px cluster.
const LABEL_OFFSET = GLYPH + 6;
const LABEL_PAD = 2;
const LABEL_HEIGHT = 19;
const CLUSTER = 13;

/** A label as cut to fit its room, and its width: measuring text is the costliest call here. */
export interface FittedLabel {
  text: string;
  width: number;
}

/**
 * Draws every lane. Shapes first, then all text: setting the canvas font is costly, so it is set
 * once per pass, not once per cluster or label.
 */
export function drawLanes(
  g: CanvasRenderingContext2D,
  lanes: readonly CanvasLane[],
  palette: Palette,
  states: MarkStates,
  fitted: Map<string, FittedLabel>,
): void {
  for (const lane of lanes) {
    g.globalAlpha = 1;
    for (const c of lane.clusters) drawCluster(g, c.x, rowY(lane, c.row), lane.shape, palette);
    const colour = palette[lane.shape];
    for (const m of lane.marks) {
      const id = m.item.event.id;
      g.globalAlpha = opacityOf(states, id);
      const y = rowY(lane, m.row);
      if (isUncertain(m.item.span)) {
        const alpha = g.globalAlpha;
        g.globalAlpha = alpha * BAND.opacity;
        g.fillStyle = colour;
        g.fillRect(m.x0, y - BAND.height / 2, Math.max(0, m.x1 - m.x0), BAND.height);
        g.globalAlpha = alpha;
      }
      drawGlyph(g, m.x0, y, lane.shape, colour, palette, {
        inferred: m.item.event.dateInferred,
        selected: id === states.selectedId,
        highlighted: id === states.highlightedId,
      });
    }
  }
  g.globalAlpha = 1;
  g.textBaseline = 'middle';
  g.textAlign = 'center';
  g.font = palette.clusterFont;
  g.fillStyle = palette.fg;
  for (const lane of lanes)
    for (const c of lane.clusters) g.fillText(String(c.items.length), c.x, rowY(lane, c.row));
  g.textAlign = 'left';
  g.font = palette.labelFont;
  for (const lane of lanes)
    for (const m of lane.marks) {
      if (m.labelWidth <= 0) continue;
      const label = fittedLabel(g, lane.label(m.item), m.labelWidth - 2 * LABEL_PAD, fitted);
      drawLabel(g, m, rowY(lane, m.row), label, palette, opacityOf(states, m.item.event.id));
    }
  g.globalAlpha = 1;
}

function drawGlyph(
  g: CanvasRenderingContext2D,
  x: number,
  y: number,
  shape: Shape,
  colour: string,
  palette: Palette,
  state: GlyphState,
) {
  // The layers of mark-style.ts, the same ones the exports and the legend paint.
  const paints: Record<Paint, string> = {
    kind: colour,
    surface: palette.surface,
    fg: palette.fg,
    accent: palette.accent,
  };
  const alpha = g.globalAlpha;
  for (const layer of glyphLayers(shape, state)) {
    g.save();
    g.translate(x, y);
    const turned = shape === 'diamond' && !layer.round;
    if (turned) {
      g.rotate(Math.PI / 4);
      g.scale(DIAMOND_SCALE, DIAMOND_SCALE);
    }
    g.beginPath();
    const r = layer.r;
    if (shape === 'flag' && layer.paint === 'kind') {
      g.moveTo(-r, -r);
      g.lineTo(r, 0);
      g.lineTo(-r, r);
      g.closePath();
    } else if (turned) g.rect(-r, -r, 2 * r, 2 * r);
    else g.arc(0, 0, r, 0, Math.PI * 2);
    g.globalAlpha = alpha * (layer.opacity ?? 1);
    if (layer.outline) {
      g.strokeStyle = paints[layer.paint];
      g.lineWidth = layer.outline;
      g.setLineDash(layer.dash ? [...layer.dash] : []);
      g.stroke();
      g.setLineDash([]);
    } else {
      g.fillStyle = paints[layer.paint];
      g.fill();
    }
    g.restore();
  }
  g.globalAlpha = alpha;
}

function drawLabel(
  g: CanvasRenderingContext2D,
  m: MarkLayout,
  y: number,
  label: FittedLabel,
  palette: Palette,
  alpha: number,
) {
  const width = label.width + 2 * LABEL_PAD;
  const left = m.labelSide === 'left' ? m.x0 - LABEL_OFFSET - width : m.x0 + LABEL_OFFSET;
  g.globalAlpha = alpha * 0.85;
  g.fillStyle = palette.surface;
  g.beginPath();
  g.roundRect(left, y - LABEL_HEIGHT / 2, width, LABEL_HEIGHT, 3);
  g.fill();
  g.globalAlpha = alpha;
  g.fillStyle = palette.fg;
  g.fillText(label.text, left + LABEL_PAD, y);
}

/**
 * `text` cut with an ellipsis to fit `room` pixels, as `text-overflow: ellipsis` does; kept
 * by text and whole pixels of room, since a label's room changes with every step.
 */
export function fittedLabel(
  g: CanvasRenderingContext2D,
  text: string,
  room: number,
  fitted: Map<string, FittedLabel>,
): FittedLabel {
  const whole = Math.floor(room);
  const key = `${whole}\u0000${text}`;
  let label = fitted.get(key);
  if (label) return label;
  const full = g.measureText(text).width;
  if (full <= whole) label = { text, width: full };
  else {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (g.measureText(`${text.slice(0, mid)}…`).width <= whole) lo = mid;
      else hi = mid - 1;
    }
    const cut = `${text.slice(0, lo)}…`;
    label = { text: cut, width: g.measureText(cut).width };
  }
  // Bounded: a long session meets many widths, most never again.
  if (fitted.size > 4000) fitted.clear();
  fitted.set(key, label);
  return label;
}

function drawCluster(
  g: CanvasRenderingContext2D,
  x: number,
  y: number,
  shape: Shape,
  palette: Palette,
) {
  // The directives lane's clusters are rounded squares in its colour; the others are circles.
  const square = shape === 'diamond';
  g.beginPath();
  if (square) g.roundRect(x - CLUSTER + 1, y - CLUSTER + 1, 2 * CLUSTER - 2, 2 * CLUSTER - 2, 4);
  else g.arc(x, y, CLUSTER - 1, 0, Math.PI * 2);
  g.fillStyle = palette.surface;
  g.fill();
  g.lineWidth = 2;
  g.strokeStyle = square ? palette.diamond : palette.dot;
  g.stroke();
}
