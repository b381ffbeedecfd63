import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FontError, readFontMetrics, textWidth } from './font-metrics';

const FONT = 'node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf';
const metrics = readFontMetrics(readFileSync(FONT));

/** The width resvg draws `text` at, in the same font: what the measure must agree with. */
function drawnWidth(text: string, size: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="Be Vietnam Pro" font-weight="700" font-size="${size}">${text}</text></svg>`;
  const resvg = new Resvg(svg, { font: { fontFiles: [FONT], loadSystemFonts: false } });
  return resvg.getBBox()!.width;
}

describe('readFontMetrics measures text as the renderer draws it', () => {
  it.each([
    'Hội nghị trực tuyến quán triệt Chỉ thị số 24-CT/TU',
    'Đinh Tiến Dũng thay Hoàng Trung Hải',
    'khoảng 11/4/2019 – 22/4/2021',
    'Ủy ban nhân dân · Thủ tướng Chính phủ',
  ])('%s', (text) => {
    const measured = textWidth(metrics, text, 48);
    // Within 3%: kerning is not measured, and a glyph's ink is a little narrower than its advance.
    expect(Math.abs(measured - drawnWidth(text, 48)) / measured).toBeLessThan(0.03);
  });

  it('scales with the size and gives Vietnamese letters their own widths', () => {
    expect(textWidth(metrics, 'Hà Nội', 60)).toBeCloseTo(textWidth(metrics, 'Hà Nội', 30) * 2);
    expect(metrics.advance('Đ'.codePointAt(0)!)).toBeGreaterThan(
      metrics.advance('i'.codePointAt(0)!),
    );
  });

  it('refuses bytes that are not a font', () => {
    expect(() => readFontMetrics(new Uint8Array([1, 2, 3]))).toThrow(FontError);
    expect(() => readFontMetrics(new TextEncoder().encode('<svg>not a font at all</svg>'))).toThrow(
      FontError,
    );
  });
});
