import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page, type TestInfo } from '@playwright/test';
import { axeViolations } from './axe';

// Presenter mode is a slide (issue 18): exactly the window, no page scroll, the current event's
// mark in view and highlighted at every step, the caption below the chart, controls that come
// and go. Each test saves a screenshot to its output folder, to be looked at.

type Doc = Page | Frame;

const caption = (doc: Doc) => doc.locator('[data-present-event]');
const progress = (doc: Doc) => doc.locator('[data-present-progress]');

async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** The document does not scroll either way. */
async function overflow(doc: Doc) {
  return doc.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
}

/**
 * The current step's mark, once its glide has settled: highlighted, and its whole box (glyph and
 * label) inside the window.
 */
async function expectCurrentMarkInView(doc: Doc, width: number, height: number) {
  const id = await caption(doc).getAttribute('data-present-event');
  const mark = doc.locator(`[data-event-id="${id}"]`);
  await expect(mark).toHaveAttribute('data-highlighted', 'true');
  // Settled: the glide (under a second) is over when the mark stays put across a few frames.
  const at = () => mark.evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
  await expect
    .poll(async () => {
      const before = await at();
      await new Promise((r) => setTimeout(r, 150));
      return before === (await at());
    })
    .toBe(true);
  await expect(doc.locator('.lanes.moving')).toHaveCount(0);
  await expect(doc.locator('[data-highlighted="true"]')).toHaveCount(1);
  const box = await mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  expect(box.left, `mark ${id} left`).toBeGreaterThanOrEqual(0);
  expect(box.top, `mark ${id} top`).toBeGreaterThanOrEqual(0);
  expect(box.right, `mark ${id} right`).toBeLessThanOrEqual(width);
  expect(box.bottom, `mark ${id} bottom`).toBeLessThanOrEqual(height);
  // Nothing is drawn over the mark: the element at its glyph's centre is the mark itself.
  const onTop = await mark.evaluate((el) => {
    const glyph = el.querySelector('.glyph')!.getBoundingClientRect();
    const hit = document.elementFromPoint(glyph.x + glyph.width / 2, glyph.y + glyph.height / 2);
    return !!hit && el.contains(hit);
  });
  expect(onTop, `mark ${id} uncovered`).toBe(true);
  expect(await overflow(doc)).toEqual({ x: 0, y: 0 });
}

async function step(doc: Doc, page: Page, key: 'PageDown' | 'PageUp') {
  const before = await progress(doc).textContent();
  await page.keyboard.press(key);
  await expect(progress(doc)).not.toHaveText(before!);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`at ${width}×${height} the slide is the window and the current mark stays in view, highlighted`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?present=1');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    await expectCurrentMarkInView(page, width, height);
    for (let i = 0; i < 5; i++) await step(page, page, 'PageDown');
    await expect(progress(page)).toHaveText(/^6 \//);
    await expectCurrentMarkInView(page, width, height);
    await shoot(page, info, `present-${width}x${height}`);
    await step(page, page, 'PageUp');
    await expect(progress(page)).toHaveText(/^5 \//);
    await expectCurrentMarkInView(page, width, height);
    // The caption lies below the chart, never over it.
    const plot = (await page.locator('.plot').boundingBox())!;
    const text = (await caption(page).boundingBox())!;
    expect(text.y).toBeGreaterThanOrEqual(plot.y + plot.height - 1);
  });
}

test('each step glides the view, and jumps under reduced motion', async ({ page }) => {
  // The window a step shows, sampled on every frame for a second after the key.
  const windowsAfter = async (key: string) => {
    await page.evaluate(() => {
      const seen = new Set<string>();
      const w = window as unknown as { seen: Set<string> };
      w.seen = seen;
      const end = performance.now() + 1000;
      const sample = () => {
        seen.add(document.querySelector('[data-visible-range]')?.textContent ?? '');
        if (performance.now() < end) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.keyboard.press(key);
    await page.waitForTimeout(1100);
    return page.evaluate(() => (window as unknown as { seen: Set<string> }).seen.size);
  };
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1');
  await expectCurrentMarkInView(page, 1280, 720);
  // To the last event, years away: the view travels.
  expect(await windowsAfter('End')).toBeGreaterThan(4);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?present=1');
  await expectCurrentMarkInView(page, 1280, 720);
  expect(await windowsAfter('End')).toBeLessThanOrEqual(2);
});

test('the controls come with the pointer or a key and go again; the progress stays', async ({
  page,
}, info) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1');
  const controls = page.locator('[data-present-controls]');
  await expect(controls).toHaveAttribute('data-present-controls', 'shown');
  await page.clock.runFor(3500);
  await expect(controls).toHaveAttribute('data-present-controls', 'hidden');
  await expect(controls).toHaveCSS('opacity', '0');
  await expect(progress(page)).toBeVisible();
  await shoot(page, info, 'present-controls-hidden');
  // A step key leaves them hidden: the audience sees the slide.
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText(/^2 \//);
  await expect(controls).toHaveAttribute('data-present-controls', 'hidden');
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 310);
  await expect(controls).toHaveAttribute('data-present-controls', 'shown');
  await page.clock.runFor(3500);
  await expect(controls).toHaveAttribute('data-present-controls', 'hidden');
  // Tab reaches them, and they stay while they have the focus.
  await page.keyboard.press('Tab');
  await expect(controls).toHaveAttribute('data-present-controls', 'shown');
  await page.clock.runFor(10_000);
  await expect(controls).toHaveAttribute('data-present-controls', 'shown');
  await expect(progress(page)).toBeVisible();
});

test('is axe clean as a slide, with the controls shown and hidden', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1');
  await expectCurrentMarkInView(page, 1280, 720);
  expect(await axeViolations(page)).toEqual([]);
  await page.clock.runFor(3500);
  await expect(page.locator('[data-present-controls="hidden"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('inside a reveal.js-style iframe', () => {
  let host: Server;
  let hostOrigin = '';
  let src = '';
  test.beforeAll(async () => {
    // A slide deck on another origin, a 960×540 slide framing the presenter, as reveal.js's
    // `data-background-iframe` or an `<iframe>` on a slide does.
    host = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>Deck</title>
        <body style="margin:0;background:#222">
        <section style="width:960px;height:540px">
          <iframe id="slide" src="${src}" title="Timeline" width="960" height="540"
            style="border:0" allow="fullscreen"></iframe>
        </section></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('fills the frame without scrolling and steps once the slide has the focus', async ({
    page,
    baseURL,
  }, info) => {
    src = new URL('./?present=1', baseURL).href;
    await page.setViewportSize({ width: 1100, height: 640 });
    await page.goto(`${hostOrigin}/deck.html`);
    const frame = page.frame({ url: /present=1/ })!;
    await expect(progress(frame)).toHaveText(/^1 \//);
    await expectCurrentMarkInView(frame, 960, 540);
    await caption(frame).click({ position: { x: 10, y: 10 } });
    for (let i = 0; i < 2; i++) await step(frame, page, 'PageDown');
    await expectCurrentMarkInView(frame, 960, 540);
    await shoot(page, info, 'present-in-iframe');
  });
});
