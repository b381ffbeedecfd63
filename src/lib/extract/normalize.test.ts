/**
 * The clean-up before extraction has a shortcut for text that needs none (see
 * `normalizeArticleText`): it must give exactly what the full clean-up gives, whatever the text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch } from '../vi/fold';
import { normalizeArticleText, slugify } from './normalize';

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

describe('slugify', () => {
  // The Unicode split and clean-up, for every text: slugify's shortcut for text whose letters
  // and digits are all a-z and 0-9 must find the same words.
  const unicodeWords = (text: string) =>
    foldForMatch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.replace(/[^a-z0-9]/g, ''))
      .filter(Boolean);

  it('makes ids of titles as printed', () => {
    expect(slugify('Hội nghị quán triệt Chỉ thị 24-CT/TU')).toBe(
      'hoi-nghi-quan-triet-chi-thi-24-ct-tu',
    );
    expect(slugify('Đinh Tiến Dũng')).toBe('dinh-tien-dung');
    expect(slugify('“Kỷ cương” – 2023', 12)).toBe('ky-cuong');
  });

  it('finds the words the Unicode split finds, in any text', () => {
    const unit = fc.constantFrom(
      ...'aZ09 -_/–—“”…,.:()đĐăâêôơưẠỹ\u0301\u00a0\u200b中文한국어Ωß²①',
      '𝐀',
      '😀',
      '\ud800',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }),
        fc.integer({ min: 1, max: 80 }),
        (units, max) => {
          const text = units.join('');
          const words = unicodeWords(text);
          // Whole words joined by '-' while they fit; a first word too long is cut.
          const fitting = words.filter((_, i) => words.slice(0, i + 1).join('-').length <= max);
          expect(slugify(text, max)).toBe(
            fitting.length ? fitting.join('-') : (words[0] ?? 'x').slice(0, max),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
