import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';

test('the app loads with its title and no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thành ủy Hà Nội');
  expect(await axeViolations(page)).toEqual([]);
});
