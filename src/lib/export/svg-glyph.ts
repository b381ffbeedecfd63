/**
 * mark-style.ts's glyphs, hatches and connectors as SVG markup, for the exported images: the
 * same layers the gesture canvas and the legend paint, in a file that references nothing (no
 * `<pattern>`, no `url()`): hatches are drawn as their stripes.
 */
import {
  DIAMOND_SCALE,
  HATCH,
  hatchLines,
  LINK_STYLE,
  glyphLayers,
  type GlyphState,
  type Paint,
  type Shape,
} from '../timeline/mark-style';

export type GlyphColours = Record<Paint, string>;

const num = (n: number) => String(Math.round(n * 10) / 10);

/** A glyph centred on (x, y), `scale` times its size on screen. */
export function glyphSvg(
  shape: Shape,
  x: number,
  y: number,
  colours: GlyphColours,
  state: GlyphState = {},
  scale = 1,
): string {
  const parts = glyphLayers(shape, state).map((layer) => {
    const r = layer.r;
    const colour = colours[layer.paint];
    const paint = layer.outline
      ? `fill="none" stroke="${colour}" stroke-width="${layer.outline}"${layer.dash ? ` stroke-dasharray="${layer.dash.join(' ')}"` : ''}`
      : `fill="${colour}"`;
    const opacity =
      layer.opacity !== undefined && layer.opacity !== 1 ? ` opacity="${layer.opacity}"` : '';
    if (shape === 'flag' && layer.paint === 'kind')
      return `<path d="M${-r},${-r}L${r},0L${-r},${r}Z" ${paint}${opacity}/>`;
    if (shape === 'diamond' && !layer.round)
      return `<rect x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}" transform="rotate(45) scale(${DIAMOND_SCALE})" ${paint}${opacity}/>`;
    return `<circle r="${r}" ${paint}${opacity}/>`;
  });
  return `<g transform="translate(${num(x)} ${num(y)}) scale(${scale})">${parts.join('')}</g>`;
}

/** The hatch of an uncertain stretch `[x0, x1]`, `h` tall from `y`, in `colour`. */
export function hatchSvg(x0: number, x1: number, y: number, h: number, colour: string): string {
  const d = hatchLines(x0, x1, y, h)
    .map(([a, b, c, e]) => `M${num(a)},${num(b)}L${num(c)},${num(e)}`)
    .join('');
  return d
    ? `<path d="${d}" stroke="${colour}" stroke-width="${HATCH.stripe}" opacity="${HATCH.opacity}" fill="none"/>`
    : '';
}

/** A connector's stroke attributes, solid or dotted by what it means. */
export function linkStroke(kind: keyof typeof LINK_STYLE, colour: string, scale = 1): string {
  const style = LINK_STYLE[kind];
  const dash = style.dash
    ? ` stroke-dasharray="${style.dash.map((d) => d * scale).join(' ')}"`
    : '';
  return `fill="none" stroke="${colour}" stroke-width="${num(style.width * scale)}"${dash}`;
}
