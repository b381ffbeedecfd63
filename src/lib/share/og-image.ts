/**
 * The picture of an event's link preview (`og:image`, 1200×630): the event's kind and date, its
 * label and title, a strip of the whole timeline with the event marked, and the site's credit, as
 * SVG. The build renders it to PNG without a browser (scripts/og-images.ts); this module is pure
 * string work, with text measured by the font the renderer is given (`font-metrics.ts`), since SVG
 * does not wrap lines.
 */
import type { DateRange, EventKind, TimelineEvent } from '../dataset/types';
import { LANE_NAMES } from '../i18n/lane-names';
import { eventDateText } from '../vi/date-text';
import { escapeHtml } from './escape';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The family name the renderer must be given a font for (regular and bold). */
export const OG_FONT_FAMILY = 'Be Vietnam Pro';

/** Width in px of `text` at `size` px, in the regular (400) or bold (700) face. */
export type MeasureText = (text: string, size: number, weight: 400 | 700) => number;

// The light theme's palette (src/app.css): a preview is seen on chat apps' own backgrounds.
const COLOURS = {
  bg: '#fbfaf7',
  fg: '#1c1f23',
  muted: '#575d66',
  line: '#e4e1d9',
  band: '#f1eee7',
  kinds: { event: '#0072b2', leadership: '#c2500a', directive: '#00795a' } as Record<
    EventKind,
    string
  >,
};
const LANES: readonly EventKind[] = ['event', 'leadership', 'directive'];
const MARGIN = 72;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
// Kerning is not measured: lines are broken a little early rather than run off the picture.
const SLACK = 0.97;
const STRIP = { top: 436, laneHeight: 14, gap: 6, bins: 200 };

/** Text safe inside an SVG element: escaped, and without the control characters XML forbids. */
const svgText = (text: string) =>
  escapeHtml(
    text
      .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );

const dayMs = (iso: string) => {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/**
 * Breaks `text` into at most `maxLines` lines that `fits`. A word wider than a line is cut between
 * characters; text left over ends the last line with `…` (the picture's copy of the title, never
 * the data's).
 */
export function wrapText(
  text: string,
  maxLines: number,
  fits: (line: string) => boolean,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    const next = line ? `${line} ${words[k]}` : words[k]!;
    if (fits(next)) {
      line = next;
      k++;
    } else if (line) {
      lines.push(line);
      line = '';
    } else {
      // One word wider than a line: as many of its characters as fit.
      const chars = Array.from(words[k]!);
      let cut = 1;
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
      lines.push(chars.slice(0, cut).join(''));
      words[k] = chars.slice(cut).join('');
    }
  }
  if (line) lines.push(line);
  if (k < words.length && lines.length) {
    let last = lines[lines.length - 1]!;
    while (last.length > 1 && !fits(`${last}…`))
      last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
    lines[lines.length - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
  }
  return lines;
}

/**
 * The timeline strip shared by every picture of one dataset: each lane's events counted into
 * `STRIP.bins` columns across the dataset's range, drawn darker where more fall.
 */
export interface TimelineStrip {
  /** The strip's SVG, without any event marked. */
  svg: string;
  /** The x of a date (ISO) on the strip. */
  x: (iso: string) => number;
}

export function timelineStrip(
  events: readonly Pick<TimelineEvent, 'kind' | 'date'>[],
  range: DateRange,
): TimelineStrip {
  const [start, end] = [dayMs(range.start), dayMs(range.end) + 86_400_000];
  const span = Math.max(1, end - start);
  const x = (iso: string) =>
    MARGIN + Math.min(1, Math.max(0, (dayMs(iso) - start) / span)) * TEXT_WIDTH;
  const binWidth = TEXT_WIDTH / STRIP.bins;
  const counts = LANES.map(() => new Array<number>(STRIP.bins).fill(0));
  for (const e of events) {
    const bin = Math.min(STRIP.bins - 1, Math.floor((x(e.date) - MARGIN) / binWidth));
    counts[LANES.indexOf(e.kind)]![bin]!++;
  }
  const most = Math.max(1, ...counts.flat());
  const laneY = (lane: number) => STRIP.top + 14 + lane * (STRIP.laneHeight + STRIP.gap);
  const parts: string[] = [
    `<rect x="${MARGIN - 16}" y="${STRIP.top}" width="${TEXT_WIDTH + 32}" height="${3 * (STRIP.laneHeight + STRIP.gap) + 22}" rx="10" fill="${COLOURS.band}"/>`,
  ];
  LANES.forEach((kind, lane) => {
    counts[lane]!.forEach((n, bin) => {
      if (!n) return;
      // At least a third of full strength, so a lone event still shows.
      const opacity = (0.35 + 0.65 * Math.sqrt(n / most)).toFixed(2);
      parts.push(
        `<rect x="${(MARGIN + bin * binWidth).toFixed(1)}" y="${laneY(lane)}" width="${Math.max(2, binWidth - 1).toFixed(1)}" height="${STRIP.laneHeight}" fill="${COLOURS.kinds[kind]}" fill-opacity="${opacity}"/>`,
      );
    });
  });
  // Year ticks: the first of January of each year inside the range.
  const [firstYear, lastYear] = [Number(range.start.slice(0, 4)), Number(range.end.slice(0, 4))];
  const axisY = STRIP.top + 3 * (STRIP.laneHeight + STRIP.gap) + 22;
  for (let year = firstYear; year <= lastYear; year++) {
    const tickX = x(`${year}-01-01`);
    if (`${year}-01-01` > range.start)
      parts.push(
        `<line x1="${tickX.toFixed(1)}" x2="${tickX.toFixed(1)}" y1="${STRIP.top + 6}" y2="${axisY}" stroke="${COLOURS.line}" stroke-width="2"/>`,
      );
    parts.push(
      `<text x="${(tickX + 6).toFixed(1)}" y="${axisY + 26}" font-size="20" fill="${COLOURS.muted}">${year}</text>`,
    );
  }
  return { svg: parts.join(''), x };
}

export interface OgImageInput {
  event: Pick<
    TimelineEvent,
    'kind' | 'date' | 'endDate' | 'precision' | 'dateInferred' | 'label' | 'title'
  >;
  strip: TimelineStrip;
  /** The site's name, bottom left. */
  siteName: string;
  /** Where it is, bottom right (a host name); left out when unknown. */
  credit?: string;
  measure: MeasureText;
}

/** The label, then the title if it says more; both wrapped, the label larger. */
function headline(input: OgImageInput): string[] {
  const { event, measure } = input;
  const fitsAt = (size: number, weight: 400 | 700) => (line: string) =>
    measure(line, size, weight) <= TEXT_WIDTH * SLACK;
  const label = event.label || event.title;
  const labelSize = measure(label, 60, 700) <= TEXT_WIDTH * SLACK ? 60 : 50;
  const labelLines = wrapText(label, 2, fitsAt(labelSize, 700));
  const parts: string[] = [];
  let y = 196 + labelSize * 0.2;
  for (const line of labelLines) {
    parts.push(
      `<text x="${MARGIN}" y="${y.toFixed(0)}" font-size="${labelSize}" font-weight="700" fill="${COLOURS.fg}">${svgText(line)}</text>`,
    );
    y += labelSize * 1.18;
  }
  if (event.title.trim() !== label.trim()) {
    const room = Math.max(1, Math.floor((STRIP.top - 24 - y + 30) / 40));
    y += 6;
    for (const line of wrapText(event.title, Math.min(3, room), fitsAt(30, 400))) {
      parts.push(
        `<text x="${MARGIN}" y="${y.toFixed(0)}" font-size="30" fill="${COLOURS.muted}">${svgText(line)}</text>`,
      );
      y += 40;
    }
  }
  return parts;
}

export function ogImageSvg(input: OgImageInput): string {
  const { event, strip, measure } = input;
  const colour = COLOURS.kinds[event.kind];
  const kind = LANE_NAMES.vi[event.kind].toLocaleUpperCase('vi');
  const kindWidth = measure(kind, 22, 700) + 36;
  const date = eventDateText(event, 'vi', 'citation');
  const markX = strip.x(event.date).toFixed(1);
  const lane = LANES.indexOf(event.kind);
  const markY = STRIP.top + 14 + lane * (STRIP.laneHeight + STRIP.gap) + STRIP.laneHeight / 2;
  const stripBottom = STRIP.top + 3 * (STRIP.laneHeight + STRIP.gap) + 22;
  const window = event.endDate
    ? `<rect x="${markX}" y="${markY - 5}" width="${Math.max(0, strip.x(event.endDate) - Number(markX)).toFixed(1)}" height="10" rx="5" fill="${COLOURS.fg}" fill-opacity="0.55"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.bg}"/>`,
    `<rect width="14" height="${OG_HEIGHT}" fill="${colour}"/>`,
    `<rect x="${MARGIN}" y="62" width="${kindWidth.toFixed(0)}" height="40" rx="20" fill="${colour}"/>`,
    `<text x="${MARGIN + 18}" y="90" font-size="22" font-weight="700" letter-spacing="1" fill="#ffffff">${svgText(kind)}</text>`,
    `<text x="${(MARGIN + kindWidth + 18).toFixed(0)}" y="92" font-size="30" font-weight="700" fill="${COLOURS.fg}">${svgText(date)}</text>`,
    ...headline(input),
    strip.svg,
    `<line x1="${markX}" x2="${markX}" y1="${STRIP.top - 8}" y2="${stripBottom + 4}" stroke="${COLOURS.fg}" stroke-width="3"/>`,
    window,
    `<circle cx="${markX}" cy="${markY}" r="11" fill="${colour}" stroke="${COLOURS.bg}" stroke-width="4"/>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - 34}" font-size="22" font-weight="700" fill="${COLOURS.fg}">${svgText(input.siteName)}</text>`,
    input.credit
      ? `<text x="${OG_WIDTH - MARGIN}" y="${OG_HEIGHT - 34}" font-size="22" text-anchor="end" fill="${COLOURS.muted}">${svgText(input.credit)}</text>`
      : '',
    '</svg>',
  ].join('');
}

export interface OgSiteImageInput {
  strip: TimelineStrip;
  siteName: string;
  /** A line under the name: how many events, over which years. */
  subtitle: string;
  credit?: string;
  measure: MeasureText;
}

/** The site's picture, for event pages without one of their own: its name over the whole strip. */
export function ogSiteImageSvg(input: OgSiteImageInput): string {
  const { measure } = input;
  const fits = (size: number, weight: 400 | 700) => (line: string) =>
    measure(line, size, weight) <= TEXT_WIDTH * SLACK;
  const name = wrapText(input.siteName, 2, fits(60, 700));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLOURS.bg}"/>`,
    ...LANES.map(
      (kind, i) =>
        `<rect y="${(i * OG_HEIGHT) / 3}" width="14" height="${OG_HEIGHT / 3}" fill="${COLOURS.kinds[kind]}"/>`,
    ),
    ...name.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${170 + i * 72}" font-size="60" font-weight="700" fill="${COLOURS.fg}">${svgText(line)}</text>`,
    ),
    `<text x="${MARGIN}" y="${170 + name.length * 72 + 12}" font-size="30" fill="${COLOURS.muted}">${svgText(input.subtitle)}</text>`,
    input.strip.svg,
    input.credit
      ? `<text x="${OG_WIDTH - MARGIN}" y="${OG_HEIGHT - 34}" font-size="22" text-anchor="end" fill="${COLOURS.muted}">${svgText(input.credit)}</text>`
      : '',
    '</svg>',
  ].join('');
}
