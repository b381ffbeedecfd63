/**
 * Takes the README screenshots from the real built app: light and dark at 1280×720, a phone at
 * 390×844, the presenter's slide at 1280×720 and a small embed at 320×240. Run after
 * `vite build`: `npx tsx scripts/screenshots.ts [file.png …]` (all of them, or the ones named).
 * `SCREENSHOT_PORT` picks the preview server's port (4181 by default).
 */
import type { Page } from '@playwright/test';
import { launchChromium, startPreview } from './bench/harness';

const OUT = 'docs/screenshots';
const only = process.argv.slice(2);
const server = await startPreview(Number(process.env.SCREENSHOT_PORT ?? 4181));
const browser = await launchChromium();

type Shot = {
  file: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  path?: string;
  /** What to do once the page is drawn, before the picture. */
  prepare?: (page: Page) => Promise<void>;
};

const lastEvent = async (page: Page) => {
  const data = (await (await page.request.get(`${server.url}data/timeline.json`)).json()) as {
    events: { id: string; kind: string }[];
  };
  return data.events.filter((e) => e.kind === 'event').at(-1)!.id;
};

try {
  const shots: Shot[] = [
    {
      file: 'timeline-light.png',
      width: 1280,
      height: 720,
      scheme: 'light',
      prepare: async (page) => {
        await page.locator(`[data-event-id="${await lastEvent(page)}"]`).click();
        await page.locator('[data-selected-event]').waitFor();
      },
    },
    { file: 'timeline-dark.png', width: 1280, height: 720, scheme: 'dark' },
    { file: 'timeline-phone.png', width: 390, height: 844, scheme: 'light' },
    {
      file: 'presenter-slide.png',
      width: 1280,
      height: 720,
      scheme: 'light',
      path: '?present=1',
      prepare: async (page) => {
        await page.locator('[data-present-event]').waitFor();
        for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
        // The glide settles and the controls leave the slide to the audience.
        await page.waitForTimeout(3600);
      },
    },
    {
      file: 'embed-small.png',
      width: 320,
      height: 240,
      scheme: 'light',
      path: '?embed=1',
      prepare: async (page) => {
        await page.getByRole('button', { name: /Sau/ }).click();
        await page.getByRole('button', { name: /Sau/ }).click();
        await page.mouse.move(0, 0);
      },
    },
  ];
  for (const shot of shots) {
    if (only.length && !only.includes(shot.file)) continue;
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await page.goto(`${server.url}${shot.path ?? ''}`);
    await page.locator('[data-event-id], [data-strip-mark] svg').first().waitFor();
    await shot.prepare?.(page);
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    await page.close();
    console.log(`wrote ${OUT}/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
