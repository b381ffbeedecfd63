import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { openTimeline, servedDataset } from './timeline-helpers';

test('the list view shows every event by year, shares selection, and is axe-clean', async ({
  page,
}) => {
  await openTimeline(page);
  const data = await servedDataset(page);
  await page.getByRole('button', { name: 'Danh sách' }).click();
  await expect(page.locator('[data-list-event-id]')).toHaveCount(data.events.length);
  const years = [...new Set(data.events.map((e) => e.date.slice(0, 4)))].sort();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(years);
  expect(await axeViolations(page)).toEqual([]);

  const event = data.events.at(-1)!;
  await page.locator(`[data-list-event-id="${event.id}"]`).click();
  await expect(page.locator('[data-selected-event]')).toHaveAttribute(
    'data-selected-event',
    event.id,
  );
  await expect(page.locator(`[data-list-event-id="${event.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );

  // Back to the chart: the same event stays selected.
  await page.getByRole('button', { name: 'Dòng thời gian' }).click();
  await expect(page.locator(`[data-event-id="${event.id}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
