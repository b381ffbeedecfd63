/**
 * The card's actions as a journalist uses them (issue 19): reachable on a phone and on a laptop
 * without scrolling, a citation that names outlet, address and access date in every style, the
 * original article, and embedding the event.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { servedDataset, withoutCoreFile } from './timeline-helpers';

const card = (page: Page) => page.locator('aside.card[data-selected-event]');
const action = (page: Page, name: string) =>
  page.locator('[data-card-actions]').getByRole('button', { name, exact: true });

/** The event whose card is longest: the hardest case for keeping the footer in view. */
function longestEvent(data: Dataset) {
  const size = (e: Dataset['events'][number]) =>
    e.summary.length + e.sources.reduce((n, s) => n + s.quote.length, 0) + 80 * e.people.length;
  return [...data.events].sort((a, b) => size(b) - size(a))[0]!;
}

/** Inside the window, and the element a finger or a click at its centre lands on. */
async function expectReachable(page: Page, button: Locator, name: string) {
  await expect(button).toBeInViewport({ ratio: 1 });
  const box = (await button.boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button, a')?.textContent?.trim(),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit, `${name} is on top at its centre`).toBe(name);
}

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('with a card open, Copy link and Cite are on screen and answer a tap', async ({ page }) => {
    const data = await servedDataset(page);
    const event = longestEvent(data);
    await page.goto('./');
    await page.locator(`[data-event-id="${event.id}"]`).first().tap();
    await expect(card(page)).toHaveAttribute('data-selected-event', event.id);
    for (const name of ['Sao chép liên kết', 'Trích dẫn']) {
      await expectReachable(page, action(page, name), name);
    }
    // Read down to the middle of the card: the footer stays where the thumb is.
    await card(page).evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    for (const name of ['Sao chép liên kết', 'Trích dẫn']) {
      await expectReachable(page, action(page, name), name);
    }
    await action(page, 'Trích dẫn').tap();
    await expect(page.getByRole('dialog', { name: 'Trích dẫn sự kiện' })).toBeInViewport();
  });
});

test.describe('on a laptop (1366×768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the longest card shows Copy link and Cite without scrolling', async ({ page }) => {
    const data = await servedDataset(page);
    const event = longestEvent(data);
    await page.goto(`./?event=${event.id}`);
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('[data-source-quote]').first()).toBeVisible();
    for (const name of ['Sao chép liên kết', 'Trích dẫn']) {
      await expectReachable(page, action(page, name), name);
    }
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

/** Today where the browser is (the config pins Asia/Ho_Chi_Minh), as the citation writes it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
  });

test.describe('citations and the original article', () => {
  const OUTLET = 'Báo Nhân Dân';
  const URL_ = 'https://nhandan.vn/ha-noi-quan-triet-chi-thi-so-24.html';

  /** The served dataset, with an outlet, an author and an address for the event's first source. */
  async function withSourceDetails(page: Page) {
    const data = await servedDataset(page);
    const event = [...data.events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    const first = event.sources[0]!.source;
    data.sources = data.sources.map((s) =>
      s.id === first ? { ...s, outlet: OUTLET, author: 'Hương Quỳnh', url: URL_ } : s,
    );
    await withoutCoreFile(page);
    await page.context().route('**/data/timeline.json', (route) => route.fulfill({ json: data }));
    // What the page copies, kept where the test can read it.
    await page.addInitScript(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator.clipboard, 'writeText', {
        value: async (text: string) => void copied.push(text),
      });
    });
    return event;
  }

  test('each style names the outlet, the article’s address and the access date', async ({
    page,
  }) => {
    const event = await withSourceDetails(page);
    await page.goto(`./?event=${event.id}`);
    await action(page, 'Trích dẫn').click();
    const dialog = page.getByRole('dialog', { name: 'Trích dẫn sự kiện' });
    const { y, m, d } = await today(page);
    const copies: Record<string, string> = {};
    for (const style of ['Văn bản thường', 'Markdown', 'CSL-JSON']) {
      await dialog.getByRole('radio', { name: style }).check();
      const preview = await dialog.getByRole('textbox').inputValue();
      await dialog.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
      await expect(dialog.getByRole('status')).toHaveText(`Đã sao chép trích dẫn (${style}).`);
      copies[style] = await page.evaluate(() =>
        (window as unknown as { copied: string[] }).copied.at(-1)!,
      );
      // What was shown is what was copied.
      expect(copies[style]).toBe(preview);
    }
    for (const style of ['Văn bản thường', 'Markdown']) {
      expect(copies[style]).toContain(OUTLET);
      expect(copies[style]).toContain(URL_);
      expect(copies[style]).toContain(`truy cập ngày ${d}/${m}/${y}`);
      expect(copies[style]).toContain(`e/${event.id}/`);
      expect(copies[style]).not.toMatch(/không rõ|unknown|null|undefined/i);
    }
    const items = JSON.parse(copies['CSL-JSON']!) as Record<string, unknown>[];
    const article = items.find((item) => item['container-title'] === OUTLET)!;
    expect(article).toMatchObject({
      type: 'article-newspaper',
      author: [{ literal: 'Hương Quỳnh' }],
      URL: URL_,
      accessed: { 'date-parts': [[y, m, d]] },
    });
    expect(article.title).toEqual(expect.any(String));
    expect(items[0]).toMatchObject({
      type: 'webpage',
      title: event.title,
      URL: expect.stringContaining(`e/${event.id}/`),
      accessed: { 'date-parts': [[y, m, d]] },
    });
  });

  test('the original article opens in a new tab, without this page as its opener', async ({
    page,
  }) => {
    const event = await withSourceDetails(page);
    await page.goto(`./?event=${event.id}`);
    const link = page.locator('[data-card-actions]').getByRole('link', { name: /bài gốc/i });
    await expect(link).toHaveAttribute('href', URL_);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('no original-article link when no source has an address', async ({ page }) => {
    const data = await servedDataset(page);
    const event = data.events.find((e) =>
      e.sources.every((ref) => !data.sources.find((s) => s.id === ref.source)?.url),
    )!;
    await page.goto(`./?event=${event.id}`);
    await expect(action(page, 'Trích dẫn')).toBeVisible();
    await expect(page.locator('[data-card-actions] a')).toHaveCount(0);
  });
});

test('Embed this event opens the Embed dialog starting at the event', async ({ page }) => {
  const data = await servedDataset(page);
  const event = data.events[0]!;
  await page.goto(`./?event=${event.id}`);
  await action(page, 'Nhúng sự kiện').click();
  const dialog = page.getByRole('dialog', { name: 'Nhúng dòng thời gian' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Mở sẵn sự kiện' })).toHaveValue(event.id);
});
