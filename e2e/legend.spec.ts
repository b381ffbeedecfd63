import { expect, test } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

// The legend (issue 18): one line, collapsed until asked for, on the timeline and the list.

test('the legend opens to one line saying what the marks’ styles mean, and closes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTimeline(page);
  const toggle = page.getByRole('button', { name: 'Chú giải' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-legend]')).toHaveCount(0);
  await toggle.click();
  const legend = page.locator('#timeline-legend');
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('listitem')).toHaveText([
    /Ngày suy luận/,
    /Khoảng thời gian chưa chắc chắn/,
    /Thực hiện văn bản/,
    /Phổ biến, quán triệt/,
  ]);
  // One line at laptop width.
  const heights = await legend
    .getByRole('listitem')
    .evaluateAll(
      (items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size,
    );
  expect(heights).toBe(1);
  // The swatches are the marks' own styles: a dashed hollow glyph, stripes, a dotted line.
  await expect(legend.locator('[stroke-dasharray="3 2"]').first()).toBeAttached();
  await expect(legend.locator('line').first()).toBeAttached();
  await expect(legend.locator('[stroke-dasharray="2 4"]')).toHaveCount(1);
  await toggle.click();
  await expect(legend).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('the list view’s header has the legend too', async ({ page }) => {
  await openTimeline(page);
  await page
    .getByRole('button', { name: /danh sách/i })
    .first()
    .click();
  const toggle = page.locator('.list-head').getByRole('button', { name: 'Chú giải' });
  await toggle.click();
  await expect(page.locator('#list-legend')).toBeVisible();
});
