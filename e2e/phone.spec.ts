/**
 * A phone reader's timeline (390×844, touch): gestures that land on marks and labels move the
 * timeline, never the page's zoom.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openTimeline, visibleRange, zoomablePlot } from './timeline-helpers';
import { Finger } from './touch';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The visible window as [from, to] in days since the epoch, read from its caption. */
async function visibleDays(page: Page): Promise<[number, number]> {
  const days = [...(await visibleRange(page)).matchAll(/(\d+)\/(\d+)\/(\d{4})/g)].map(
    ([, d, m, y]) => Date.UTC(+y!, +m! - 1, +d!) / 86_400_000,
  );
  expect(days).toHaveLength(2);
  return [days[0]!, days[1]!];
}

const pageZoom = (page: Page) => page.evaluate(() => window.visualViewport?.scale ?? 1);

/** The centre of a visible mark label, checked to be what a finger there would touch. */
async function labelCentre(label: Locator): Promise<[number, number]> {
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  const at: [number, number] = [box.x + box.width / 2, box.y + box.height / 2];
  const hit = await label.evaluate(
    (el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)),
    at,
  );
  expect(hit, 'the label is what the finger touches').toBe(true);
  return at;
}

test('a pinch that starts on a mark’s label zooms the timeline, not the page', async ({ page }) => {
  await openTimeline(page);
  await zoomablePlot(page);
  const finger = await Finger.on(page);
  const [from, to] = await visibleDays(page);
  // The widest label, so both fingers land on it.
  const label = page.locator('[data-lane="events"] .label').first();
  const [x, y] = await labelCentre(label);
  await finger.pinchOut(x, y);
  await expect
    .poll(async () => (await visibleDays(page))[1] - (await visibleDays(page))[0])
    .toBeLessThan((to - from) / 2);
  expect(await pageZoom(page)).toBe(1);
});

test('a swipe that starts on a label pans the timeline, and a tap on it still opens the card', async ({
  page,
}) => {
  await openTimeline(page);
  await zoomablePlot(page);
  // The whole range cannot pan: zoom in first.
  await page.locator('.zoom-controls button').first().click();
  await expect.poll(() => visibleRange(page)).toContain('2020');
  const finger = await Finger.on(page);
  const before = await visibleDays(page);
  const label = page.locator('[data-lane="events"] .label').first();
  const [x, y] = await labelCentre(label);
  await finger.swipe([x, y], [x + 150, y + 6]);
  // Dragged right: earlier dates come into view.
  await expect.poll(async () => (await visibleDays(page))[0]).toBeLessThan(before[0] - 30);
  expect(await pageZoom(page)).toBe(1);
  await expect(page.locator('[data-selected-event]')).toHaveCount(0);

  const [tx, ty] = await labelCentre(label);
  await page.touchscreen.tap(tx, ty);
  await expect(page.locator('[data-selected-event]')).toBeVisible();
});

test('a vertical swipe on the timeline scrolls the page and leaves the window alone', async ({
  page,
}) => {
  await openTimeline(page);
  const box = await zoomablePlot(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const before = await visibleRange(page);
  const finger = await Finger.on(page);
  const x = box.x + box.width / 3;
  const y = Math.min(box.y + box.height - 40, 800);
  await finger.swipe([x, y], [x + 4, y - 150]);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  expect(await visibleRange(page)).toBe(before);
});

test('the overview strip keeps its place under the finger through brushing and zooming', async ({
  page,
}) => {
  await openTimeline(page);
  await zoomablePlot(page);
  const strip = page.locator('.overview-strip');
  await strip.scrollIntoViewIfNeeded();
  // Where the strip is on the page (not on the screen: scrolling is not moving).
  // Measured once the view has settled (the gesture canvas gone) and a frame has been drawn.
  const top = async () => {
    await expect(page.locator('.marks-canvas')).toBeHidden();
    return strip.evaluate(
      (el) =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => done(el.getBoundingClientRect().top + window.scrollY)),
        ),
    );
  };
  const before = await top();
  const finger = await Finger.on(page);

  // A finger drags the window's right edge to the left: the timeline zooms in.
  const range = await visibleRange(page);
  const handle = (await page.locator('.brush-handle.end').boundingBox())!;
  const y = handle.y + handle.height / 2;
  const x = handle.x + handle.width / 2 - 2;
  await finger.swipe([x, y], [x - handle.x * 0.6, y]);
  await expect.poll(() => visibleRange(page)).not.toBe(range);
  expect(await top()).toBe(before);

  // Zooming from the buttons, in further and back out, leaves it where it was too.
  for (const button of [0, 0, 1, 2]) {
    const shown = await visibleRange(page);
    await page.locator('.zoom-controls button').nth(button).click();
    await expect.poll(() => visibleRange(page)).not.toBe(shown);
    expect(await top()).toBe(before);
  }
});
