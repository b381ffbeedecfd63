/**
 * An event's share page (`e/<id>/`) as a reader who followed a link uses it (issue 19): the tab
 * names the event, choosing another event goes to the app's own address, and Back returns to the
 * shared event.
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { inTimeOrder, servedDataset } from './timeline-helpers';

const SITE = 'Dòng thời gian Thành ủy Hà Nội 2019–2023';
const card = (page: Page) => page.locator('aside.card[data-selected-event]');

test('from a share page, another event is the app’s own URL and Back returns', async ({ page }) => {
  const data = await servedDataset(page);
  const [a, b] = inTimeOrder(data.events).filter((e) => e.kind === 'event');
  await page.goto(`./e/${a!.id}/`);
  await expect(card(page)).toHaveAttribute('data-selected-event', a!.id);
  await expect(page).toHaveTitle(`${a!.title} — ${SITE}`);

  await page.locator(`[data-event-id="${b!.id}"]`).first().click();
  await expect(card(page)).toHaveAttribute('data-selected-event', b!.id);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('event')).toBe(b!.id);
  await expect(page).toHaveTitle(`${b!.title} — ${SITE}`);

  await page.goBack();
  await expect(card(page)).toHaveAttribute('data-selected-event', a!.id);
  expect(new URL(page.url()).pathname).toBe(`/e/${a!.id}/`);
  await expect(page).toHaveTitle(`${a!.title} — ${SITE}`);

  await page.goForward();
  await expect(card(page)).toHaveAttribute('data-selected-event', b!.id);

  // Closing the card leaves the share page for the app: its address means this event.
  await page.goBack();
  await card(page).getByRole('button', { name: 'Đóng' }).click();
  await expect(card(page)).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page).toHaveTitle(SITE);
});

test('every share page names a served picture: a PNG of 1200×630 that is not blank', async ({
  page,
  request,
}) => {
  const data = await servedDataset(page);
  for (const event of data.events) {
    const html = await (await request.get(`e/${event.id}/`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, `e/${event.id}/ has an og:image`).toBeTruthy();
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    // Relative to the app root, as the page's <base> resolves it.
    const response = await request.get(image!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    const background = png.data.readUInt32BE(0);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (png.data.readUInt32BE(i) !== background) inked++;
    expect(inked / (png.width * png.height), `${image} is not blank`).toBeGreaterThan(0.02);
  }
});
