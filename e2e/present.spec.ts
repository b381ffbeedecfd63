import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { inTimeOrder, servedDataset } from './timeline-helpers';

// Presenter mode (issue 5). The components are built and unit-tested (src/components/present);
// these flows need App.svelte to mount <PresenterView> for `?present=1`.

const progress = (page: Page) => page.locator('[data-present-progress]');
const caption = (page: Page) => page.locator('[data-present-event]');

async function openPresenter(page: Page, query = 'present=1') {
  await page.goto(`./?${query}`);
  await expect(page.getByRole('region', { name: 'Trình chiếu' })).toBeVisible();
}

test.describe('presenter mode', () => {
  // The lead deletes this line once App.svelte is wired.

  test('steps with PageDown and PageUp, as a clicker sends them, in time order', async ({
    page,
  }) => {
    await openPresenter(page);
    const events = inTimeOrder((await servedDataset(page)).events);
    await expect(progress(page)).toHaveText(`1 / ${events.length}`);
    await expect(caption(page)).toHaveAttribute('data-present-event', events[0]!.id);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText(`3 / ${events.length}`);
    await expect(caption(page)).toHaveAttribute('data-present-event', events[2]!.id);
    await page.keyboard.press('PageUp');
    await expect(caption(page)).toHaveAttribute('data-present-event', events[1]!.id);
    // Each step puts the timeline's keyboard on the event (and brings it into view).
    await expect(page.locator(`[data-event-id="${events[1]!.id}"]`)).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  test('follows a tour: the given ids in the given order, unknown ones dropped', async ({
    page,
  }) => {
    const events = inTimeOrder((await servedDataset(page)).events);
    const tour = [events[4]!.id, 'khong-co-su-kien-nay', events[1]!.id, events[3]!.id];
    await openPresenter(page, `present=1&tour=${tour.join(',')}`);
    await expect(progress(page)).toHaveText('1 / 3');
    await expect(caption(page)).toHaveAttribute('data-present-event', events[4]!.id);
    await page.keyboard.press('ArrowRight');
    await expect(caption(page)).toHaveAttribute('data-present-event', events[1]!.id);
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText('3 / 3');
    await expect(caption(page)).toHaveAttribute('data-present-event', events[3]!.id);
  });

  test('autoplays at the URL’s interval and a key pauses it', async ({ page }) => {
    await page.clock.install();
    await openPresenter(page, 'present=1&autoplay=2');
    await expect(progress(page)).toHaveText(/^1 \//);
    await page.clock.runFor(2000);
    await expect(progress(page)).toHaveText(/^2 \//);
    await page.keyboard.press('a');
    await page.clock.runFor(10_000);
    await expect(progress(page)).toHaveText(/^2 \//);
  });

  test('Esc leaves presenter mode and the URL drops present=1', async ({ page }) => {
    await openPresenter(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Trình chiếu' })).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('present')).toBe(false);
  });

  test('is axe clean', async ({ page }) => {
    await openPresenter(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
