/**
 * Live rebuilds under the dev server (issue 16): a newsroom drops an article into the seeds
 * folder while the app is open and sees its event appear, without a page reload, with the card
 * it had open still open; a broken article shows a notice naming it while the last good timeline
 * stays. Runs its own `vite` dev server on a temporary seeds folder (E2E_DEV_PORT, default 5199).
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { devServerOnSeedsCopy } from '../scripts/dev-server';
import { axeViolations } from './axe';

const port = Number(process.env.E2E_DEV_PORT ?? 5199);
const origin = `http://127.0.0.1:${port}`;
const NEW_FILE = 'zz-kiem-tra.txt';
const NEW_ARTICLE = [
  'Hà Nội tổng kết công tác kiểm tra, giám sát năm 2022',
  '',
  'Ngày 14/12/2022, Ủy ban Kiểm tra Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2022, triển khai nhiệm vụ năm 2023.',
].join('\n');

let server: ChildProcess | null = null;
let work = '';
let seeds = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ({ server, work, seeds } = await devServerOnSeedsCopy(port, (f) => f.endsWith('.txt')));
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const served = async () => (await (await fetch(`${origin}/data/timeline.json`)).json()) as Dataset;

test('a new article appears in place, the open card stays; a broken one shows a notice', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const before = await served();
  const opened = before.events.find((e) => e.kind === 'event')!;
  await page.goto(`${origin}/?event=${opened.id}`);
  const card = page.locator(`[data-selected-event="${opened.id}"]`);
  await expect(card).toBeVisible({ timeout: 30_000 });
  // Mark this document: a reload would lose the mark.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  writeFileSync(join(seeds, NEW_FILE), NEW_ARTICLE);
  await expect
    .poll(async () => (await served()).sources.some((s) => s.file === NEW_FILE), {
      timeout: 20_000,
    })
    .toBe(true);
  const after = await served();
  const source = after.sources.find((s) => s.file === NEW_FILE)!;
  const added = after.events.find((e) => e.sources.some((r) => r.source === source.id))!;
  expect(added.date).toBe('2022-12-14');
  await expect(page.locator(`[data-event-id="${added.id}"]`)).toBeAttached({ timeout: 20_000 });
  await expect(card).toBeVisible();
  await expect(page.locator('#card-title')).toHaveText(opened.title);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);

  // Broken: not UTF-8. The notice names the file; the timeline and the card stay as they were.
  writeFileSync(
    join(seeds, NEW_FILE),
    Buffer.concat([Buffer.from('Hà Nội '), Buffer.from([0xff, 0xfe])]),
  );
  const notice = page.locator('[data-live-notice]');
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText(NEW_FILE);
  await expect(notice).toContainText('UTF-8');
  await expect(page.locator(`[data-event-id="${added.id}"]`)).toBeAttached();
  await expect(card).toBeVisible();
  expect((await served()).events.some((e) => e.id === added.id)).toBe(true);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);
  // The notice is ours to check; the rest of the page has its own axe tests (a11y.spec.ts).
  expect(await axeViolations(page, '.live-notices')).toEqual([]);

  // Fixed: the notice goes, the event stays.
  writeFileSync(join(seeds, NEW_FILE), NEW_ARTICLE);
  await expect(notice).toBeHidden({ timeout: 20_000 });
  await expect(page.locator(`[data-event-id="${added.id}"]`)).toBeAttached();
});
