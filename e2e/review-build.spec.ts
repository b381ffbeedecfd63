import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The built app (served by `vite preview`): the review screen and its endpoint are dev-server
// only (issue 17). scripts/no-review-in-build.test.ts checks the files; this checks the site.
test('the built app has no review switch and answers no write', async ({ page, request }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.site-header [data-toggle="language"]')).toBeVisible();
  await expect(page.locator('[data-toggle="review"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Biên tập|Review/ })).toHaveCount(0);

  const file = 'seeds/corrections.yaml';
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const origin = new URL(page.url()).origin;
  const write = await request.post('__review/corrections', {
    headers: { origin, 'content-type': 'application/json' },
    data: { section: 'events', id: 'x', entry: { reviewed: true } },
  });
  expect(write.status()).toBeGreaterThanOrEqual(400);
  const read = await request.get('__review/corrections');
  expect(await read.text()).not.toContain('"corrections"');
  expect(existsSync(file) ? readFileSync(file, 'utf8') : null).toBe(before);
});
