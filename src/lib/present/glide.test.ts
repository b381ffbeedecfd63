import { describe, expect, it } from 'vitest';
import type { Domain } from '../timeline/domain';
import { GLIDE_MS, glide, glidePath } from './glide';

const YEAR = 365 * 86_400_000;

function fakeViewport(domain: Domain) {
  const writes: Domain[] = [];
  return {
    domain,
    moving: false,
    writes,
    setDomain(from: number, to: number) {
      this.domain = [from, to];
      writes.push([from, to]);
    },
  };
}

function fakeClock() {
  let time = 0;
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    now: () => time,
    frame: (cb: () => void) => (queue.set(next, cb), next++),
    cancel: (h: number) => void queue.delete(h),
    /** Runs frames 16 ms apart until none is asked for. */
    run() {
      while (queue.size) {
        time += 16;
        const [h, cb] = [...queue][0]!;
        queue.delete(h);
        cb();
      }
    },
    tick(n: number) {
      for (let i = 0; i < n && queue.size; i++) {
        time += 16;
        const [h, cb] = [...queue][0]!;
        queue.delete(h);
        cb();
      }
    },
  };
}

describe('glidePath', () => {
  it('starts at one window and ends exactly at the other', () => {
    const path = glidePath([0, YEAR], [3 * YEAR, 3.2 * YEAR]);
    expect(path.at(0)[0]).toBeCloseTo(0);
    expect(path.at(0)[1]).toBeCloseTo(YEAR);
    expect(path.at(1)).toEqual([3 * YEAR, 3.2 * YEAR]);
  });

  it('zooms out on the way between two far, narrow windows', () => {
    const path = glidePath([0, 0.1 * YEAR], [4 * YEAR, 4.1 * YEAR]);
    const middle = path.at(0.5);
    expect(middle[1] - middle[0]).toBeGreaterThan(0.5 * YEAR);
  });

  it('takes a bounded time', () => {
    expect(glidePath([0, 1], [0, 1.01]).duration).toBeGreaterThanOrEqual(GLIDE_MS.min);
    expect(glidePath([0, YEAR], [100 * YEAR, 100.01 * YEAR]).duration).toBeLessThanOrEqual(
      GLIDE_MS.max,
    );
  });
});

describe('glide', () => {
  it('moves the view frame by frame, as a gesture, and settles on the target', () => {
    const viewport = fakeViewport([0, YEAR]);
    const clock = fakeClock();
    glide(viewport, [2 * YEAR, 2.5 * YEAR], { clock });
    expect(viewport.moving).toBe(true);
    clock.run();
    expect(viewport.writes.length).toBeGreaterThan(5);
    expect(viewport.domain).toEqual([2 * YEAR, 2.5 * YEAR]);
    expect(viewport.moving).toBe(false);
  });

  it('jumps under reduced motion', () => {
    const viewport = fakeViewport([0, YEAR]);
    glide(viewport, [2 * YEAR, 2.5 * YEAR], { reducedMotion: true, clock: fakeClock() });
    expect(viewport.writes).toEqual([[2 * YEAR, 2.5 * YEAR]]);
    expect(viewport.moving).toBe(false);
  });

  it('stops where it is when cancelled, and the view settles', () => {
    const viewport = fakeViewport([0, YEAR]);
    const clock = fakeClock();
    const stop = glide(viewport, [2 * YEAR, 2.5 * YEAR], { clock });
    clock.tick(3);
    stop();
    const writes = viewport.writes.length;
    clock.run();
    expect(viewport.writes.length).toBe(writes);
    expect(viewport.moving).toBe(false);
  });
});
