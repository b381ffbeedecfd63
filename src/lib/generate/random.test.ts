import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps int(min, max) inside its bounds and reaches both ends', () => {
    const rng = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items and refuses to pick from nothing', () => {
    const rng = createRandom(2);
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(sample.every((s) => items.includes(s))).toBe(true);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
