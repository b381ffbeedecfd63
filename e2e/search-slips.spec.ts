/**
 * Search forgives one slip of the finger in a name, and marks only the words that matched.
 */
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './timeline-helpers';

const searchBox = (page: Page) => page.getByRole('combobox', { name: /Tìm kiếm/ });
const people = (page: Page) => page.getByRole('listbox').getByRole('group', { name: 'Nhân vật' });

for (const [query, name] of [
  ['hoang trung hia', 'Hoàng Trung Hải'],
  ['dinh tien dnug', 'Đinh Tiến Dũng'],
] as const)
  test(`“${query}” finds ${name}, marked whole`, async ({ page }) => {
    await openTimeline(page);
    await searchBox(page).fill(query);
    const first = people(page).getByRole('option').first();
    await expect(first).toContainText(name);
    await expect(first.locator('mark')).toHaveText([name]);
  });

test('“dinh tien dung” marks his name and no other word in the results', async ({ page }) => {
  await openTimeline(page);
  await searchBox(page).fill('dinh tien dung');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  // The results do show words that match one query word alone (dựng, triển, tiếp)…
  await expect(page.getByRole('listbox')).toContainText(/dựng|triển|tiếp/);
  // …and only the name is marked.
  const marks = await page.getByRole('listbox').locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set(['Đinh Tiến Dũng']));
});
