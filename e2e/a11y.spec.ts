/**
 * Accessibility in every mode the app has (WCAG 2.1 AA via axe-core), keyboard-only use, and
 * text zoom / narrow screens.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { servedDataset } from './timeline-helpers';

const ready = async (page: Page) =>
  expect(page.locator('[data-lane="events"] [data-event-id]').first()).toBeVisible();

const modes: [string, (page: Page) => Promise<void>][] = [
  [
    'default view',
    async (page) => {
      await page.goto('./');
      await ready(page);
    },
  ],
  [
    'a card open',
    async (page) => {
      await page.goto('./');
      await ready(page);
      await page.locator('[data-event-id]').first().click();
      await expect(page.locator('[data-selected-event]')).toBeVisible();
    },
  ],
  [
    'English, a card open',
    async (page) => {
      await page.goto('./?lang=en');
      await ready(page);
      await page.locator('[data-event-id]').first().click();
      await expect(page.locator('[data-selected-event]')).toBeVisible();
      await expect(page.locator('[data-card-actions]')).toBeVisible();
    },
  ],
  [
    'search results open',
    async (page) => {
      await page.goto('./');
      await ready(page);
      await page.getByRole('combobox').first().fill('hoi nghi');
      await expect(page.getByRole('listbox').first()).toBeVisible();
    },
  ],
  // Lane toggles pressed and off, and a person and a document chip, in both themes: the pressed
  // toggles' fill once hid the dark theme's text.
  ...(['light', 'dark'] as const).map((theme): [string, (page: Page) => Promise<void>] => [
    `filters set, ${theme} theme`,
    async (page) => {
      const data = await servedDataset(page);
      const person = data.people[0]!.id;
      const doc = data.documents[0]!.id;
      await page.goto(
        `./?theme=${theme}&kinds=event,directive&q=chi%20thi&person=${person}&doc=${doc}`,
      );
      await expect(page.locator('[data-lane="events"]')).toBeVisible();
      await expect(page.locator('.filters [aria-pressed="true"]')).toHaveCount(2);
      await expect(page.locator('.chip')).toHaveCount(2);
    },
  ]),
  [
    'list view',
    async (page) => {
      await page.goto('./');
      await ready(page);
      await page
        .getByRole('button', { name: /danh sách/i })
        .first()
        .click();
      await expect(page.locator('[data-list-event-id]').first()).toBeVisible();
    },
  ],
  [
    'dark theme',
    async (page) => {
      await page.goto('./?theme=dark');
      await ready(page);
    },
  ],
  [
    'embed',
    async (page) => {
      await page.goto('./?embed=1');
      await ready(page);
    },
  ],
  [
    'presenter',
    async (page) => {
      await page.goto('./?present=1');
      await ready(page);
      // The caption waits for the full dataset; check the slide a presenter actually shows.
      await expect(page.locator('[data-present-event]')).toBeVisible();
    },
  ],
  [
    'the legend open',
    async (page) => {
      await page.goto('./');
      await ready(page);
      await page.getByRole('button', { name: 'Chú giải' }).click();
      await expect(page.locator('#timeline-legend')).toBeVisible();
    },
  ],
  [
    'the legend open in the list view',
    async (page) => {
      await page.goto('./');
      await ready(page);
      await page
        .getByRole('button', { name: /danh sách/i })
        .first()
        .click();
      await page.getByRole('button', { name: 'Chú giải' }).click();
      await expect(page.locator('#list-legend')).toBeVisible();
    },
  ],
  [
    'phone width',
    async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto('./');
      await ready(page);
    },
  ],
];

for (const [name, open] of modes)
  test(`axe finds no WCAG 2.1 AA violation: ${name}`, async ({ page }) => {
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
  });

test('Tab walks every control with visible focus and never gets stuck', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        label: `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
        ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        onScreen: rect.width > 0 && rect.height > 0,
      };
    });
    if (!focus) continue;
    expect(focus.ring, `${focus.label} shows focus`).toBe(true);
    expect(focus.onScreen, `${focus.label} is visible`).toBe(true);
    seen.push(focus.label);
  }
  // The walk reaches the search box, the timeline's marks and the zoom controls.
  expect(seen.some((s) => s.startsWith('input'))).toBe(true);
  expect(new Set(seen).size).toBeGreaterThan(6);
});

test('the timeline works from the keyboard alone: open, walk, close', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.locator('[data-event-id][tabindex="0"]').first().focus();
  await page.keyboard.press('Enter');
  const first = await page.locator('[data-selected-event]').getAttribute('data-selected-event');
  // The selection is announced politely, with its date and title.
  await expect(page.getByRole('status').filter({ hasText: /^Đã chọn: .+ — .+/ })).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-selected-event]')).not.toHaveAttribute(
    'data-selected-event',
    first!,
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-selected-event]')).toHaveCount(0);
});

test('text at 200% and a 320 px screen keep everything usable, with no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await ready(page);
  // Text zoom: the root font size doubled (through the CSSOM: the CSP forbids inline style tags).
  await page.evaluate(() =>
    document.documentElement.style.setProperty('font-size', '200%', 'important'),
  );
  // The chart re-measures its width on the next frame (ResizeObserver): judge the settled layout.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
  await page.locator('[data-event-id]').first().click();
  await expect(page.locator('[data-selected-event]')).toBeVisible();
  await expect(page.getByRole('combobox').first()).toBeVisible();
});
