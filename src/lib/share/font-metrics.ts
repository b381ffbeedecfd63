/**
 * How wide a line of text is in a TrueType/OpenType font: the advance widths of its characters,
 * read from the font's own tables (`cmap`, `hmtx`). The preview images are drawn as SVG, which has
 * no line breaking: the build wraps titles itself, measured in the font the renderer will use.
 * Pure (bytes in, numbers out); kerning is ignored, so callers leave a little room.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** The advance of a code point in font units (the missing glyph's for one the font lacks). */
  advance(codePoint: number): number;
}

export class FontError extends Error {}

/** Reads the tables a width needs; throws FontError for a file that is not a usable font. */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  try {
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      tables.set(tag, view.getUint32(at + 8));
    }
  } catch {
    throw new FontError('not a TrueType or OpenType font');
  }
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((t) => tables.get(t));
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined)
    throw new FontError('the font lacks a head, hhea, hmtx or cmap table');
  const unitsPerEm = view.getUint16(head + 18);
  const metricsCount = view.getUint16(hhea + 34);
  const glyphOf = readCmap(view, cmap);
  const widths = new Map<number, number>();
  return {
    unitsPerEm,
    advance(codePoint) {
      let width = widths.get(codePoint);
      if (width === undefined) {
        // Glyphs past the last full metric share its advance (monospaced tails).
        const glyph = Math.min(glyphOf(codePoint), metricsCount - 1);
        width = view.getUint16(hmtx + glyph * 4);
        widths.set(codePoint, width);
      }
      return width;
    },
  };
}

/** Width of `text` at `size` px. */
export function textWidth(metrics: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const char of text) units += metrics.advance(char.codePointAt(0)!);
  return (units * size) / metrics.unitsPerEm;
}

/** The character → glyph map: format 12 (all of Unicode) if the font has it, else format 4. */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  const subtables = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    // Unicode (platform 0) or Windows Unicode (3/1 BMP, 3/10 full).
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const offset = cmap + view.getUint32(at + 4);
      subtables.set(view.getUint16(offset), offset);
    }
  }
  const full = subtables.get(12);
  if (full !== undefined) return format12(view, full);
  const bmp = subtables.get(4);
  if (bmp !== undefined) return format4(view, bmp);
  throw new FontError('the font has no Unicode character map (cmap format 4 or 12)');
}

function format12(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (c) => {
    let [lo, hi] = [0, groups - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + mid * 12;
      if (c < view.getUint32(g)) hi = mid - 1;
      else if (c > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + (c - view.getUint32(g));
    }
    return 0;
  };
}

function format4(view: DataView, at: number): (codePoint: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (c) => {
    if (c > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + i * 2) < c) continue;
      const start = view.getUint16(starts + i * 2);
      if (start > c) return 0;
      const delta = view.getUint16(deltas + i * 2);
      const rangeAt = rangeOffsets + i * 2;
      const range = view.getUint16(rangeAt);
      if (range === 0) return (c + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + range + (c - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
