import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { inTimeOrder, servedDataset } from './timeline-helpers';

// Embed mode (issue 5). The pieces are built and unit-tested (src/components/embed,
// src/lib/export/host-bridge.ts, wheel-gate.ts); these flows need App.svelte to honour `?embed=1`
// (no header, EmbedFooter, HostBridge, WheelGate).

/**
 * A host page on another origin (another port of 127.0.0.1), framing the embed and recording what
 * it posts. A real local server, not `page.route`: Chromium's Private Network Access refuses to let
 * a routed "public" page frame a local one.
 */
let host: Server;
let hostOrigin = '';
let embedSrc = '';

test.beforeAll(async () => {
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Host</title><body>
      <h1>Host page</h1>
      <iframe id="tl" src="${embedSrc}" title="Timeline" width="800" height="500"></iframe>
      <script>
        window.received = [];
        addEventListener('message', (e) => {
          if (e.source === document.getElementById('tl').contentWindow) received.push(e.data);
        });
        window.send = (m) => document.getElementById('tl').contentWindow.postMessage(m, '*');
      </script></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openHost(page: Page, baseURL: string, query = 'embed=1') {
  embedSrc = new URL(`./?${query}`, baseURL).href;
  await page.goto(`${hostOrigin}/article.html`);
  return page.frameLocator('#tl');
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);

test.describe('embed mode', () => {
  // The lead deletes this line once App.svelte is wired.

  test('says ready, then follows goto and next from the host and reports select', async ({
    page,
    baseURL,
  }) => {
    const frame = await openHost(page, baseURL!);
    await expect
      .poll(async () => (await received(page)).map((m) => m.type))
      .toContain('timeline:ready');
    expect((await received(page)).find((m) => m.type === 'timeline:ready')).toEqual({
      type: 'timeline:ready',
      version: 1,
    });
    const events = inTimeOrder((await servedDataset(page)).events);
    await page.evaluate(
      (id) =>
        (window as unknown as { send: (m: unknown) => void }).send({ type: 'timeline:goto', id }),
      events[2]!.id,
    );
    await expect(frame.locator(`[data-selected-event="${events[2]!.id}"]`)).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'timeline:next' }),
    );
    await expect(frame.locator(`[data-selected-event="${events[3]!.id}"]`)).toBeVisible();
    await expect
      .poll(async () => (await received(page)).filter((m) => m.type === 'timeline:select'))
      .toEqual([
        { type: 'timeline:select', id: events[2]!.id },
        { type: 'timeline:select', id: events[3]!.id },
      ]);
  });

  test('ignores malformed messages', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL!);
    await expect.poll(async () => (await received(page)).length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send({ type: 'timeline:goto', id: '<img src=x onerror=alert(1)>' });
      send('timeline:next');
      send({ type: 'timeline:next', extra: 1 });
    });
    await page.waitForTimeout(200);
    await expect(frame.locator('[data-selected-event]')).toHaveCount(0);
  });

  test('fits 320×240 without scrollbars and links back to the full timeline', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('./?embed=1');
    // The compact layout at this size (embed-small.spec.ts follows it further).
    await expect(page.locator('[data-strip-mark] svg').first()).toBeVisible();
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    const link = page.getByRole('link', { name: /Xem toàn bộ dòng thời gian/ });
    await expect(link).toHaveAttribute('target', '_blank');
    expect(new URL((await link.getAttribute('href'))!).searchParams.has('embed')).toBe(false);
  });

  test('a wheel does not zoom until the timeline is clicked, and says so', async ({ page }) => {
    await page.goto('./?embed=1');
    const plot = page.locator('.plot');
    const before = await page.locator('[data-visible-range]').textContent();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, -600);
    await expect(page.locator('[data-wheel-hint]')).toHaveText(/giữ Ctrl\/⌘/);
    await expect(page.locator('[data-visible-range]')).toHaveText(before!);
    await page.mouse.click(box.x + box.width / 2, box.y + 12);
    await page.mouse.wheel(0, -600);
    await expect(page.locator('[data-visible-range]')).not.toHaveText(before!);
  });

  test('is axe clean', async ({ page }) => {
    await page.goto('./?embed=1');
    await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
