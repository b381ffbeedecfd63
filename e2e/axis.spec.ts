/**
 * The time axis at five zoom levels and three widths: no two labels' boxes overlap ("20232024"
 * on a phone, months running together), and none is cut by the plot's edges.
 */
import { expect, test } from '@playwright/test';

const widths = [
  [390, 844],
  [768, 1024],
  [1366, 768],
] as const;
const windows = [
  '',
  'from=2020-01-01&to=2021-12-31',
  'from=2021-01-01&to=2021-10-31',
  'from=2021-03-01&to=2021-04-20',
  'from=2021-04-10&to=2021-04-22',
];

for (const [width, height] of widths)
  test(`axis labels never overlap at ${width} px, from five years to twelve days`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const query of windows) {
      await page.goto(`./?${query}`);
      await expect(page.locator('[data-lane="events"]')).toBeVisible();
      const { boxes, plot } = await page.evaluate(() => {
        const plot = document.querySelector('.plot')!.getBoundingClientRect();
        const boxes = [...document.querySelectorAll('.axis .tick .tick-label')]
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { text: el.textContent ?? '', left: r.left, right: r.right };
          })
          .sort((a, b) => a.left - b.left);
        return { boxes, plot: { left: plot.left, right: plot.right } };
      });
      const where = `${width} px, ?${query}: ${boxes.map((b) => b.text).join(' | ')}`;
      expect(boxes.length, where).toBeGreaterThan(1);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.left, where).toBeGreaterThanOrEqual(boxes[i - 1]!.right + 4);
      expect(boxes[0]!.left, where).toBeGreaterThanOrEqual(plot.left);
      expect(boxes[boxes.length - 1]!.right, where).toBeLessThanOrEqual(plot.right);
    }
  });
