/**
 * CPU time the hypervisor gave to other machines while a benchmark ran (`steal` in /proc/stat).
 * On a shared host it is what makes one run twice as slow as the next; the benches print it, so
 * that a slow figure can be told from a busy machine. Linux only; elsewhere it is unknown.
 */
import { readFileSync } from 'node:fs';

export interface CpuTicks {
  steal: number;
  total: number;
}

/** The machine-wide `cpu` line of /proc/stat: steal, and all ticks counted. */
export function parseCpuTicks(stat: string): CpuTicks | null {
  const fields = (stat.split('\n')[0] ?? '').trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 9) return null;
  // user nice system idle iowait irq softirq steal [guest guest_nice]: guest time is already
  // counted in user, so the total is the first eight.
  const ticks = fields.slice(1, 9).map(Number);
  if (ticks.some((t) => !Number.isFinite(t))) return null;
  return { steal: ticks[7]!, total: ticks.reduce((a, b) => a + b, 0) };
}

function readTicks(): CpuTicks | null {
  try {
    return parseCpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/** Starts counting; the function returned gives the share of CPU stolen since, in percent. */
export function stolenCpu(): () => number | null {
  const start = readTicks();
  return () => {
    const end = readTicks();
    if (!start || !end || end.total <= start.total) return null;
    return (100 * (end.steal - start.steal)) / (end.total - start.total);
  };
}

export function stolenLine(percent: number | null): string {
  return percent === null
    ? 'CPU stolen by other machines during the run: unknown (no /proc/stat)'
    : `CPU stolen by other machines during the run: ${percent.toFixed(0)}% ` +
        '(the host is shared: above a few per cent, every figure above is slowed by it)';
}
