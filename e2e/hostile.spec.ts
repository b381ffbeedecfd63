/**
 * The app against a hostile dataset and hostile URLs: it shows what it can, names what it
 * rejected, never executes a byte of data, and never talks to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { servedDataset, withoutCoreFile } from './timeline-helpers';

const ATTACKS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '{@html "<b>"}',
];

/** Fails the test if the page opens a dialog, runs injected code or grows an injected element. */
async function guard(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('body [onerror], body [onload], body script').count()).toBe(0);
  };
}

function poison(dataset: Dataset): unknown {
  const events = dataset.events.map((e, i) => ({
    ...e,
    title: `${ATTACKS[i % ATTACKS.length]} ${e.title}`,
    summary: ATTACKS.join(' '),
  }));
  return {
    ...dataset,
    sources: dataset.sources.map((s) => ({
      ...s,
      outlet: ATTACKS[3],
      author: ATTACKS[0],
      title: ATTACKS[1],
    })),
    people: dataset.people.map((p) => ({ ...p, name: `${p.name} ${ATTACKS[2]}` })),
    events: [
      ...events,
      { ...events[0], title: 'x'.repeat(2_000_000) },
      { ...events[0], id: 'outside-range', date: '1975-04-30' },
      { ...events[1], id: events[1]!.id },
      { id: 'missing-fields', kind: 'event' },
      { ...events[0], id: '../../etc/passwd' },
    ],
  };
}

test('a hostile dataset is shown as text, with what was rejected named', async ({ page }) => {
  const check = await guard(page);
  const dataset = await servedDataset(page);
  await withoutCoreFile(page);
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: poison(dataset) }));
  await page.goto('./');
  await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
  // Every valid event is drawn; the broken ones are counted in a notice.
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  await expect(
    page
      .getByText(/5/)
      .filter({ hasText: /bị loại|rejected|loại bỏ/i })
      .first(),
  ).toBeVisible();
  await page.locator('[data-event-id]').first().click();
  await expect(page.locator('[data-selected-event]')).toBeVisible();
  await expect(page.locator('[data-selected-event]')).toContainText('<script>');
  await check();
});

test('a dataset of the wrong schema version shows a clear error, not a blank page', async ({
  page,
}) => {
  const dataset = await servedDataset(page);
  await withoutCoreFile(page);
  await page.route('**/data/timeline.json', (route) =>
    route.fulfill({ json: { ...dataset, schemaVersion: 99 } }),
  );
  await page.goto('./');
  await expect(page.locator('[data-state="error"]')).toContainText('schemaVersion');
  await expect(page.getByRole('button', { name: /thử lại|retry/i })).toBeVisible();
});

test.describe('hostile URL parameters', () => {
  const queries = [
    '?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '?event=javascript:window.__pwned=1',
    '?event=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    '?from=zzz&to=2019-13-45&kinds=%3Cb%3E,event&lang=xx&theme=%3Cscript%3E',
    // As long as a server accepts (about 16 KB of URL); longer ones never reach the page.
    `?q=${'a'.repeat(12_000)}`,
    '?person=../../x&doc=%00%01&tour=,,,,&present=2&embed=%3Csvg%3E',
  ];
  for (const query of queries)
    test(`${query.slice(0, 60)}${query.length > 60 ? '…' : ''} is ignored safely`, async ({
      page,
    }) => {
      const check = await guard(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./${query}`);
      await expect(page.locator('[data-lane="events"]')).toBeVisible();
      expect(errors).toEqual([]);
      await check();
    });
});

test('the app makes no request to any origin but its own', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  await page.goto('./');
  await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
  await page.locator('[data-event-id]').first().click();
  await page.keyboard.press('Escape');
  const search = page.getByRole('combobox');
  if (await search.count()) {
    await search.first().fill('ha noi');
    await page.waitForTimeout(300);
  }
  await page
    .getByRole('button', { name: /danh sách|list/i })
    .first()
    .click();
  expect(foreign).toEqual([]);
});
