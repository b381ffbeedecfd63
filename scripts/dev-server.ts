/**
 * A `vite` dev server on a seeds folder of one's own, for the browser tests and the benchmark
 * that watch live rebuilds: started on a fixed port, ready once it serves its first dataset.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface DevServerOptions {
  port: number;
  /** The seeds folder it compiles and watches (`SEEDS_DIR`). */
  seeds: string;
  /** Where it writes the dataset (`DATA_OUT`). */
  dataOut: string;
  stdio?: StdioOptions;
}

/** Starts the dev server; `ready` resolves once it serves a dataset (after its first build). */
export function startDevServer(options: DevServerOptions): {
  server: ChildProcess;
  origin: string;
  ready: (attempts?: number) => Promise<void>;
} {
  const { port, seeds, dataOut, stdio = 'ignore' } = options;
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, env: { ...process.env, SEEDS_DIR: seeds, DATA_OUT: dataOut }, stdio },
  );
  const origin = `http://127.0.0.1:${port}`;
  const ready = async (attempts = 240) => {
    for (let i = 0; i < attempts; i++) {
      const ok = await fetch(`${origin}/data/timeline.core.json`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the dev server did not start on port ${port}`);
  };
  return { server, origin, ready };
}

/**
 * A temporary folder holding a copy of the project's seeds (the files `include` accepts) in
 * `seeds/`, and the dev server on it writing to `out/timeline.json`: what the browser tests that
 * change articles or corrections work on, leaving `seeds/` alone.
 */
export async function devServerOnSeedsCopy(
  port: number,
  include: (file: string) => boolean,
): Promise<{ server: ChildProcess; origin: string; work: string; seeds: string }> {
  const work = mkdtempSync(join(tmpdir(), 'dev-seeds-'));
  const seeds = join(work, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(join(root, 'seeds')).filter(include))
    copyFileSync(join(root, 'seeds', f), join(seeds, f));
  const { server, origin, ready } = startDevServer({
    port,
    seeds,
    dataOut: join(work, 'out', 'timeline.json'),
  });
  await ready();
  return { server, origin, work, seeds };
}
