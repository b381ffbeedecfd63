import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { inTimeOrder, servedDataset, visibleRange, withoutCoreFile } from './timeline-helpers';

const card = (page: Page) => page.locator('aside.card[data-selected-event]');
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Opens the app at a query string and waits for the timeline to be drawn. */
async function openAt(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('.plot')).toBeVisible();
}

test.describe('the URL is the view', () => {
  test('?event=<id> opens that card with the event in view', async ({ page }) => {
    const data = await servedDataset(page);
    const target = inTimeOrder(data.events).at(-1)!;
    await openAt(page, `?event=${target.id}`);
    await expect(card(page)).toHaveAttribute('data-selected-event', target.id);
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
    await expect(mark(page, target.id)).toBeInViewport();
    expect(param(page, 'event')).toBe(target.id);
  });

  test('an old id listed in the aliases resolves to its new id, and the URL is rewritten', async ({
    page,
  }) => {
    const data = await servedDataset(page);
    const target = inTimeOrder(data.events)[2]!;
    const oldId = `${target.id.slice(0, 10)}-renamed-by-a-better-compiler`;
    await withoutCoreFile(page);
    await page.route('**/data/timeline.json', (route) =>
      route.fulfill({ json: { ...data, aliases: { [oldId]: target.id } } satisfies Dataset }),
    );
    await openAt(page, `?event=${oldId}`);
    await expect(card(page)).toHaveAttribute('data-selected-event', target.id);
    await expect.poll(() => param(page, 'event')).toBe(target.id);
    await expect(page.locator('[data-notice="event-not-found"]')).toHaveCount(0);
    // Rewritten in place: Back leaves the app rather than returning to the old id.
    expect(await page.evaluate(() => history.length)).toBe(2);
  });

  test('an unknown id shows a dismissible notice and leaves the timeline working', async ({
    page,
  }) => {
    const data = await servedDataset(page);
    await openAt(page, '?event=2099-01-01-never-published');
    const notice = page.locator('[data-notice="event-not-found"]');
    await expect(notice).toContainText('Không tìm thấy sự kiện');
    await expect(notice).toContainText('2099-01-01-never-published');
    await expect(card(page)).toHaveCount(0);
    await expect(page.locator('[data-event-id]')).toHaveCount(data.events.length);
    expect(param(page, 'event')).toBeNull();
    await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('invalid parameters are ignored, never rendered as markup', async ({ page }) => {
    const data = await servedDataset(page);
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    await openAt(page, `?event=${evil}&q=${evil}&kinds=bogus&from=yesterday&lang=xx&theme=${evil}`);
    await expect(page.locator('[data-event-id]')).toHaveCount(data.events.length);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /Tìm kiếm/ })).toHaveValue('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('Back and Forward walk the selections', async ({ page }) => {
    const data = await servedDataset(page);
    const [a, b] = inTimeOrder(data.events).filter((e) => e.kind === 'event');
    await openAt(page, '');
    await mark(page, a!.id).click();
    await expect(card(page)).toHaveAttribute('data-selected-event', a!.id);
    await mark(page, b!.id).click();
    await expect(card(page)).toHaveAttribute('data-selected-event', b!.id);
    expect(param(page, 'event')).toBe(b!.id);

    await page.goBack();
    await expect(card(page)).toHaveAttribute('data-selected-event', a!.id);
    await page.goBack();
    await expect(card(page)).toHaveCount(0);
    await page.goForward();
    await expect(card(page)).toHaveAttribute('data-selected-event', a!.id);
    await page.goForward();
    await expect(card(page)).toHaveAttribute('data-selected-event', b!.id);
  });

  test('from/to restore the window, and zooming rewrites them without a history entry', async ({
    page,
  }) => {
    const data = await servedDataset(page);
    await openAt(page, '?from=2021-01-01&to=2021-12-31');
    // The label names the same days as the URL: `to` is the window's last day.
    await expect.poll(() => visibleRange(page)).toMatch(/1\/1\/2021 – 31\/12\/2021/);
    // Point events only: a leadership term spans years and may cross the window.
    const outside = data.events.filter(
      (e) => e.kind !== 'leadership' && (e.date < '2020-12-01' || e.date > '2022-02-01'),
    );
    for (const e of outside) await expect(mark(page, e.id)).toHaveCount(0);
    const inside = data.events.filter((e) => e.date >= '2021-01-01' && e.date <= '2021-12-31');
    for (const e of inside) await expect(mark(page, e.id)).toHaveCount(1);

    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Phóng to' }).click();
    await expect.poll(() => param(page, 'from')).not.toBe('2021-01-01');
    expect(param(page, 'to')! > param(page, 'from')!).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(entries);

    // A reload restores the same day window: the URL it writes back is unchanged.
    const [from, to] = [param(page, 'from'), param(page, 'to')];
    await page.reload();
    await expect(page.locator('.plot')).toBeVisible();
    await page.waitForTimeout(400); // past the range debounce: a rewrite would have happened
    expect([param(page, 'from'), param(page, 'to')]).toEqual([from, to]);
    const [y, m, d] = from!.split('-').map(Number);
    expect(await visibleRange(page)).toContain(`${d}/${m}/${y} –`);
  });

  test('a per-event page’s <meta name="timeline-event"> opens that event', async ({ page }) => {
    const data = await servedDataset(page);
    const target = inTimeOrder(data.events)[1]!;
    await page.route(/\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<head>',
        `<head><meta name="timeline-event" content="${target.id}">`,
      );
      await route.fulfill({ response, body: html });
    });
    await openAt(page, '');
    await expect(card(page)).toHaveAttribute('data-selected-event', target.id);
  });
});
