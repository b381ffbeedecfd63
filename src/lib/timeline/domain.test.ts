import { zoomIdentity } from 'd3-zoom';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  centerOn,
  clampDomain,
  domainToTransform,
  MIN_SPAN,
  padBounds,
  transformToDomain,
  zoomDomain,
  type Domain,
} from './domain';
import { DAY } from './time';

const BOUNDS: Domain = [0, 1000 * DAY];

describe('clampDomain', () => {
  it.each([
    ['a domain inside the bounds is kept', [100 * DAY, 200 * DAY], [100 * DAY, 200 * DAY]],
    ['a domain past the end slides back inside', [950 * DAY, 1050 * DAY], [900 * DAY, 1000 * DAY]],
    ['a domain before the start slides forward', [-50 * DAY, 50 * DAY], [0, 100 * DAY]],
    ['a span wider than the bounds shrinks to them', [-500 * DAY, 1500 * DAY], [0, 1000 * DAY]],
    [
      'a span under the minimum grows around its centre',
      [500 * DAY, 501 * DAY],
      [498.5 * DAY, 502.5 * DAY],
    ],
  ] as const)('%s', (_, input, expected) => {
    const [a, b] = clampDomain(input, BOUNDS);
    expect(a).toBeCloseTo(expected[0]);
    expect(b).toBeCloseTo(expected[1]);
  });

  it('never returns a span under MIN_SPAN', () => {
    const [a, b] = clampDomain([10, 11], BOUNDS);
    expect(b - a).toBe(MIN_SPAN);
  });
});

describe('zoomDomain', () => {
  it.each([
    ['zooming in by 2 around the centre halves the span', 2, undefined, [250, 750]],
    ['zooming out by 2 around the centre doubles it', 0.5, undefined, [-500, 1500]],
    ['the anchor stays where it was', 2, 0, [0, 500]],
    ['an anchor at the end keeps the end', 4, 1000, [750, 1000]],
  ] as const)('%s', (_, factor, anchor, expected) => {
    expect(zoomDomain([0, 1000], factor, anchor)).toEqual(expected);
  });
});

describe('transform <-> domain', () => {
  const width = 800;
  it.each([
    ['identity shows the whole base', zoomIdentity, [0, 1000 * DAY]],
    ['scale 2 at the origin shows the first half', zoomIdentity.scale(2), [0, 500 * DAY]],
    [
      'a translation of -400px at scale 2 shows the second half',
      zoomIdentity.translate(-800, 0).scale(2),
      [500 * DAY, 1000 * DAY],
    ],
  ] as const)('%s', (_, transform, expected) => {
    const [a, b] = transformToDomain(transform, BOUNDS, width);
    expect(a).toBeCloseTo(expected[0]);
    expect(b).toBeCloseTo(expected[1]);
  });

  it('agrees with d3-zoom transform.rescaleX', () => {
    const t = zoomIdentity.translate(-1234, 0).scale(7.5);
    const expected = t.rescaleX(scaleLinear().domain(BOUNDS).range([0, width])).domain();
    const [a, b] = transformToDomain(t, BOUNDS, width);
    expect(a).toBeCloseTo(expected[0]!);
    expect(b).toBeCloseTo(expected[1]!);
  });

  it.each([[[0, 1000 * DAY]], [[200 * DAY, 300 * DAY]], [[990 * DAY, 1000 * DAY]]] as const)(
    'domainToTransform(%j) round-trips through transformToDomain',
    (domain) => {
      const t = domainToTransform(domain, BOUNDS, width);
      const [a, b] = transformToDomain(t, BOUNDS, width);
      expect(a).toBeCloseTo(domain[0], -1);
      expect(b).toBeCloseTo(domain[1], -1);
    },
  );
});

describe('padBounds and centerOn', () => {
  it('pads both sides by a fraction of the span', () => {
    expect(padBounds([0, 1000], 0.1)).toEqual([-100, 1100]);
  });
  it('centres a window of the same span on an instant', () => {
    expect(centerOn([0, 100], 500)).toEqual([450, 550]);
  });
});
