/**
 * Shared pieces of the bench and the screenshot script: serve the built `dist/` with
 * `vite preview`, and launch Debian's Chromium headless (never a downloaded browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface BenchContext {
  browser: Browser;
  /** Base URL of the served build, ending in `/`. */
  baseUrl: string;
  /** A fresh page at a given viewport size; closed by the runner's caller. */
  newPage: (width?: number, height?: number) => Promise<Page>;
  log: (line: string) => void;
}

export type BenchSection = (ctx: BenchContext) => Promise<void>;

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `vite preview` on `port` and resolves once it answers. */
export async function startPreview(port: number): Promise<Server> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
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
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
