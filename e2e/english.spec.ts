/**
 * The app under `lang=en` (issue 19): what the app words itself is English; what stays Vietnamese
 * is the articles' text, names, and the titles of offices and documents.
 */
import { expect, test, type Page } from '@playwright/test';
import { servedDataset } from './timeline-helpers';

/** Letters only Vietnamese writes. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýãẽĩõũ]/i;

test('a change of office and why its date is inferred are worded in English', async ({ page }) => {
  const data = await servedDataset(page);
  const change = data.events.find((e) => e.kind === 'leadership' && e.dateInferred)!;
  await page.goto(`./?lang=en&event=${change.id}`);
  const card = page.locator('aside.card[data-selected-event]');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(/succeeds|appointed|elected/);
  await expect(card.locator('.card-inferred')).toContainText('Inferred date.');
  await expect(card).not.toContainText(change.dateBasis!);
  await expect(card).not.toContainText(change.summary);

  // What is left once the articles' own words, names and titles are taken out is English.
  const allowed = [
    ...data.people.flatMap((p) => [p.name, ...p.roles.map((r) => r.title)]),
    ...(change.office ? [change.office] : []),
  ].sort((a, b) => b.length - a.length);
  const generated = await card.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sources, [data-card-actions]').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });
  const rest = allowed.reduce((text, words) => text.split(words).join(' '), generated);
  expect(rest).not.toMatch(VIETNAMESE);
  await expect(page).toHaveTitle(/ succeeds .* — Hanoi Party Committee timeline 2019–2023$/);
});

/** The placeholder's drawn width against the room inside the box. */
async function placeholderFits(page: Page) {
  return page
    .getByRole('combobox')
    .first()
    .evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
    });
}

for (const lang of ['vi', 'en'])
  for (const width of [390, 1366])
    test(`the search placeholder is whole at ${width} px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}`);
      await expect(page.getByRole('combobox').first()).toBeVisible();
      const { text, width: drawn, room } = await placeholderFits(page);
      expect(drawn, `“${text}” fits in ${room} px`).toBeLessThanOrEqual(room);
    });
