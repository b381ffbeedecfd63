/**
 * Shared pieces of the bench and the screenshot script: serve the built `dist/` with
 * `vite preview`, and launch Debian's Chromium headless (never a downloaded browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

// The same Debian Chromium and flags as the browser tests.
export const CHROMIUM_ARGS = chromiumArgs;

export interface BenchContext {
  browser: Browser;
  /** Base URL of the served build, ending in `/`. */
  baseUrl: string;
  /** A fresh page at a given viewport size; closed by the runner's caller. */
  newPage: (width?: number, height?: number) => Promise<Page>;
  log: (line: string) => void;
  /** `--quick`: fewer sizes and shorter runs. */
  quick: boolean;
  /** How long the memory section zooms, in ms. */
  zoomMs: number;
  /** The copy of `dist/` being served (another helper may rebuild `dist/` meanwhile). */
  distDir: string;
  /** A scratch directory for fixtures, removed at the end. */
  workDir: string;
  /** Figures a later section reuses (the peers table quotes ours). */
  results: Map<string, unknown>;
  /**
   * A served copy of the build whose dataset is `events` generated events (see `siteWith`):
   * its base URL (ending in `/`) and folder. Started once per size, stopped by the runner.
   */
  site: (events: number) => Promise<{ url: string; dir: string }>;
}

export type BenchSection = (ctx: BenchContext) => Promise<void>;

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `vite preview` on `port` (serving `outDir`, default `dist/`) and resolves once it answers. */
export async function startPreview(port: number, outDir?: string): Promise<Server> {
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child: ChildProcess = spawn('npx', args, { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      // npx starts vite in a child: end the whole process group we created, and only that.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Copies `dist/` to a fresh temp dir so a concurrent `vite build` cannot change what is served. */
export function snapshotDist(dist = 'dist'): { dir: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const dir = join(work, 'dist');
  cpSync(dist, dir, { recursive: true });
  return { dir, work };
}

/** One line for the top of the output: where these numbers come from. */
export function machineLine(browser: Browser): string {
  const cpu = cpus();
  return (
    `machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
    `${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}, ` +
    `node ${process.version}, Chromium ${browser.version()} (headless, /usr/bin/chromium); ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} at start (anything near the core count slows every figure)`
  );
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const ms = (value: number, digits = 1) =>
  Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
