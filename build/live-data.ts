/**
 * Live data under the dev server (`npm start`, `npm run dev`): the dataset is rebuilt whenever an
 * article in the seeds folder is added, changed, renamed or removed, and the open page is told
 * through Vite's HMR channel (`timeline:data`, src/lib/live/protocol.ts) to load it in place,
 * keeping its view. A broken article leaves the last good dataset on disk and on screen, and the
 * page shows what is wrong with which file.
 *
 * `SEEDS_DIR` (default `seeds`) and `DATA_OUT` (default `public/data/timeline.json`) point the
 * dev server at another folder and output; the dataset is then served from there. The rebuilding
 * (scripts/live-data-server.ts) is loaded as a bundle of its own, not imported: what Vite's config
 * imports restarts the server when it changes, and the compiler shares modules with the app.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { bundleUrl } from '../scripts/import-bundled.mjs';
import { corePath } from '../src/lib/dataset/core-path.ts';
import { LIVE_DATA_EVENT, LIVE_DATA_HELLO } from '../src/lib/live/protocol.ts';
import type { LiveData } from '../scripts/live-data-server.ts';

// `…/data/timeline.json` and its core file, under any base path.
const DATA_FILE = /\/data\/timeline(\.core)?\.json$/u;

export function liveData(): Plugin {
  const seeds = resolve(process.env.SEEDS_DIR ?? 'seeds');
  const out = resolve(process.env.DATA_OUT ?? 'public/data/timeline.json');
  // Vitest runs a Vite server too: it needs no dataset, and must not watch anything.
  const enabled = !process.env.VITEST && process.env.LIVE_DATA !== 'off';
  let live: LiveData | null = null;
  return {
    name: 'live-data',
    apply: 'serve',
    config: () => ({
      // The seeds folder is ours to watch: Vite would reload the page for a saved .html in it.
      server: { watch: { ignored: [`${seeds}/**`] } },
    }),
    async configureServer(server) {
      if (!enabled) return;
      const { startLiveData } = (await import(
        await bundleUrl(fileURLToPath(new URL('../scripts/live-data-server.ts', import.meta.url)))
      )) as typeof import('../scripts/live-data-server.ts');
      const hot = server.environments.client.hot;
      live = startLiveData({
        seeds,
        out,
        send: (message) => hot.send(LIVE_DATA_EVENT, message),
        log: (line, level) => server.config.logger[level](line, { timestamp: true }),
      });
      hot.on(LIVE_DATA_HELLO, (_data, client) => {
        const latest = live?.latest();
        if (latest) client.send(LIVE_DATA_EVENT, latest);
      });
      server.httpServer?.once('close', () => void live?.close());
      // The dataset is served from where it is built, never from a browser's cache.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        const match = DATA_FILE.exec(path);
        if (!match || !live) return next();
        // The core file is written before the page hears of a rebuild; the full dataset may
        // still be on its way.
        const core = match[1] !== undefined;
        const data = live;
        void data.ready
          .then(() => (core ? undefined : data.written()))
          .then(() => readFile(core ? corePath(out) : out))
          .then(
            (body) => {
              res.setHeader('Content-Type', 'application/json');
              res.setHeader('Cache-Control', 'no-store');
              res.end(body);
            },
            () => {
              res.statusCode = 404;
              res.end();
            },
          );
      });
    },
  };
}
