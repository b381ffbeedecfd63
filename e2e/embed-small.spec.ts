import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page, type TestInfo } from '@playwright/test';
import { axeViolations } from './axe';
import { inTimeOrder, servedDataset } from './timeline-helpers';

// Small embeds adapt (issue 18): under about 480 × 360 the compact layout, by itself; at
// 800 × 450 a start event's card beside the chart, its mark uncovered, the rest of the chart
// reachable. Framed by a host page on another origin, as a CMS frames it. Screenshots are saved.

let host: Server;
let hostOrigin = '';
let frameSrc = '';
let frameSize = { width: 320, height: 240 };

test.beforeAll(async () => {
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Article</title><body style="margin:8px">
      <p>Host article.</p>
      <iframe id="tl" src="${frameSrc}" title="Timeline" width="${frameSize.width}"
        height="${frameSize.height}" style="border:0"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function framed(page: Page, baseURL: string, query: string, width: number, height: number) {
  frameSrc = new URL(`./?${query}`, baseURL).href;
  frameSize = { width, height };
  await page.setViewportSize({ width: width + 40, height: height + 80 });
  await page.goto(`${hostOrigin}/article.html`);
  await expect.poll(() => page.frame({ url: /embed=1/ })).toBeTruthy();
  return page.frame({ url: /embed=1/ })!;
}

async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.locator('#tl').screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

const noScroll = (frame: Frame) =>
  frame.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));

test('a 320×240 frame shows a strip of marks and the current event, and steps with its buttons', async ({
  page,
  baseURL,
}, info) => {
  const frame = await framed(page, baseURL!, 'embed=1', 320, 240);
  const events = inTimeOrder((await servedDataset(page)).events);
  await expect(frame.locator('[data-compact]')).toBeVisible();
  await expect(frame.locator('.plot')).toHaveCount(0);
  await expect(frame.getByRole('combobox')).toHaveCount(0);
  // At least three marks, every one inside the frame.
  const marks = frame.locator('[data-strip-mark]');
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  for (const box of await marks.evaluateAll((els) =>
    els.map((el) => el.querySelector('svg')!.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.bottom).toBeLessThanOrEqual(240);
  }
  const caption = frame.locator('[data-compact-event]');
  await expect(caption).toContainText(events[0]!.title);
  await expect(frame.locator('#compact-title')).toBeInViewport();
  expect(await noScroll(frame)).toEqual({ x: 0, y: 0 });
  await shoot(page, info, 'embed-320x240');

  await frame.getByRole('button', { name: /Sau/ }).click();
  await expect(caption).toHaveAttribute('data-compact-event', events[1]!.id);
  await frame.getByRole('button', { name: /Sau/ }).click();
  await expect(caption).toContainText(events[2]!.title);
  await expect(frame.locator('[data-compact-progress]')).toHaveText(`3 / ${events.length}`);
  await frame.getByRole('button', { name: /Trước/ }).click();
  await expect(caption).toHaveAttribute('data-compact-event', events[1]!.id);
  // The current event is the highlighted mark on the strip.
  await expect(
    frame.locator(`[data-strip-mark="${events[1]!.id}"] circle[style*="accent"]`).first(),
  ).toBeAttached();
  await shoot(page, info, 'embed-320x240-step');
});

test('a frame switches layout by itself as it is resized', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('./?embed=1');
  await expect(page.locator('.plot')).toBeVisible();
  await page.setViewportSize({ width: 400, height: 300 });
  await expect(page.locator('[data-compact]')).toBeVisible();
  await expect(page.locator('.plot')).toHaveCount(0);
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(page.locator('.plot')).toBeVisible();
});

for (const kind of ['event', 'directive'] as const)
  test(`800×450 with a start ${kind}: its mark uncovered, the card beside, the rest of the chart reachable`, async ({
    page,
    baseURL,
  }, info) => {
    const events = inTimeOrder((await servedDataset(page)).events);
    const start = events.filter((e) => e.kind === kind).at(-1)!;
    const frame = await framed(page, baseURL!, `embed=1&event=${start.id}`, 800, 450);
    const card = frame.locator(`[data-selected-event="${start.id}"]`);
    await expect(card).toBeVisible();
    const mark = frame.locator(`[data-event-id="${start.id}"]`);
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    await expect(mark).toBeInViewport();
    // Uncovered: what is at the glyph's centre is the mark, not the card or anything else.
    const hit = await mark.evaluate((el) => {
      const g = el.querySelector('.glyph')!.getBoundingClientRect();
      const found = document.elementFromPoint(g.x + g.width / 2, g.y + g.height / 2);
      return !!found && el.contains(found);
    });
    expect(hit).toBe(true);
    const markBox = (await mark.locator('.glyph').boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    expect(markBox.x + markBox.width).toBeLessThanOrEqual(cardBox.x);
    expect(await noScroll(frame)).toEqual({ x: 0, y: 0 });
    await shoot(page, info, `embed-800x450-${kind}`);
    // The Directives lane and the overview are a scroll away inside the frame.
    await frame.locator('.view').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(frame.locator('[data-lane="directives"]')).toBeInViewport();
    await expect(frame.locator('.overview-strip')).toBeInViewport();
  });

test('the compact embed is axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.goto('./?embed=1');
  await expect(page.locator('[data-strip-mark] svg').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
