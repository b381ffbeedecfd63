import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { inTimeOrder, openTimeline, servedDataset } from './timeline-helpers';

// Exports for slides (issue 18): "PNG 16:9 (1920×1080)" and "SVG 16:9" of the view, and of the
// presenter's current step. The tests read the files the browser saves.

async function save(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

/** What the saved SVG holds, read back in the page. */
function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      parseError: !!doc.querySelector('parsererror'),
      viewBox: root.getAttribute('viewBox'),
      labels: [...doc.querySelectorAll('text[data-label-for]')].map((t) => ({
        id: t.getAttribute('data-label-for')!,
        text: t.textContent!,
      })),
      offices: [...doc.querySelectorAll('[data-office]')].map((g) => g.getAttribute('data-office')),
      highlighted: [...doc.querySelectorAll('[data-highlighted="true"]')].map((g) =>
        g.getAttribute('data-event-id'),
      ),
      clusters: [...doc.querySelectorAll('[data-part="plot"] [data-lane] text')].filter((t) =>
        /^\d+$/.test(t.textContent!),
      ).length,
    };
  }, svg);
}

async function openDownloads(page: Page) {
  await page.getByRole('button', { name: 'Tải xuống' }).click();
}

test('the view as PNG 16:9 is 1920×1080, and its SVG holds every label whole and the leadership rows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTimeline(page);
  await openDownloads(page);
  const png = await save(page, () =>
    page.getByRole('button', { name: 'Ảnh PNG 16:9 (1920×1080)' }).click(),
  );
  expect(png.name).toBe('dong-thoi-gian-16x9.png');
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });

  await openDownloads(page);
  const svg = await save(page, () =>
    page.getByRole('button', { name: 'SVG 16:9 (trang chiếu)' }).click(),
  );
  const text = svg.bytes.toString('utf8');
  expect(text).not.toMatch(/href|url\(|@import|<script|<image|<foreignObject/i);
  const read = await readSvg(page, text);
  expect(read.parseError).toBe(false);
  expect(read.viewBox).toBe('0 0 1920 1080');
  // The whole range is in view: every event and directive, each with its label, whole.
  const { events } = await servedDataset(page);
  const labelled = events.filter((e) => e.kind !== 'leadership');
  expect(read.clusters).toBe(0);
  expect(read.labels.map((l) => l.id).sort()).toEqual(labelled.map((e) => e.id).sort());
  for (const label of read.labels)
    expect(label.text).toBe(events.find((e) => e.id === label.id)!.label);
  expect(read.offices.length).toBeGreaterThan(0);
  expect(read.offices).toContain('Bí thư Thành ủy Hà Nội');
});

test('the presenter’s step saves as a 16:9 slide with its event highlighted', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1');
  const events = inTimeOrder((await servedDataset(page)).events);
  await expect(page.locator('[data-present-progress]')).toHaveText(/^1 \//);
  await page.keyboard.press('End');
  await expect(page.locator('[data-present-event]')).toHaveAttribute(
    'data-present-event',
    events.at(-1)!.id,
  );
  await page.mouse.move(300, 300);
  const png = await save(page, () => page.getByRole('button', { name: 'Ảnh PNG 16:9' }).click());
  expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
  await page.mouse.move(310, 310);
  const svg = await save(page, () => page.getByRole('button', { name: 'SVG 16:9' }).click());
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.highlighted).toEqual([events.at(-1)!.id]);
  expect(read.labels.map((l) => l.id)).toContain(events.at(-1)!.id);
  await expect(page.locator('[data-present-status]')).toHaveText(/Đã lưu dong-thoi-gian-16x9.svg/);
});
