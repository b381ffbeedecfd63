/**
 * The clean-up before extraction has a shortcut for text that needs none (see
 * `normalizeArticleText`): it must give exactly what the full clean-up gives, whatever the text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeArticleText } from './normalize';

/** The full clean-up, as the shortcut must agree with it. */
function fullCleanUp(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '') // eslint-disable-line no-control-regex
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
/** Latin letters, spacing and combining marks, Vietnamese letters, punctuation and spaces. */
const latin = units.filter((u) => {
  const code = u.charCodeAt(0);
  return code < 0x370 || (code >= 0x1e00 && code < 0x1f00) || (code >= 0x2000 && code < 0x2070);
});

describe('normalizeArticleText', () => {
  it('cleans every UTF-16 unit as the full clean-up does', () => {
    for (const u of units) {
      const text = `Hà Nội${u}ngày 1/2${u}`;
      expect(normalizeArticleText(text), `U+${u.charCodeAt(0).toString(16)}`).toBe(
        fullCleanUp(text),
      );
    }
  });

  it('cleans every pair of Latin units as the full clean-up does (composition included)', () => {
    for (const a of latin)
      for (const b of latin) {
        const text = a + b;
        // One comparison per pair; `expect` only for a pair that differs, to name it.
        if (normalizeArticleText(text) !== fullCleanUp(text))
          expect(
            normalizeArticleText(text),
            `U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)}`,
          ).toBe(fullCleanUp(text));
      }
  }, 60_000);

  it('composes NFD text and cleans spaces and invisible marks in a Vietnamese line', () => {
    const nfd = 'Bi\u0301 thu\u031b\u0300\u00a0Tha\u0300nh u\u0309y\u200b\r\n';
    expect(normalizeArticleText(nfd)).toBe('Bí thừ Thành ủy\n');
  });
});
