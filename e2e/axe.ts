import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA rules: the level this app promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core inside the page (or the part of it `within` selects) and returns its violations, formatted so a failing test says which
 * rule failed on which element.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Contrast is judged on what the reader sees once things settle: a caption caught in the middle
  // of its 180 ms fade-in has a lighter colour than it will ever keep (CI failed exactly so).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated over the DevTools protocol, not as an inline <script>: the built page's
  // Content-Security-Policy (script-src 'self') blocks inline scripts, and rightly so.
  await page.evaluate(axeSource);
  const results = (await page.evaluate(
    ([tags, selector]) =>
      (
        window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }
      ).axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
      }),
    [TAGS, within] as const,
  )) as AxeResults;
  // Text about the colour of its background is left by axe as "needs review", not a violation:
  // it might be hidden on purpose. Nothing here hides text that way (see .visually-hidden), so it
  // is a failure: the dark theme's pressed lane toggles read at 1.1:1 and no check said so.
  const invisibleText = results.incomplete
    .filter((v) => v.id === 'color-contrast')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) =>
        n.any.some(
          (check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio',
        ),
      ),
    }))
    .filter((v) => v.nodes.length > 0);
  return [...results.violations, ...invisibleText].map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
