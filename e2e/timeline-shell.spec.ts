import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { openTimeline, servedDataset, withoutCoreFile } from './timeline-helpers';

test('the theme toggle switches to dark and back, and dark is axe-clean', async ({ page }) => {
  await openTimeline(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByRole('button', { name: 'Chuyển sang nền tối' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    lightBg,
  );
  expect(await axeViolations(page)).toEqual([]);
  await page
    .getByRole('button', { name: 'Switch to light theme' })
    .or(page.getByRole('button', { name: 'Chuyển sang nền sáng' }))
    .click();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the theme follows prefers-color-scheme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openTimeline(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('the theme follows the system as it changes, until the viewer picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openTimeline(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The system turns dark (a sunset schedule, say): no reload, and the link stays without theme=.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(page.url()).not.toContain('theme=');
  // A theme the viewer picks stays, whatever the system does next.
  await page.getByRole('button', { name: 'Chuyển sang nền sáng' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page).toHaveURL(/theme=light/);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('in forced colours the overview strip is drawn in the system’s text colour', async ({
  page,
}) => {
  await openTimeline(page);
  // The commonest opaque colour of a pixel row of the strip's canvas (the event band, y 8–16,
  // and the directive band, y 32–40), which a browser never repaints for forced colours.
  const bandColours = () =>
    page.locator('.overview canvas').evaluate((canvas: HTMLCanvasElement) => {
      const g = canvas.getContext('2d')!;
      const ratio = canvas.width / canvas.clientWidth;
      const commonest = (y: number) => {
        const row = g.getImageData(0, Math.round(y * ratio), canvas.width, 1).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < row.length; i += 4)
          if (row[i + 3] === 255) {
            const key = `${row[i]},${row[i + 1]},${row[i + 2]}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
      };
      return { event: commonest(12), directive: commonest(36) };
    });
  await expect.poll(async () => (await bandColours()).event).not.toBe('none');
  const themed = await bandColours();
  expect(themed.event).not.toBe(themed.directive);

  await page.emulateMedia({ forcedColors: 'active' });
  const canvasText = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    return `${r},${g},${b}`;
  });
  await expect.poll(bandColours).toEqual({ event: canvasText, directive: canvasText });
});

test('a link with lang=en draws the timeline in English from the start', async ({ page }) => {
  // English strings are a lazy chunk: the lane titles must be English the moment they appear,
  // not Vietnamese until the chunk arrives.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const title = document.querySelector('[data-lane="events"] .lane-title');
      if (!title) return;
      (window as unknown as { firstLaneTitle: string }).firstLaneTitle = title.textContent ?? '';
      seen.disconnect();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?lang=en');
  await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
  const first = await page.evaluate(
    () => (window as unknown as { firstLaneTitle?: string }).firstLaneTitle,
  );
  expect(first).toContain('Events');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hanoi Party Committee');
});

test('the timeline first appears at the view it will show: the range, or the link’s from/to', async ({
  page,
}) => {
  // Every text the visible-range label ever has, from the document's start: a first render at a
  // default view (1970) before the dataset's range is applied would show up here.
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { rangeTexts: string[] }).rangeTexts = texts;
    new MutationObserver(() => {
      const label = document.querySelector('[data-visible-range]')?.textContent ?? null;
      if (label !== null && label !== texts[texts.length - 1]) texts.push(label);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const texts = () =>
    page.evaluate(() => (window as unknown as { rangeTexts: string[] }).rangeTexts);
  await openTimeline(page);
  expect(await texts()).toHaveLength(1);
  expect((await texts())[0]).not.toContain('1970');

  await page.goto('./?from=2020-03-01&to=2020-06-30');
  await expect(page.locator('[data-lane="events"]')).toBeVisible();
  expect(await texts()).toEqual([expect.stringContaining('1/3/2020')]);
});

test('each mark is placed once: the first draw is laid out at the plot’s own width', async ({
  page,
}) => {
  // Every move of a drawn mark from the document's start. Marks first laid out at a guessed
  // width would all move once the plot's width is measured: twice the work before the first frame.
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { moved: string[] }).moved = moved;
    new MutationObserver((records) => {
      for (const record of records)
        if ((record.target as Element).matches('.at'))
          moved.push((record.target as HTMLElement).style.translate);
    }).observe(document, { attributes: true, attributeFilter: ['style'], subtree: true });
  });
  await openTimeline(page);
  const marks = page.locator('[data-lane] [data-event-id]');
  await expect(marks.first()).toBeVisible();
  // Past a few frames, so that a late re-layout would have landed.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(await page.evaluate(() => (window as unknown as { moved: string[] }).moved)).toEqual([]);
  // The plot is wider than the guess the app starts from, so that guess would have shown here.
  expect(await page.locator('.plot').evaluate((plot) => plot.clientWidth)).toBeGreaterThan(900);
});

test('the language toggle switches the interface to English and back', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hanoi Party Committee');
  await expect(page.locator('[data-lane="events"]')).toContainText('Events');
  // Content stays as written; dates are in English words (their formats load with English).
  const event = (await servedDataset(page)).events[0]!;
  const mark = page.locator(`[data-event-id="${event.id}"]`);
  await expect(mark).toHaveAttribute('aria-label', new RegExp(event.title.slice(0, 10)));
  await expect(mark).toHaveAttribute(
    'aria-label',
    /^(\d{1,2} [A-Z][a-z]{2} |[A-Z][a-z]+ |Q\d )\d{4}/,
  );
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

for (const [name, fulfil] of [
  ['a server error', { status: 500, body: 'boom' }],
  [
    'bad JSON',
    { status: 200, body: '{"schemaVersion": 1, "events": [', contentType: 'application/json' },
  ],
  [
    'a wrong schema version',
    { status: 200, body: '{"schemaVersion": 42}', contentType: 'application/json' },
  ],
] as const) {
  test(`${name} shows the error state, and retry recovers`, async ({ page }) => {
    let fail = true;
    await withoutCoreFile(page);
    await page.route('**/data/timeline.json', (route) =>
      fail ? route.fulfill(fulfil) : route.continue(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Không tải được dữ liệu');
    if (name === 'a wrong schema version') await expect(alert).toContainText('schemaVersion');
    fail = false;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
  });
}

test('a skeleton shows while the dataset loads', async ({ page }) => {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/data/timeline.core.json', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('[data-state="loading"]')).toBeVisible();
  release();
  await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
});

test('the timeline draws from the core file before the full dataset arrives; a card waits for it', async ({
  page,
}) => {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.route('**/data/timeline.json', async (route) => {
    await gate;
    await route.continue();
  });
  await openTimeline(page);
  expect(requested.some((path) => path.endsWith('/data/timeline.core.json'))).toBe(true);
  // Drawn, with every event, while the full file is still held back.
  const dataset = await servedDataset(page);
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  await page.locator('[data-lane="events"] [data-event-id]').first().click();
  await expect(page.locator('[data-selected-event]')).toHaveCount(0);
  release();
  const card = page.locator('[data-selected-event]');
  await expect(card).toBeVisible();
  // The source quote: only the full file holds it.
  await expect(card.locator('[data-source-quote]').first()).toBeVisible();
});

test('a site that published only timeline.json still works: the core is derived from it', async ({
  page,
}) => {
  await withoutCoreFile(page);
  await openTimeline(page);
  const dataset = await servedDataset(page);
  await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
  await page.locator('[data-lane="events"] [data-event-id]').first().click();
  await expect(page.locator('[data-selected-event]')).toBeVisible();
});

test('a 320 px phone has no horizontal page scroll, and the card is a bottom sheet', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await openTimeline(page);
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  const event = (await servedDataset(page)).events[0]!;
  await page.locator(`[data-event-id="${event.id}"]`).click();
  const card = page.locator('[data-selected-event]');
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(640);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await context.close();
});
