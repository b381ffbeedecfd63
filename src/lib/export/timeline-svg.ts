/**
 * "Download SVG/PNG" for slides that cannot embed (issue 5): the current view drawn as one
 * self-contained SVG — title, date range, legend, axis, the three lanes and the source credit.
 *
 * The chart on screen is HTML (buttons for marks, so each is focusable), not an SVG to clone, so
 * the image is drawn from the same inputs with the same layout functions: the visible domain, the
 * width, the filtered events and `layoutLane`. Pure string work, no DOM: every colour arrives in
 * `palette` (read from the page's CSS by image.ts), fonts are the system's (nothing fetched), and
 * every string from the dataset is escaped.
 */
import type { EventKind } from '../dataset/types';
import { SANS_STACK } from './font-stack';
import { formatTick } from '../vi/date-text';
import { escapeHtml } from '../share/escape';
import type { Domain } from '../timeline/domain';
import { layoutLane, type LaneLayout } from '../timeline/layout';
import { visibleEvents, type PlacedEvent } from '../timeline/order';
import { timeScale } from '../timeline/scale';
import { ticksFor } from '../timeline/ticks';
import { isUncertain } from '../timeline/time';

export interface SvgPalette {
  bg: string;
  /** The chart's paper (slides draw the plot on it). */
  surface: string;
  fg: string;
  muted: string;
  grid: string;
  event: string;
  leadership: string;
  directive: string;
  /** The highlight of the selected or presented event. */
  accent: string;
}

export interface TimelineSvgContent {
  /** Time-ordered, already filtered events (the app's `sorted`, narrowed by the filters). */
  events: readonly PlacedEvent[];
  domain: Domain;
  /** Plot width in px (the viewport's); the image adds margins. */
  width: number;
  title: string;
  /** The visible range as words: `Đang xem 1/1/2020 – 31/12/2020`. */
  range: string;
  legend: Record<EventKind, string>;
  /** `Nguồn: …` line at the bottom. */
  credit: string;
  months: readonly string[];
  /** Label of a mark; the event title by default. */
  label?: (p: PlacedEvent) => string;
}

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 24;
const HEADER = 78;
const AXIS = 26;
const LANE_TITLE = 22;
const ROW = 28;
const GAP = 12;
const FOOTER = 40;
const LANES: { kind: EventKind; rows: number }[] = [
  { kind: 'event', rows: 4 },
  { kind: 'leadership', rows: 3 },
  { kind: 'directive', rows: 3 },
];

const esc = escapeHtml;
const num = (n: number) => String(Math.round(n * 10) / 10);

/** Cuts a label to about `px` pixels at ~7 px a character. */
function fit(text: string, px: number): string {
  const max = Math.floor(px / 7);
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

function glyph(kind: EventKind, x: number, y: number, colour: string): string {
  if (kind === 'directive')
    return `<rect x="${num(x - 5)}" y="${num(y - 5)}" width="10" height="10" transform="rotate(45 ${num(x)} ${num(y)})" fill="${colour}"/>`;
  if (kind === 'leadership')
    return `<path d="M${num(x)},${num(y + 7)} V${num(y - 7)} L${num(x + 9)},${num(y - 3.5)} L${num(x)},${num(y)}" fill="${colour}" stroke="${colour}" stroke-width="1.5"/>`;
  return `<circle cx="${num(x)}" cy="${num(y)}" r="5.5" fill="${colour}"/>`;
}

function lane(
  kind: EventKind,
  layout: LaneLayout,
  top: number,
  c: { colour: string; fg: string; bg: string },
  label: (p: PlacedEvent) => string,
  title: string,
): string {
  const parts = [`<g data-lane="${kind}" transform="translate(0 ${top})">`];
  parts.push(`<text x="0" y="15" font-weight="600" fill="${c.fg}">${esc(title)}</text>`);
  for (const m of layout.marks) {
    const y = LANE_TITLE + m.row * ROW + ROW / 2;
    if (isUncertain(m.item.span) && m.x1 - m.x0 > 2)
      parts.push(
        `<rect x="${num(m.x0)}" y="${num(y - 3)}" width="${num(m.x1 - m.x0)}" height="6" rx="3" fill="${c.colour}" fill-opacity="0.25"/>`,
      );
    parts.push(glyph(kind, m.x0, y, c.colour));
    if (m.labelWidth > 0) {
      const left = m.labelSide === 'left';
      const x = left ? m.x0 - 10 : Math.max(m.x0, m.x1) + 10;
      parts.push(
        `<text x="${num(x)}" y="${num(y + 4)}"${left ? ' text-anchor="end"' : ''} fill="${c.fg}">${esc(fit(label(m.item), m.labelWidth))}</text>`,
      );
    }
  }
  for (const cl of layout.clusters) {
    const y = LANE_TITLE + cl.row * ROW + ROW / 2;
    parts.push(
      `<circle cx="${num(cl.x)}" cy="${num(y)}" r="11" fill="${c.bg}" stroke="${c.colour}" stroke-width="2"/>`,
      `<text x="${num(cl.x)}" y="${num(y + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${c.fg}">${cl.items.length}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

export function buildTimelineSvg(content: TimelineSvgContent, palette: SvgPalette): TimelineSvg {
  const { domain, width: plot } = content;
  const x = timeScale(domain, plot);
  const label = content.label ?? ((p: PlacedEvent) => p.event.title);
  const maxSpan = content.events.reduce((m, p) => Math.max(m, p.span.end - p.span.start), 0);
  const visible = visibleEvents(content.events, domain[0], domain[1], maxSpan);
  const layouts = LANES.map(({ kind, rows }) => ({
    kind,
    layout: layoutLane(
      visible.filter((p) => p.event.kind === kind),
      x,
      { maxRows: rows, minGap: 18, label, width: plot },
    ),
  }));
  const laneHeights = layouts.map(({ layout }) => LANE_TITLE + layout.rows * ROW + 6);
  const plotHeight = AXIS + laneHeights.reduce((a, b) => a + b + GAP, 0);
  const width = plot + MARGIN * 2;
  const height = HEADER + plotHeight + FOOTER;

  const ticks = ticksFor(domain, plot).map((t) => {
    const tx = num(x(t.at));
    return (
      `<line x1="${tx}" x2="${tx}" y1="0" y2="${num(plotHeight)}" stroke="${palette.grid}"/>` +
      `<text x="${tx}" y="16" dx="4" font-size="11" fill="${palette.muted}">${esc(formatTick(t.at, t.level, content.months))}</text>`
    );
  });
  const legend = LANES.map(({ kind }, i) => {
    const lx = i * 150;
    return `<g transform="translate(${lx} 0)">${glyph(kind, 6, -4, palette[kind])}<text x="18" y="0" fill="${palette.fg}">${esc(content.legend[kind])}</text></g>`;
  });
  let top = AXIS;
  const lanes = layouts.map(({ kind, layout }, i) => {
    const g = lane(
      kind,
      layout,
      top,
      { colour: palette[kind], fg: palette.fg, bg: palette.bg },
      label,
      content.legend[kind],
    );
    top += laneHeights[i]! + GAP;
    return g;
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(SANS_STACK)}" font-size="12" role="img" aria-labelledby="image-title">`,
    `<title id="image-title">${esc(`${content.title} — ${content.range}`)}</title>`,
    `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
    `<g transform="translate(${MARGIN} 0)">`,
    `<text x="0" y="30" font-size="20" font-weight="700" fill="${palette.fg}" data-part="title">${esc(content.title)}</text>`,
    `<text x="0" y="50" font-size="13" fill="${palette.muted}" data-part="range">${esc(content.range)}</text>`,
    `<g transform="translate(0 70)" data-part="legend">${legend.join('')}</g>`,
    `<g transform="translate(0 ${HEADER})">${ticks.join('')}${lanes.join('')}</g>`,
    `<text x="0" y="${height - 15}" font-size="11" fill="${palette.muted}" data-part="credit">${esc(content.credit)}</text>`,
    '</g>',
    '</svg>',
  ].join('');
  return { svg, width, height };
}
