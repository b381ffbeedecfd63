import { describe, expect, it } from 'vitest';
import { parseCpuTicks } from './stolen-cpu';

describe('parseCpuTicks', () => {
  it('reads steal and the total from the machine-wide line of /proc/stat', () => {
    const stat =
      'cpu  4031310 188583 381142 1729239 4264 0 11587 208108 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n';
    expect(parseCpuTicks(stat)).toEqual({
      steal: 208108,
      total: 4031310 + 188583 + 381142 + 1729239 + 4264 + 0 + 11587 + 208108,
    });
  });

  it('knows nothing from text that is not /proc/stat', () => {
    expect(parseCpuTicks('')).toBeNull();
    expect(parseCpuTicks('intr 1 2 3 4 5 6 7 8 9')).toBeNull();
    expect(parseCpuTicks('cpu 1 2 3')).toBeNull();
    expect(parseCpuTicks('cpu 1 2 3 4 5 6 7 x')).toBeNull();
  });
});
