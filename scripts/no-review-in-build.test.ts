/**
 * The review screen and its endpoint exist only under the dev server (issue 17): a production
 * build must carry neither the screen's code nor any way to write. `npm test` runs the unit tests
 * after `vite build`, so this reads the real dist/; the browser test `e2e/review-build.spec.ts`
 * checks that the built site answers no write.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '..', 'dist');
const built = existsSync(join(DIST, 'index.html'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Strings that only the review screen, its switch or its endpoint contain. */
const REVIEW_MARKERS = [
  '__review', // the endpoint's path
  'corrections.yaml',
  'data-review',
  'data-toggle="review"',
  'Biên tập dữ liệu', // the screen's heading, vi and en
  'Review the data',
  'Thêm sự kiện từ câu đã chọn',
  'ReviewScreen',
];

describe('the production build', () => {
  it.skipIf(!built)(
    'has no review screen, no review switch and no write endpoint (skipped: dist/index.html missing, run `vite build`)',
    () => {
      const code = filesUnder(DIST).filter((f) => /\.(js|html|css)$/.test(f));
      expect(code.some((f) => f.endsWith('.js'))).toBe(true);
      const found = code.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return REVIEW_MARKERS.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`);
      });
      expect(found).toEqual([]);
    },
  );

  it('would notice the review code if it were there: the markers are in its sources', () => {
    const sources = [
      'src/components/review/ReviewScreen.svelte',
      'src/components/review/strings.ts',
    ]
      .map((f) => readFileSync(join(import.meta.dirname, '..', f), 'utf8'))
      .join('\n');
    const endpoint = readFileSync(
      join(import.meta.dirname, '..', 'build/review-handler.ts'),
      'utf8',
    );
    for (const marker of ['Biên tập dữ liệu', 'Review the data', 'Thêm sự kiện từ câu đã chọn'])
      expect(sources).toContain(marker);
    expect(endpoint).toContain("'/__review/'");
  });
});
