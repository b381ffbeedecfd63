/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { contentSecurityPolicy } from './build/csp';
import { liveData } from './build/live-data';
import { precompressedData } from './build/precompressed';
import { reviewEndpoint } from './build/review-endpoint';

// The base path is set at build time so the app can be deployed under a sub-folder:
// `BASE_PATH=/timeline/ npm run build`. Every runtime URL is resolved against it.
const base = process.env.BASE_PATH ?? './';

export default defineConfig({
  base,
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    precompressedData(),
    liveData(),
    // The review screen's endpoint: dev server only (issue 17). Same seeds folder as liveData.
    reviewEndpoint({ seeds: process.env.SEEDS_DIR ?? 'seeds' }),
  ],
  // The app's one page. Vite would otherwise scan every .html under the root for dependencies,
  // saved web pages in seeds/ and the test fixtures among them.
  optimizeDeps: { entries: ['index.html'] },
  build: {
    target: 'es2022',
    // The browsers we support (es2022) follow <link rel="modulepreload"> themselves; one that does
    // not (Safari before 17) only loads the lazy chunks a moment later. The polyfill was 350 bytes
    // of every first download.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'checks', test: /src[\\/]lib[\\/]dataset[\\/](checks|types)\.ts$/ }],
        },
      },
    },
  },
  test: {
    // Dates in tests never depend on the machine's zone.
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.svelte.test.ts'],
          setupFiles: ['./src/test-setup.ts'],
        },
      },
    ],
  },
});
