import type { CDPSession, Page } from '@playwright/test';

/**
 * Real touch input through the DevTools protocol (`Input.dispatchTouchEvent`): the browser runs
 * its own gesture handling on it, so a pinch nobody cancels zooms the page, and `touch-action`
 * applies, as on a phone. Playwright's own touchscreen only taps.
 */
export class Finger {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(page, await page.context().newCDPSession(page));
  }

  /** Moves one or more fingers from their start points to their end points in `steps` moves. */
  async gesture(
    paths: { from: [number, number]; to: [number, number] }[],
    steps = 10,
  ): Promise<void> {
    const at = (i: number) =>
      paths.map(({ from, to }, id) => ({
        id,
        x: from[0] + ((to[0] - from[0]) * i) / steps,
        y: from[1] + ((to[1] - from[1]) * i) / steps,
      }));
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let i = 1; i <= steps; i++) {
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
      // About a frame apart, as a finger's moves arrive.
      await this.page.waitForTimeout(16);
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /** Two fingers spreading apart horizontally around a point, from 20 px to `to` px apart. */
  pinchOut(x: number, y: number, to = 160): Promise<void> {
    return this.gesture([
      { from: [x - 10, y], to: [x - to / 2, y] },
      { from: [x + 10, y], to: [x + to / 2, y] },
    ]);
  }

  swipe(from: [number, number], to: [number, number]): Promise<void> {
    return this.gesture([{ from, to }]);
  }
}
