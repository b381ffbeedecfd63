/**
 * The leadership lane's office rows drawn on the gesture canvas (see draw-marks.ts): tenure bars,
 * hatched where a change window leaves the real start or end unknown, and the holders' names, as
 * LeadershipLane.svelte draws them with SVG and app.css.
 */
import {
  BAR_HEIGHT,
  BAR_TOP,
  forEachBar,
  placeNames,
  tenuresIn,
  type OfficeRow,
} from '../../lib/timeline/leadership';
import { HATCH } from '../../lib/timeline/mark-style';
import type { Palette } from './draw-marks';
import { LEADERSHIP_ROW } from './geometry';

export interface CanvasOffices {
  rows: readonly OfficeRow[];
  /** Top of the leadership lane's body, in canvas pixels. */
  top: number;
  from: number;
  to: number;
  x: (ms: number) => number;
  width: number;
}

// As app.css places a holder's name: 26 px down its row, 2 px in (or 4 px short of a right end).
const NAME_TOP = 26;

export function drawOffices(
  g: CanvasRenderingContext2D,
  offices: CanvasOffices,
  palette: Palette,
): void {
  const hatch = hatchPattern(g, palette.flag);
  const { from, to, x, width } = offices;
  const nameMiddle = NAME_TOP + palette.nameLineHeight / 2;
  offices.rows.forEach((row, i) => {
    const top = offices.top + i * LEADERSHIP_ROW;
    const tenures = tenuresIn(row, from, to);
    // In the row's own coordinates, as the row's SVG is: the hatch's tiles start at its corner.
    const solid = new Path2D();
    const uncertain = new Path2D();
    forEachBar(tenures, x, from, to, (a, b, isUncertain) => {
      if (b > a) (isUncertain ? uncertain : solid).rect(a, BAR_TOP, b - a, BAR_HEIGHT);
    });
    g.save();
    g.translate(0, top);
    g.fillStyle = palette.flag;
    g.fill(solid);
    if (hatch) {
      g.globalAlpha = HATCH.opacity;
      g.fillStyle = hatch;
      g.fill(uncertain);
    }
    g.restore();
    const places = placeNames(
      tenures.map((tn) => x(tn.start)),
      tenures.map((tn) => tn.name),
      width,
    );
    g.font = palette.nameFont;
    g.fillStyle = palette.fg;
    g.textBaseline = 'middle';
    places.forEach((place, k) => {
      if (!place) return;
      g.textAlign = place.end ? 'right' : 'left';
      g.fillText(tenures[k]!.name, place.end ? place.x - 4 : place.x + 2, top + nameMiddle);
    });
  });
}

// One hatch per canvas and colour: making it takes a canvas of its own and a 2D context, which
// cost about a millisecond, on every step of a gesture when it was made per draw.
const hatches = new WeakMap<CanvasRenderingContext2D, { colour: string; pattern: CanvasPattern }>();

/** The hatch of uncertain segments (mark-style.ts's HATCH), as LeadershipLane's SVG draws it. */
function hatchPattern(g: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  const made = hatches.get(g);
  if (made?.colour === colour) return made.pattern;
  const tile = document.createElement('canvas');
  tile.width = HATCH.tile;
  tile.height = HATCH.tile;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.fillStyle = colour;
  t.fillRect(0, 0, HATCH.stripe, HATCH.tile);
  const pattern = g.createPattern(tile, 'repeat');
  if (!pattern) return null;
  pattern.setTransform(new DOMMatrix().rotate(HATCH.angle));
  hatches.set(g, { colour, pattern });
  return pattern;
}
