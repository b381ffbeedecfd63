/**
 * How a mark looks, as data: the one definition that the gesture canvas (draw-marks.ts), the
 * exported SVG (lib/export/svg-glyph.ts) and the legend's swatches (Glyph.svelte) each paint in
 * their own medium. The marks' buttons draw the same shapes with app.css (`.glyph`, `.band`,
 * `.link-disseminates`), whose numbers are these.
 */
export type Shape = 'dot' | 'diamond' | 'flag';

/** Which colour a layer takes: the lane's, the paper's, the text's, or the accent (highlight). */
export type Paint = 'kind' | 'surface' | 'fg' | 'accent';

/** One concentric layer of a glyph, painted outside in. */
export interface GlyphLayer {
  /** Half the size: a circle's radius, a square's half side, a flag's half height. */
  r: number;
  paint: Paint;
  /** An outline of this width instead of a fill. */
  outline?: number;
  /** Dashes of the outline (an inferred date). */
  dash?: readonly number[];
  opacity?: number;
  /** A circle whatever the shape (the highlight's halo), not turned with a diamond. */
  round?: boolean;
}

export interface GlyphState {
  /** The date was inferred, not stated: a hollow glyph with a dashed outline. */
  inferred?: boolean;
  /** The open card's event: a 3 px ring in the text colour. */
  selected?: boolean;
  /** The presenter's current event, or the event an export shows: a halo in the accent colour. */
  highlighted?: boolean;
}

/** A 14 px glyph centred on its date. */
export const GLYPH = 7;
/** A diamond is a square turned 45° and scaled so its corners stay within the glyph's box. */
export const DIAMOND_SCALE = 0.82;

/**
 * The glyph's layers, outside in: a halo when highlighted; a ring (1 px, 3 px in the text colour
 * when selected); a 2 px border of paper; then the fill, or, for an inferred date, a dashed
 * outline on paper. A flag (a leadership change) is one triangle, faint when inferred: its
 * shape clips any ring, on the page as here.
 */
export function glyphLayers(shape: Shape, state: GlyphState = {}): GlyphLayer[] {
  const { inferred = false, selected = false, highlighted = false } = state;
  const halo: GlyphLayer[] = highlighted
    ? [
        { r: GLYPH + 7, paint: 'accent', opacity: 0.25, round: true },
        { r: GLYPH + 7, paint: 'accent', outline: 2.5, round: true },
      ]
    : [];
  if (shape === 'flag') return [...halo, { r: GLYPH, paint: 'kind', opacity: inferred ? 0.75 : 1 }];
  const layers: GlyphLayer[] = [...halo];
  if (selected || !inferred)
    layers.push({ r: GLYPH + (selected ? 3 : 1), paint: selected ? 'fg' : 'kind' });
  layers.push({ r: GLYPH, paint: 'surface' });
  layers.push(
    inferred
      ? { r: GLYPH - 1, paint: 'kind', outline: 2, dash: [3, 2] }
      : { r: GLYPH - 2, paint: 'kind' },
  );
  return layers;
}

/** A period or window of uncertainty behind a dot or diamond: a faint band of the lane's colour. */
export const BAND = { height: 8, opacity: 0.3 } as const;

/**
 * The hatch of a tenure bar's uncertain part (inside a change window): stripes `stripe` px wide
 * every `tile` px, turned `angle` degrees, at `opacity`.
 */
export const HATCH = { tile: 6, stripe: 2, angle: 45, opacity: 0.8 } as const;

/** Connectors between marks: a plan carries out a directive (solid), a meeting disseminates one (dotted). */
export const LINK_STYLE = {
  implements: { width: 1.3, dash: null },
  disseminates: { width: 1.3, dash: [2, 4] },
} as const satisfies Record<string, { width: number; dash: readonly number[] | null }>;

/**
 * The hatch's stripes over `[x0, x1] × [y, y + h]` as line segments, for media without patterns
 * to lean on (an exported SVG that must reference nothing, not even its own `<pattern>`).
 */
export function hatchLines(
  x0: number,
  x1: number,
  y: number,
  h: number,
): [number, number, number, number][] {
  // Stripes `tile` px apart across their direction are tile / sin(45°) apart along a row.
  const step = HATCH.tile / Math.sin((HATCH.angle * Math.PI) / 180);
  const out: [number, number, number, number][] = [];
  if (x1 <= x0 || h <= 0) return out;
  // A stripe from (s, y + h) up to (s + h, y); `s` runs from where it first enters the box.
  for (let s = Math.floor((x0 - h) / step) * step; s < x1; s += step) {
    const t0 = Math.max(0, x0 - s);
    const t1 = Math.min(h, x1 - s);
    if (t1 <= t0) continue;
    out.push([s + t0, y + h - t0, s + t1, y + h - t1]);
  }
  return out;
}
