/**
 * The dataset files are the largest thing the app downloads. The build writes a gzip sibling of
 * each (`data/timeline.core.json.gz`, …) for hosts that serve precompressed files (nginx
 * `gzip_static on`, most CDNs), and `vite preview` serves those siblings itself: compressing
 * megabytes of JSON on every request would time the server, not the app.
 */
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Writes `<file>.gz` beside every `.json` file of `dir`. */
export function gzipJsonFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.endsWith('.json')) writeGzipSibling(join(dir, name));
}

export function writeGzipSibling(file: string): void {
  writeFileSync(
    `${file}.gz`,
    gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }),
  );
}

export function precompressedData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompressed-data',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      gzipJsonFiles(join(outDir, 'data'));
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const accepts = String(req.headers['accept-encoding'] ?? '');
        if (!/^\/(.*\/)?data\/[^/]+\.json$/.test(path) || !/\bgzip\b/.test(accepts)) return next();
        const file = resolve(root, `.${path}`);
        const gz = `${file}.gz`;
        // Only files inside the served folder, and only when the sibling is as new as the file.
        if (!file.startsWith(root + sep) || !existsSync(gz) || !existsSync(file)) return next();
        if (statSync(gz).mtimeMs < statSync(file).mtimeMs) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Content-Length', String(statSync(gz).size));
        createReadStream(gz).pipe(res);
      });
    },
  };
}
