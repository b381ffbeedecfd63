import { Buffer, isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeArticle, InvalidEncodingError, type Utf8Codec } from './decode';

const node: Utf8Codec = {
  isWellFormed: (bytes) => isUtf8(bytes),
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle with the platform codec the build passes in', () => {
  it.each([
    ['plain Vietnamese', utf8('Sáng 8/1, Thành ủy Hà Nội tổ chức hội nghị.')],
    [
      'a byte-order mark, which is not text',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ngày 16/8')]),
    ],
    ['an empty file', new Uint8Array()],
    ['four-byte characters', utf8('𝐀 😀 ở')],
  ])('decodes %s exactly as the fatal TextDecoder path does', (_, bytes) => {
    expect(decodeArticle('a.txt', bytes, node)).toBe(decodeArticle('a.txt', bytes));
  });

  it.each([
    ['Windows-1258', new Uint8Array([...utf8('Ngày '), 0xf0, 0x20])],
    ['a surrogate', new Uint8Array([...utf8('ab'), 0xed, 0xa0, 0x80])],
    ['an overlong form', new Uint8Array([0x61, 0xc0, 0xaf])],
    ['a truncated sequence', new Uint8Array([...utf8('Hà Nội'), 0xe1, 0xba])],
  ])('refuses %s, naming the same byte', (_, bytes) => {
    const offsetOf = (run: () => string) => {
      try {
        run();
      } catch (e) {
        return (e as InvalidEncodingError).byteOffset;
      }
      return null;
    };
    expect(() => decodeArticle('a.txt', bytes, node)).toThrow(InvalidEncodingError);
    expect(offsetOf(() => decodeArticle('a.txt', bytes, node))).toBe(
      offsetOf(() => decodeArticle('a.txt', bytes)),
    );
  });
});
