/**
 * The review screen under the dev server (issue 17), as an editor uses it: on a temporary seeds
 * folder, confirm one event, retitle another, hide a third (keys), add one from a sentence
 * selected in the article (mouse); then the corrections file says so, the live rebuild redraws
 * the timeline without a page reload, and the cards carry the editor's marks. Runs its own `vite`
 * dev server (E2E_REVIEW_PORT, default 5210).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { devServerOnSeedsCopy } from '../scripts/dev-server';
import { axeViolations } from './axe';

const port = Number(process.env.E2E_REVIEW_PORT ?? 5210);
const origin = `http://127.0.0.1:${port}`;

let server: ChildProcess | null = null;
let work = '';
let seeds = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ({ server, work, seeds } = await devServerOnSeedsCopy(port, (f) => /\.(txt|json)$/.test(f)));
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const served = async () => (await (await fetch(`${origin}/data/timeline.json`)).json()) as Dataset;
const current = (page: Page) =>
  page.locator('[data-review-event]').getAttribute('data-review-event');
const saved = (page: Page, what: RegExp) =>
  expect(page.locator('.review-message')).toContainText(what, { timeout: 10_000 });

/** Selects the longest line of the article shown, as an editor would with the mouse. */
async function selectALine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('[data-article]')!;
    const text = article.textContent!;
    const line = text.split('\n').reduce((a, b) => (b.trim().length > a.trim().length ? b : a));
    const from = text.indexOf(line);
    const to = from + line.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const end = at + node.data.length;
      if (from >= at && from <= end) range.setStart(node, from - at);
      if (to >= at && to <= end) {
        range.setEnd(node, to - at);
        break;
      }
      at = end;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return line.trim();
  });
}

test('an editor confirms, retitles, hides and adds; the file, the timeline and the cards follow', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(origin);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole('button', { name: 'Biên tập', exact: true }).click();
  await expect(page.locator('[data-review-screen]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-article]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Keyboard: C confirms and moves on; E edits; J, then H hides.
  const confirmed = (await current(page))!;
  await page.keyboard.press('c');
  await saved(page, /Đã lưu: xác nhận/);
  const retitled = (await current(page))!;
  expect(retitled).not.toBe(confirmed);
  await page.keyboard.press('e');
  const title = page.getByLabel('Tiêu đề');
  await expect(title).toBeFocused();
  await title.fill('Thành ủy Hà Nội tổng kết công tác xây dựng Đảng năm 2021');
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await saved(page, /Đã lưu: sửa/);
  await page.keyboard.press('j');
  const hidden = (await current(page))!;
  expect([confirmed, retitled]).not.toContain(hidden);
  await page.keyboard.press('h');
  await page.getByLabel('Lý do ẩn').fill('Trùng với một sự kiện khác');
  await page.keyboard.press('Enter');
  await saved(page, /Đã lưu: ẩn/);

  // Mouse: select a sentence in the article, add an event from it.
  await expect(page.locator('[data-article]')).toBeVisible();
  const sentence = await selectALine(page);
  await page.getByRole('button', { name: 'Thêm sự kiện từ câu đã chọn' }).click();
  const form = page.locator('[data-review-form="add"]');
  await form.getByLabel('Tiêu đề').fill('Sự kiện biên tập viên thêm từ bài báo');
  await form.getByLabel(/^Ngày/).fill('2021-04-22');
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await saved(page, /Đã lưu: thêm/);
  const added = '2021-04-22-su-kien-bien-tap-vien-them-tu-bai-bao';

  // The corrections file says what was done, in its fixed order.
  const file = readFileSync(join(seeds, 'corrections.yaml'), 'utf8');
  expect(file).toContain(`  ${confirmed}:\n    reviewed: true\n`);
  expect(file).toContain(
    `  ${retitled}:\n    reviewed: true\n    title: Thành ủy Hà Nội tổng kết công tác xây dựng Đảng năm 2021\n`,
  );
  expect(file).toContain(`  ${hidden}:\n    hide: Trùng với một sự kiện khác\n`);
  expect(file).toContain(`  ${added}:\n    kind: event\n    date: 2021-04-22\n`);
  expect(file).toContain(sentence.slice(0, 40));
  expect(file.indexOf('events:')).toBeLessThan(file.indexOf('add:'));

  // The live rebuild: the dataset on disk, then the page, without a reload.
  await expect
    .poll(async () => (await served()).events.some((e) => e.id === added), { timeout: 30_000 })
    .toBe(true);
  const data = await served();
  expect(data.events.some((e) => e.id === hidden)).toBe(false);
  expect(data.events.find((e) => e.id === confirmed)).toMatchObject({ reviewed: true });
  expect(data.events.find((e) => e.id === retitled)).toMatchObject({
    reviewed: true,
    edited: ['title'],
  });
  await expect(page.locator(`[data-queue-id="${hidden}"]`)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator(`[data-queue-id="${added}"]`)).toBeVisible();

  await page.getByRole('button', { name: 'Biên tập', exact: true }).click();
  await expect(page.locator(`[data-event-id="${added}"]`)).toBeAttached({ timeout: 20_000 });
  await expect(page.locator(`[data-event-id="${hidden}"]`)).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);

  // The cards: checked, edited, and one the compiler made alone.
  await page.goto(`${origin}/?event=${retitled}`);
  const card = page.locator(`[data-selected-event="${retitled}"]`);
  await expect(card.locator('#card-title')).toHaveText(
    'Thành ủy Hà Nội tổng kết công tác xây dựng Đảng năm 2021',
    { timeout: 20_000 },
  );
  await expect(card.locator('[data-editorial="checked"]')).toContainText(
    'Đã được biên tập viên kiểm tra',
  );
  await expect(card.locator('[data-editorial-edited]')).toHaveText('Biên tập viên đã sửa: tiêu đề');
  await page.goto(`${origin}/?event=${confirmed}`);
  await expect(
    page.locator(`[data-selected-event="${confirmed}"] [data-editorial="checked"]`),
  ).toBeVisible({ timeout: 20_000 });
  const untouched = data.events.find((e) => !e.reviewed)!;
  await page.goto(`${origin}/?event=${untouched.id}`);
  await expect(
    page.locator(`[data-selected-event="${untouched.id}"] [data-editorial="automatic"]`),
  ).toContainText('Trích tự động từ bài báo', { timeout: 20_000 });
});
