/**
 * The browser half of "Download SVG / PNG (2×)" and of the 16:9 slides: reads the theme's colours from the page's CSS,
 * has timeline-svg.ts draw the view, and saves it; PNG goes through an <img> of the SVG drawn on a
 * canvas at twice the pixel density. Loaded with `import()` from the download menu, so none of
 * this is in the first download.
 *
 * CSP: the <img> loads the SVG from a `blob:` URL, so `img-src` must allow `blob:`.
 */
import { downloadBlob } from './download';
import { buildSlideSvg } from './slide-svg';
import { slideContent, type SlideView } from './slide-view';
import { buildTimelineSvg, type SvgPalette, type TimelineSvgContent } from './timeline-svg';

const VARS: Record<keyof SvgPalette, [string, string]> = {
  bg: ['--bg', '#ffffff'],
  surface: ['--surface', '#ffffff'],
  fg: ['--fg', '#1c1f23'],
  muted: ['--muted', '#575d66'],
  grid: ['--grid', '#ece9e2'],
  event: ['--c-event', '#0072b2'],
  leadership: ['--c-leadership', '#c2500a'],
  directive: ['--c-directive', '#00795a'],
  accent: ['--accent', '#0b5cad'],
};

/** The theme's colours as the page computes them (light or dark), with fallbacks. */
export function readPalette(root: Element = document.documentElement): SvgPalette {
  const style = getComputedStyle(root);
  const read = ([name, fallback]: [string, string]) =>
    style.getPropertyValue(name).trim() || fallback;
  return Object.fromEntries(
    Object.entries(VARS).map(([key, v]) => [key, read(v)]),
  ) as unknown as SvgPalette;
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Rasterises the SVG at `scale` device pixels per CSS pixel. */
export async function pngBlob(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const img = new Image(width, height);
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws the view and saves it as `<stem>.svg` or `<stem>.png`; returns the file name. */
export async function downloadTimelineImage(
  format: 'svg' | 'png',
  content: TimelineSvgContent,
  stem = 'dong-thoi-gian',
): Promise<string> {
  const { svg, width, height } = buildTimelineSvg(content, readPalette());
  const filename = `${stem}.${format}`;
  const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg, width, height, 2);
  downloadBlob(blob, filename);
  return filename;
}

/**
 * Draws the view (or the presenter's step) as a 1920 × 1080 slide and saves it as
 * `<stem>-16x9.svg` or `.png`, the PNG at exactly 1920 × 1080; returns the file name.
 */
export async function downloadSlideImage(
  format: 'svg' | 'png',
  view: SlideView,
  stem = 'dong-thoi-gian',
): Promise<string> {
  const { svg, width, height } = buildSlideSvg(slideContent(view), readPalette());
  const filename = `${stem}-16x9.${format}`;
  const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg, width, height, 1);
  downloadBlob(blob, filename);
  return filename;
}
