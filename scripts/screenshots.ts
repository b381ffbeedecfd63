/**
 * Takes the README screenshots from the real built app: light and dark at 1280×720, and a phone at
 * 390×844. Run after `vite build`: `npx tsx scripts/screenshots.ts`.
 */
import { launchChromium, startPreview } from './bench/harness';

const OUT = 'docs/screenshots';
const server = await startPreview(4181);
const browser = await launchChromium();
try {
  const shots = [
    { file: 'timeline-light.png', width: 1280, height: 720, scheme: 'light' as const, open: true },
    { file: 'timeline-dark.png', width: 1280, height: 720, scheme: 'dark' as const, open: false },
    { file: 'timeline-phone.png', width: 390, height: 844, scheme: 'light' as const, open: false },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.scheme,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await page.goto(server.url);
    await page.locator('[data-event-id]').first().waitFor();
    if (shot.open) {
      const data = (await (await page.request.get(`${server.url}data/timeline.json`)).json()) as {
        events: { id: string; kind: string }[];
      };
      const last = data.events.filter((e) => e.kind === 'event').at(-1);
      if (last) await page.locator(`[data-event-id="${last.id}"]`).click();
      await page.locator('[data-selected-event]').waitFor();
    }
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    await page.close();
    console.log(`wrote ${OUT}/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
