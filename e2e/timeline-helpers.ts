import { expect, type Page } from '@playwright/test';
import type { Dataset, TimelineEvent } from '../src/lib/dataset/types';

/** The dataset the page actually serves: tests never hard-code ids or counts. */
export async function servedDataset(page: Page): Promise<Dataset> {
  return (await (await page.request.get('data/timeline.json')).json()) as Dataset;
}

/**
 * Makes the core file (`timeline.core.json`) answer 404, as on a site that published only the full
 * `timeline.json`: the app then loads the full file and derives its core. Tests that serve a
 * dataset of their own on `timeline.json` call this first. Routed on the context, so the search
 * worker's requests are routed too.
 */
export async function withoutCoreFile(page: Page): Promise<void> {
  await page
    .context()
    .route('**/data/timeline.core.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
}

/** Events in the app's time order (date, then id). */
export function inTimeOrder(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export async function openTimeline(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();
}

export async function visibleRange(page: Page): Promise<string> {
  return (await page.locator('[data-visible-range]').textContent()) ?? '';
}

/**
 * The plot, scrolled into view, once d3-zoom (loaded after the first draw) has attached to it:
 * its box, for driving the mouse over it.
 */
export async function zoomablePlot(page: Page) {
  const plot = page.locator('.plot');
  await plot.scrollIntoViewIfNeeded();
  await expect.poll(() => plot.evaluate((el) => '__zoom' in el)).toBe(true);
  return (await plot.boundingBox())!;
}
