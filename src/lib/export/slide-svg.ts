/**
 * "PNG 16:9 (1920×1080)" and "SVG 16:9": the current view, or the presenter's current step, as a
 * slide. Title, date range and a legend above; the lanes with the events' short labels (never cut
 * where there is room), the leadership lane's office rows with their tenure bars and holders,
 * the connectors; the highlighted event haloed and named in full at the foot; the source credit.
 *
 * Pure string work, as timeline-svg.ts: the same layout functions as the chart (`layoutLane`,
 * `buildOfficeRows`, `linkPaths`), the marks' own style (mark-style.ts through svg-glyph.ts),
 * colours from the caller, the system's font stacks (nothing fetched, nothing referenced), and
 * every string from the dataset escaped.
 */
import type { CoreDataset, EventKind } from '../dataset/types';
import { SANS_STACK } from './font-stack';
import { formatTick } from '../vi/date-text';
import { escapeHtml as esc } from '../share/escape';
import type { Domain } from '../timeline/domain';
import {
  layoutLane,
  type ClusterLayout,
  type LaneLayout,
  type MarkLayout,
} from '../timeline/layout';
import { buildOfficeRows, forEachBar, placeNames, tenuresIn } from '../timeline/leadership';
import { buildLinks, linkPaths } from '../timeline/links';
import { BAND, GLYPH, type Shape } from '../timeline/mark-style';
import { visibleEvents, type PlacedEvent } from '../timeline/order';
import { timeScale } from '../timeline/scale';
import { ticksFor } from '../timeline/ticks';
import { isUncertain } from '../timeline/time';
import { glyphSvg, hatchSvg, linkStroke, type GlyphColours } from './svg-glyph';
import type { SvgPalette } from './timeline-svg';

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;

export interface SlideLegend {
  inferred: string;
  window: string;
  implements: string;
  disseminates: string;
}

export interface SlideContent {
  /** Time-ordered, already filtered events (what the chart shows). */
  events: readonly PlacedEvent[];
  domain: Domain;
  /** For the office rows and the connectors. */
  dataset: Pick<CoreDataset, 'people' | 'events' | 'documents'>;
  /** The lanes shown, as the filters leave them. */
  kinds: readonly EventKind[];
  title: string;
  /** The visible range as words: `Đang xem 1/1/2020 – 31/12/2020`. */
  range: string;
  credit: string;
  months: readonly string[];
  /** Lane titles, also the kinds' names in the legend. */
  lanes: Record<EventKind, string>;
  legend: SlideLegend;
  otherOffices: string;
  /** The selected event or the presenter's step: haloed, and its date and title at the foot. */
  highlight?: { id: string; date: string; title: string } | null;
}

export interface SlideSvg {
  svg: string;
  width: number;
  height: number;
}

const SERIF = "'Noto Serif', Georgia, 'Times New Roman', serif";
const PAD = 72;
/** Glyphs and clusters at one and a half times their size on screen. */
const SCALE = 1.5;
const ROW = 46;
const OFFICE_ROW = 64;
const LANE_TITLE = 34;
const AXIS = 40;
const GAP = 18;
const LABEL_FONT = 21;
/**
 * Pixels per character of a label at 21 px, generous for system sans faces (about 0.5 em on
 * average): layout reserves this much, so an estimate never lets two labels meet.
 */
export const LABEL_CHAR = 12;
// Clear of the highlight's halo (mark-style.ts), which reaches 14 px out at screen size.
const LABEL_GAP = (GLYPH + 7) * SCALE + 3;
const NAME_FONT = 17;
const LEGEND_FONT = 19;

const num = (n: number) => String(Math.round(n * 10) / 10);
const SHAPES: Record<EventKind, Shape> = { event: 'dot', leadership: 'flag', directive: 'diamond' };

/** Words into lines of at most `max` characters (a long word gets a line of its own). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where a label is drawn: its text's start and end, estimated. */
function labelBox(m: MarkLayout, text: string, side: 'left' | 'right'): [number, number] {
  const width = [...text].length * LABEL_CHAR;
  return side === 'left'
    ? [m.x0 - LABEL_GAP - width, m.x0 - LABEL_GAP]
    : [Math.max(m.x0, m.x1) + LABEL_GAP, Math.max(m.x0, m.x1) + LABEL_GAP + width];
}

const CLUSTER_R = 13 * SCALE;

export interface SlideLane {
  marks: { m: MarkLayout; row: number; side: 'left' | 'right' | null }[];
  clusters: { c: ClusterLayout; row: number }[];
  rows: number;
}

/**
 * Rows and label sides for a slide. `layoutLane` decides what clusters and where each mark is;
 * its labels are packed for a screen, where a label short of room is cut. A slide shows a label
 * whole or not at all: each mark (the highlighted one first, then left to right) takes the first
 * row where its glyph and its whole label, on the right or else the left, meet nothing; failing
 * that, its glyph alone. Clusters take the first row with room for their disc.
 */
export function packSlideLane(
  layout: LaneLayout,
  maxRows: number,
  width: number,
  highlightId?: string | null,
): SlideLane {
  const taken: [number, number][][] = [];
  const free = (row: number, [a, b]: [number, number]) =>
    (taken[row] ?? []).every(([c, d]) => b + 6 <= c || d + 6 <= a);
  const take = (row: number, ...spans: [number, number][]) => (taken[row] ??= []).push(...spans);
  const glyph = (m: MarkLayout): [number, number] => [
    m.x0 - GLYPH * SCALE - 2,
    Math.max(m.x0, m.x1) + GLYPH * SCALE + 2,
  ];
  type Item = { x: number; mark?: MarkLayout; cluster?: ClusterLayout; first: boolean };
  const items: Item[] = [
    ...layout.marks.map((m) => ({ x: m.x0, mark: m, first: m.item.event.id === highlightId })),
    ...layout.clusters.map((c) => ({ x: c.x, cluster: c, first: false })),
  ].sort((p, q) => Number(q.first) - Number(p.first) || p.x - q.x);
  const marks: SlideLane['marks'] = [];
  const clusters: SlideLane['clusters'] = [];
  const firstFree = (span: [number, number]) => {
    let row = 0;
    while (row < maxRows - 1 && !free(row, span)) row++;
    return row;
  };
  for (const item of items) {
    if (item.cluster) {
      const disc: [number, number] = [item.x - CLUSTER_R - 2, item.x + CLUSTER_R + 2];
      const row = firstFree(disc);
      take(row, disc);
      clusters.push({ c: item.cluster, row });
      continue;
    }
    const m = item.mark!;
    const text = m.item.event.label;
    const box = glyph(m);
    const sides = (['right', 'left'] as const).filter((side) => {
      const [a, b] = labelBox(m, text, side);
      return a >= 0 && b <= width;
    });
    let placed = false;
    for (let row = 0; row < maxRows && !placed; row++) {
      if (!free(row, box)) continue;
      const side = sides.find((sd) => free(row, labelBox(m, text, sd)));
      if (!side) continue;
      take(row, box, labelBox(m, text, side));
      marks.push({ m, row, side });
      placed = true;
    }
    if (placed) continue;
    const row = firstFree(box);
    take(row, box);
    marks.push({ m, row, side: null });
  }
  const used = [...marks.map((p) => p.row), ...clusters.map((p) => p.row)];
  return { marks, clusters, rows: Math.max(1, ...used.map((r) => r + 1)) };
}

interface Plot {
  width: number;
  height: number;
  lanes: { kind: EventKind; top: number; layout: SlideLane }[];
  leadership: { top: number; marks: MarkLayout[]; clusters: ClusterLayout[] } | null;
}

/** The lanes laid out across `width` px: the same rules as the chart, at slide sizes. */
function layoutPlot(content: SlideContent, width: number, offices: number, otherRow: number): Plot {
  const { domain, highlight } = content;
  const x = timeScale(domain, width);
  const maxSpan = content.events.reduce((m, p) => Math.max(m, p.span.end - p.span.start), 0);
  const visible = visibleEvents(content.events, domain[0], domain[1], maxSpan);
  const label = (p: PlacedEvent) => p.event.label;
  const common = {
    minGap: 26,
    label,
    charWidth: LABEL_CHAR,
    maxLabelWidth: Infinity,
    width,
    isPinned: (p: PlacedEvent) => p.event.id === highlight?.id,
  };
  const lanes: Plot['lanes'] = [];
  let leadership: Plot['leadership'] = null;
  let top = AXIS;
  for (const kind of content.kinds) {
    const ofKind = visible.filter((p) => p.event.kind === kind);
    if (kind === 'leadership') {
      const marks: MarkLayout[] = [];
      const clusters: ClusterLayout[] = [];
      const rows = buildOfficeRowsIndex(content);
      const perRow = new Map<number, PlacedEvent[]>();
      for (const p of ofKind) {
        const row = rows.get(p.event.office ?? '') ?? otherRow;
        perRow.set(row, [...(perRow.get(row) ?? []), p]);
      }
      for (const [row, items] of perRow) {
        const lane = layoutLane(items, x, { ...common, maxRows: 1, label: () => '' });
        marks.push(...lane.marks.map((m) => ({ ...m, row })));
        clusters.push(...lane.clusters.map((c) => ({ ...c, row })));
      }
      leadership = { top, marks, clusters };
      top += LANE_TITLE + Math.max(1, offices) * OFFICE_ROW + GAP;
      continue;
    }
    const maxRows = kind === 'event' ? 5 : 4;
    const layout = packSlideLane(
      layoutLane(ofKind, x, { ...common, maxRows }),
      maxRows,
      width,
      highlight?.id,
    );
    lanes.push({ kind, top, layout });
    top += LANE_TITLE + layout.rows * ROW + 8 + GAP;
  }
  return { width, height: top - GAP, lanes, leadership };
}

const officeIndexes = new WeakMap<SlideContent['dataset'], Map<string, number>>();
function buildOfficeRowsIndex(content: SlideContent): Map<string, number> {
  let index = officeIndexes.get(content.dataset);
  if (!index) {
    index = new Map(buildOfficeRows(content.dataset).map((r, i) => [r.office, i]));
    officeIndexes.set(content.dataset, index);
  }
  return index;
}

export function buildSlideSvg(content: SlideContent, palette: SvgPalette): SlideSvg {
  const { width, height } = SLIDE_SIZE;
  const inner = width - 2 * PAD;
  const colours = (kind: EventKind): GlyphColours => ({
    kind: palette[kind],
    surface: palette.surface,
    fg: palette.fg,
    accent: palette.accent,
  });

  // The legend: the kinds' shapes, then what the styles mean; wrapped to the slide's width.
  const items: { swatch: (x: number, y: number) => string; width: number; text: string }[] = [
    ...content.kinds.map((kind) => ({
      swatch: (x: number, y: number) => glyphSvg(SHAPES[kind], x + 12, y, colours(kind), {}, 1.3),
      width: 24,
      text: content.lanes[kind],
    })),
    {
      width: 52,
      swatch: (x, y) =>
        glyphSvg('dot', x + 12, y, colours('event'), { inferred: true }, 1.3) +
        glyphSvg('diamond', x + 40, y, colours('directive'), { inferred: true }, 1.3),
      text: content.legend.inferred,
    },
    {
      width: 48,
      swatch: (x, y) => hatchSvg(x, x + 48, y - 7, 14, palette.leadership),
      text: content.legend.window,
    },
    {
      width: 48,
      swatch: (x, y) =>
        `<path d="M${x},${y + 7} Q${x + 24},${y - 11} ${x + 48},${y + 7}" ${linkStroke('implements', palette.muted, 1.6)}/>`,
      text: content.legend.implements,
    },
    {
      width: 48,
      swatch: (x, y) =>
        `<path d="M${x},${y} H${x + 48}" ${linkStroke('disseminates', palette.muted, 1.6)}/>`,
      text: content.legend.disseminates,
    },
  ];
  const legendParts: string[] = [];
  let lx = 0;
  let ly = 0;
  for (const item of items) {
    const w = item.width + 10 + [...item.text].length * LEGEND_FONT * 0.5 + 32;
    if (lx > 0 && lx + w > inner) {
      lx = 0;
      ly += 34;
    }
    legendParts.push(
      item.swatch(lx, ly - 6),
      `<text x="${num(lx + item.width + 10)}" y="${ly}" font-size="${LEGEND_FONT}" fill="${palette.fg}">${esc(item.text)}</text>`,
    );
    lx += w;
  }
  const legendTop = 180;
  const plotTop = legendTop + ly + 40;

  // The foot: the highlighted event, whole, then the credit.
  const caption = content.highlight ? wrap(`${content.highlight.title}`, 100) : [];
  const footTop = height - 46;
  const captionHeight = caption.length ? 24 + 42 + (caption.length - 1) * 40 + 14 : 0;
  const plotBottom = footTop - 24 - captionHeight;

  // The lanes at slide sizes; scaled down as a whole where they would run past the foot.
  const offices = buildOfficeRows(content.dataset);
  const officeIndex = buildOfficeRowsIndex(content);
  const otherRow = content.events.some(
    (p) => p.event.kind === 'leadership' && !officeIndex.has(p.event.office ?? ''),
  )
    ? offices.length
    : -1;
  const officeCount = offices.length + (otherRow === -1 ? 0 : 1);
  const room = plotBottom - plotTop - 24;
  let k = 1;
  let plot = layoutPlot(content, inner, officeCount, otherRow);
  for (let i = 0; i < 3 && plot.height * k > room; i++) {
    k = Math.min(k, room / plot.height);
    plot = layoutPlot(content, inner / k, officeCount, otherRow);
  }
  if (plot.height * k > room) k = room / plot.height;
  const x = timeScale(content.domain, plot.width);

  const body: string[] = [];
  const ticks = ticksFor(content.domain, plot.width, 110);
  for (const t of ticks) {
    const tx = num(x(t.at));
    body.push(
      `<line x1="${tx}" x2="${tx}" y1="0" y2="${num(plot.height)}" stroke="${palette.grid}" stroke-width="1.5"/>`,
      `<text x="${tx}" y="26" dx="7" font-size="18" fill="${palette.muted}">${esc(formatTick(t.at, t.level, content.months))}</text>`,
    );
  }

  // Where each mark of the events and directives lanes sits, for the connectors.
  const positions = new Map<string, { x: number; y: number }>();
  const rowY = (top: number, row: number) => top + LANE_TITLE + row * ROW + ROW / 2;
  for (const { top, layout } of plot.lanes)
    for (const { m, row } of layout.marks)
      positions.set(m.item.event.id, { x: m.x0, y: rowY(top, row) });

  const laneTitle = (kind: EventKind, top: number) =>
    `<text x="8" y="${num(top + 24)}" font-size="19" font-weight="700" letter-spacing="1" fill="${palette.muted}">${esc(content.lanes[kind])}</text>`;

  // Office rows: the office, its holders' bars (hatched where a change window leaves the hand-over
  // open), their names, and the change flags.
  if (plot.leadership) {
    const { top } = plot.leadership;
    body.push(`<g data-lane="leadership">`, laneTitle('leadership', top));
    const [from, to] = content.domain;
    offices.forEach((row, i) => {
      const y = top + LANE_TITLE + i * OFFICE_ROW;
      const tenures = tenuresIn(row, from, to);
      const bars: string[] = [];
      forEachBar(tenures, x, from, to, (a, b, uncertain) => {
        const a1 = Math.max(0, a);
        const b1 = Math.min(plot.width, b);
        if (b1 <= a1) return;
        bars.push(
          uncertain
            ? hatchSvg(a1, b1, y + 26, 13, palette.leadership)
            : `<rect x="${num(a1)}" y="${y + 26}" width="${num(b1 - a1)}" height="13" fill="${palette.leadership}"/>`,
        );
      });
      const names = placeNames(
        tenures.map((tn) => x(tn.start)),
        tenures.map((tn) => tn.name),
        plot.width,
        NAME_FONT * 0.58,
      );
      body.push(
        `<g data-office="${esc(row.office)}">`,
        `<text x="8" y="${y + 18}" font-size="${NAME_FONT}" fill="${palette.muted}" data-part="office">${esc(row.office)}</text>`,
        ...bars,
        ...tenures.flatMap((tn, n) => {
          const place = names[n];
          if (!place) return [];
          return [
            `<text x="${num(place.end ? place.x - 4 : place.x + 2)}" y="${y + 58}"${place.end ? ' text-anchor="end"' : ''} font-size="${NAME_FONT}" fill="${palette.fg}">${esc(tn.name)}</text>`,
          ];
        }),
        '</g>',
      );
    });
    if (otherRow !== -1)
      body.push(
        `<text x="8" y="${top + LANE_TITLE + otherRow * OFFICE_ROW + 18}" font-size="${NAME_FONT}" fill="${palette.muted}">${esc(content.otherOffices)}</text>`,
      );
    for (const m of plot.leadership.marks) {
      const y = top + LANE_TITLE + m.row * OFFICE_ROW + 32.5;
      const id = m.item.event.id;
      body.push(
        `<g data-event-id="${esc(id)}"${id === content.highlight?.id ? ' data-highlighted="true"' : ''}>${glyphSvg('flag', m.x0, y, colours('leadership'), { inferred: m.item.event.dateInferred, highlighted: id === content.highlight?.id }, SCALE)}</g>`,
      );
    }
    for (const c of plot.leadership.clusters)
      body.push(
        cluster(
          c.x,
          top + LANE_TITLE + c.row * OFFICE_ROW + 32.5,
          c.items.length,
          palette.leadership,
          palette,
        ),
      );
    body.push('</g>');
  }

  // Connectors under the marks of the other two lanes.
  const links = linkPaths(buildLinks(content.dataset), positions);
  for (const link of links)
    body.push(
      `<path d="${link.d}" ${linkStroke(link.kind, palette.muted, 1.4)} data-link="${link.kind}"/>`,
    );

  for (const { kind, top, layout } of plot.lanes) {
    const colour = palette[kind];
    body.push(`<g data-lane="${kind}">`, laneTitle(kind, top));
    for (const { m, row, side } of layout.marks) {
      const y = rowY(top, row);
      const id = m.item.event.id;
      const highlighted = id === content.highlight?.id;
      if (isUncertain(m.item.span) && m.x1 - m.x0 > 2)
        body.push(
          `<rect x="${num(m.x0)}" y="${num(y - (BAND.height * SCALE) / 2)}" width="${num(m.x1 - m.x0)}" height="${BAND.height * SCALE}" fill="${colour}" opacity="${BAND.opacity}"/>`,
        );
      body.push(
        `<g data-event-id="${esc(id)}"${highlighted ? ' data-highlighted="true"' : ''}>${glyphSvg(SHAPES[kind], m.x0, y, colours(kind), { inferred: m.item.event.dateInferred, highlighted }, SCALE)}</g>`,
      );
      if (!side) continue;
      const text = m.item.event.label;
      const [a, b] = labelBox(m, text, side);
      body.push(
        `<text x="${num(side === 'left' ? b : a)}" y="${num(y + 7)}"${side === 'left' ? ' text-anchor="end"' : ''} font-size="${LABEL_FONT}"${highlighted ? ' font-weight="700"' : ''} fill="${palette.fg}" stroke="${palette.surface}" stroke-width="5" stroke-linejoin="round" paint-order="stroke" data-label-for="${esc(id)}">${esc(text)}</text>`,
      );
    }
    for (const { c, row } of layout.clusters)
      body.push(cluster(c.x, rowY(top, row), c.items.length, colour, palette));
    body.push('</g>');
  }

  const foot: string[] = [];
  if (content.highlight) {
    const top = plotBottom + 24;
    foot.push(
      `<g data-part="highlight">`,
      `<text x="0" y="${top + 24}" font-size="22" font-weight="600" fill="${palette.muted}">${esc(content.highlight.date)}</text>`,
      ...caption.map(
        (line, i) =>
          `<text x="0" y="${top + 24 + 42 + i * 40}" font-family="${esc(SERIF)}" font-size="32" font-weight="700" fill="${palette.fg}">${esc(line)}</text>`,
      ),
      '</g>',
    );
  }

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(SANS_STACK)}" role="img" aria-labelledby="slide-title">`,
    `<title id="slide-title">${esc(`${content.title} — ${content.range}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
    `<g transform="translate(${PAD} 0)">`,
    `<text x="0" y="96" font-family="${esc(SERIF)}" font-size="44" font-weight="700" fill="${palette.fg}" data-part="title">${esc(content.title)}</text>`,
    `<text x="0" y="140" font-size="24" fill="${palette.muted}" data-part="range">${esc(content.range)}</text>`,
    `<g transform="translate(0 ${legendTop})" data-part="legend">${legendParts.join('')}</g>`,
    `<rect x="-16" y="${plotTop - 8}" width="${inner + 32}" height="${num(plot.height * k + 24)}" rx="14" fill="${palette.surface}" stroke="${palette.grid}" stroke-width="1.5"/>`,
    `<g transform="translate(0 ${plotTop}) scale(${Math.round(k * 1000) / 1000})" data-part="plot">${body.join('')}</g>`,
    ...foot,
    `<text x="0" y="${footTop + 20}" font-size="18" fill="${palette.muted}" data-part="credit">${esc(content.credit)}</text>`,
    '</g>',
    '</svg>',
  ].join('');
  return { svg, width, height };
}

function cluster(x: number, y: number, count: number, colour: string, palette: SvgPalette): string {
  return (
    `<circle cx="${num(x)}" cy="${num(y)}" r="19" fill="${palette.surface}" stroke="${colour}" stroke-width="3"/>` +
    `<text x="${num(x)}" y="${num(y + 6)}" text-anchor="middle" font-size="17" font-weight="700" fill="${palette.fg}">${count}</text>`
  );
}
