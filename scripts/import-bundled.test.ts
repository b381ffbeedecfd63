import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleUrl } from './import-bundled.mjs';

/** What the bundle of `entry` exports as `value`. */
async function valueOf(entry: string): Promise<unknown> {
  const module = (await import(await bundleUrl(entry))) as { value: unknown };
  return module.value;
}

describe('bundleUrl, the build’s bundler and its cache', () => {
  it('bundles again when any source of the bundle changes, and not otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-bundled-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, "import { part } from './part.ts';\nexport const value: number = part;\n");
    writeFileSync(join(dir, 'part.ts'), 'export const part = 1;\n');
    expect(await valueOf(entry)).toBe(1);
    expect(await valueOf(entry)).toBe(1);
    writeFileSync(join(dir, 'part.ts'), 'export const part = 2;\n');
    expect(await valueOf(entry)).toBe(2);
  });
});
