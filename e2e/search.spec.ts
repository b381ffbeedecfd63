import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/lib/dataset/types';
import { generateDataset } from '../src/lib/generate/dataset';
import { axeViolations } from './axe';
import { openTimeline, servedDataset, withoutCoreFile } from './timeline-helpers';

const searchBox = (page: Page) => page.getByRole('combobox', { name: /Tìm kiếm/ });
const listbox = (page: Page) => page.getByRole('listbox');
const card = (page: Page) => page.locator('aside.card[data-selected-event]');
const count = (page: Page) => page.locator('[data-match-count]');

function facts(data: Dataset) {
  const dung = data.people.find((p) => p.name === 'Đinh Tiến Dũng')!;
  const directive = data.documents.find((d) => d.code === '24-CT/TU')!;
  return {
    dung,
    dungEvents: data.events.filter((e) => e.people.includes(dung.id)).map((e) => e.id),
    directive,
    directiveEvents: data.events.filter((e) => e.documents.includes(directive.id)).map((e) => e.id),
  };
}

/** Which marks are dimmed and which are not, by event id. */
async function dimming(page: Page): Promise<{ dimmed: string[]; lit: string[] }> {
  const marks = await page
    .locator('[data-event-id]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-event-id')!, e.hasAttribute('data-dimmed')] as const),
    );
  return {
    dimmed: marks.filter(([, d]) => d).map(([id]) => id),
    lit: marks.filter(([, d]) => !d).map(([id]) => id),
  };
}

/** Runs of match-coloured pixels along the overview strip, above its event bands (y = 4). */
function tickGroups(page: Page): Promise<number> {
  return page.locator('.overview canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ratio = canvas.width / canvas.clientWidth;
    const row = canvas
      .getContext('2d')!
      .getImageData(0, Math.round(4 * ratio), canvas.width, 1).data;
    let groups = 0;
    let inside = false;
    for (let i = 0; i < row.length; i += 4) {
      // The tick colour, #d97706: strongly red and green, little blue.
      const tick = row[i + 3]! > 200 && row[i]! > 180 && row[i + 1]! > 90 && row[i + 2]! < 60;
      if (tick && !inside) groups++;
      inside = tick;
    }
    return groups;
  });
}

test.describe('search', () => {
  test('dinh tien dung (no diacritics) finds him and opens one of his events', async ({ page }) => {
    await openTimeline(page);
    const { dung, dungEvents } = facts(await servedDataset(page));
    await searchBox(page).fill('dinh tien dung');
    const people = listbox(page).getByRole('group', { name: 'Nhân vật' });
    await expect(people.getByRole('option').first()).toHaveText(new RegExp(dung.name));
    // On the whole range, the query dims the events that do not involve him (kept in the DOM),
    // the count says how many match, and the overview strip marks them.
    await expect(count(page)).toHaveText(/^\s*\d+ kết quả\s*$/);
    const { lit, dimmed } = await dimming(page);
    expect(lit.length).toBeGreaterThan(0);
    expect(dimmed.length).toBeGreaterThan(0);
    for (const id of lit) expect(dungEvents).toContain(id);
    await expect(count(page)).toHaveText(new RegExp(`^\\s*${lit.length} kết quả`));
    await expect(page.locator('.overview canvas')).toHaveAttribute(
      'data-matches',
      String(lit.length),
    );
    // Its match ticks: one per pixel column of a match (neighbours may merge), drawn full height.
    const ticks = await tickGroups(page);
    expect(ticks).toBeGreaterThan(0);
    expect(ticks).toBeLessThanOrEqual(lit.length);

    await listbox(page).getByRole('group', { name: 'Sự kiện' }).getByRole('option').first().click();
    await expect(card(page)).toBeVisible();
    const opened = (await card(page).getAttribute('data-selected-event'))!;
    expect(dungEvents).toContain(opened);
    await expect(page.locator(`[data-event-id="${opened}"]`)).toBeInViewport();
  });

  test('a typo, Dinh Tein Dung, still finds him; picking him filters by person', async ({
    page,
  }) => {
    await openTimeline(page);
    const { dung, dungEvents } = facts(await servedDataset(page));
    await searchBox(page).fill('Dinh Tein Dung');
    const person = listbox(page).getByRole('group', { name: 'Nhân vật' }).getByRole('option');
    await expect(person.first()).toHaveText(new RegExp(dung.name));
    await person.first().click();
    await expect(page.getByRole('button', { name: `Bỏ lọc ${dung.name}` })).toBeVisible();
    await expect(count(page)).toHaveText(new RegExp(`^\\s*${dungEvents.length} kết quả`));
    expect((await dimming(page)).lit.sort()).toEqual([...dungEvents].sort());
  });

  test('24 ct tu finds Chỉ thị 24-CT/TU; picking it filters the list view too', async ({
    page,
  }) => {
    await openTimeline(page);
    const { directive, directiveEvents } = facts(await servedDataset(page));
    await searchBox(page).fill('24 ct tu');
    const docs = listbox(page).getByRole('group', { name: 'Văn bản' }).getByRole('option');
    await expect(docs.first()).toContainText(`${directive.type} ${directive.code}`);
    await docs.first().click();
    await expect(count(page)).toHaveText(new RegExp(`^\\s*${directiveEvents.length} kết quả`));
    await page.getByRole('button', { name: 'Danh sách' }).click();
    const items = page.locator('[data-list-event-id]');
    await expect(items).toHaveCount(directiveEvents.length);
    expect(
      (
        await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')))
      ).sort(),
    ).toEqual([...directiveEvents].sort());
  });

  test('query and lane filters survive a reload through the URL', async ({ page }) => {
    await openTimeline(page);
    await searchBox(page).fill('truc tuyen');
    await expect(count(page)).toHaveText(/\d+ kết quả/);
    await page
      .getByRole('group', { name: 'Hiện các làn' })
      .getByRole('button', { name: 'Lãnh đạo' })
      .click();
    await expect(page).toHaveURL(/q=truc\+tuyen/);
    await expect(page).toHaveURL(/kinds=event,directive/);
    const before = await count(page).textContent();
    await expect(page.locator('[data-lane="leadership"]')).toHaveCount(0);

    await page.reload();
    await expect(searchBox(page)).toHaveValue('truc tuyen');
    await expect(
      page.getByRole('group', { name: 'Hiện các làn' }).getByRole('button', { name: 'Lãnh đạo' }),
    ).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('[data-lane="leadership"]')).toHaveCount(0);
    await expect(count(page)).toHaveText(before!);
  });

  test('keyboard only: / focuses, ↓ Enter opens, Esc clears', async ({ page }) => {
    await openTimeline(page);
    const { dungEvents } = facts(await servedDataset(page));
    await page.locator('body').press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('dinh tien dung');
    await expect(listbox(page)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /option-0$/);
    await page.keyboard.press('Enter');
    await expect(card(page)).toBeVisible();
    expect(dungEvents).toContain(await card(page).getAttribute('data-selected-event'));
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue('');
    await expect(count(page)).toHaveText('');
    expect((await dimming(page)).dimmed).toEqual([]);
  });

  test('a query that matches nothing says so and offers to clear', async ({ page }) => {
    await openTimeline(page);
    await page
      .getByRole('group', { name: 'Hiện các làn' })
      .getByRole('button', { name: 'Văn bản' })
      .click();
    await searchBox(page).fill('xyzzy qwerty');
    await expect(
      page.locator('p', { hasText: /Không tìm thấy kết quả cho “xyzzy qwerty”/ }),
    ).toBeVisible();
    await expect(count(page)).toContainText('0 kết quả');
    await page.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }).first().click();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page.locator('[data-lane="directives"]')).toHaveCount(1);
  });

  test('axe finds no violations with results open and marks dimmed', async ({ page }) => {
    await openTimeline(page);
    await searchBox(page).fill('dinh tien dung');
    await expect(listbox(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('above 2,000 events the index is built and queried in a Web Worker', async ({ page }) => {
    test.setTimeout(60_000);
    const big = generateDataset({ events: 3000, seed: 7 });
    await withoutCoreFile(page);
    await page.context().route('**/data/timeline.json', (route) => route.fulfill({ json: big }));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('./');
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    const person = big.people.find((p) => big.events.some((e) => e.people.includes(p.id)))!;
    await searchBox(page).fill(person.name);
    // Building the index off the main thread takes seconds when two browsers share two cores.
    await expect(
      listbox(page).getByRole('group', { name: 'Nhân vật' }).getByRole('option').first(),
    ).toContainText(person.name, { timeout: 25_000 });
    expect(workers.some((url) => /worker/.test(url))).toBe(true);
    await expect(count(page)).toHaveText(/^\s*\d+ kết quả/);
  });
});
