/**
 * The review screen's endpoint on the dev server (issue 17), `/__review/`: only `vite` serves it
 * (`apply: 'serve'`); `vite build` and `vite preview` have none of it. The handler
 * (review-handler.ts) is loaded as a bundle of its own, not imported, like the live data: what
 * Vite's config imports restarts the server when it changes, and the handler shares the
 * corrections code with the build.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundleUrl } from '../scripts/import-bundled.mjs';
import type { ReviewOptions } from './review-handler.ts';

export function reviewEndpoint(options: ReviewOptions): Plugin {
  return {
    name: 'review-endpoint',
    apply: 'serve',
    async configureServer(server) {
      // Vitest runs a Vite server too: it has no review screen to answer.
      if (process.env.VITEST) return;
      const { reviewHandler } = (await import(
        await bundleUrl(fileURLToPath(new URL('./review-handler.ts', import.meta.url)))
      )) as typeof import('./review-handler.ts');
      server.middlewares.use(reviewHandler(options));
    },
  };
}
