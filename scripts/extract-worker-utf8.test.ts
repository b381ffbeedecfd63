import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_UTF8 } from './extract-worker-utf8';

// The reference: the platform's decoder, keeping a byte-order mark as the codec must.
const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8 = (text: string) => new TextEncoder().encode(text);
const root = join(import.meta.dirname, '..');
const articles = ['seeds', 'src/lib/extract/fixtures/articles'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, Uint8Array] => [f, readFileSync(join(root, dir, f))]),
);

describe('NODE_UTF8, the build’s decoder', () => {
  it.each([
    ['an empty file', new Uint8Array()],
    ['a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ngày 16/8')])],
    ['ASCII only', utf8('NDO - 11/04/2019 16:37')],
    ['four-byte characters', utf8('𝐀 😀 ở')],
    ['NFD text and controls', utf8('Thành uy\u0309\u0000\r\n\u00a0')],
    ...articles,
  ])('decodes %s as TextDecoder does', (_, bytes) => {
    expect(NODE_UTF8.isWellFormed(bytes)).toBe(true);
    expect(NODE_UTF8.decode(bytes)).toBe(reference.decode(bytes));
  });

  it('refuses what TextDecoder refuses', () => {
    for (const bad of [[0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]])
      expect(NODE_UTF8.isWellFormed(new Uint8Array(bad))).toBe(false);
  });
});
