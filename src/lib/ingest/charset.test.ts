import { describe, expect, it } from 'vitest';
import { InvalidEncodingError } from '../extract/decode';
import { declaredCharset, decodePage } from './charset';

const bytes = (text: string) => new TextEncoder().encode(text);
/** `Hà Nội` in windows-1258: `a` + combining grave (0xCC), `ô` (0xF4) + combining dot below (0xF2). */
const HA_NOI_1258 = [0x48, 0x61, 0xcc, 0x20, 0x4e, 0xf4, 0xf2, 0x69];
const page1258 = (head: string) =>
  Uint8Array.from([
    ...bytes(`<html><head>${head}</head><body><p>`),
    ...HA_NOI_1258,
    ...bytes('</p></body></html>'),
  ]);

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<meta charset='windows-1258'>", 'windows-1258'],
    ['<meta charset=UTF-8>', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', 'windows-1258'],
    ['<meta content="text/html; charset=utf-8" http-equiv="content-type">', 'utf-8'],
  ])('finds %s', (meta, label) => {
    expect(
      declaredCharset(bytes(`<!doctype html>\n<html><head>\n${meta}\n</head><body></body></html>`)),
    ).toEqual({
      label,
      source: 'meta',
      line: 3,
    });
  });

  it('takes a byte-order mark first', () => {
    expect(
      declaredCharset(
        Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('<meta charset="windows-1258">')]),
      ).label,
    ).toBe('utf-8');
  });

  it('ignores a charset named in the body (an article about encodings, say)', () => {
    expect(
      declaredCharset(bytes('<html><head></head><body><meta charset="windows-1258"></body>')).label,
    ).toBeNull();
  });
});

describe('decodePage', () => {
  it('decodes windows-1258 as the page declares it', () => {
    const page = decodePage('a.html', page1258('<meta charset="windows-1258">'));
    expect(page.warnings).toEqual([]);
    expect(page.text!.normalize('NFC')).toContain('<p>Hà Nội</p>');
  });

  it('reads an undeclared UTF-8 page, with a warning naming the file', () => {
    const page = decodePage('a.html', bytes('<html><body><p>Hà Nội</p></body></html>'));
    expect(page.text).toContain('Hà Nội');
    expect(page.warnings).toEqual([
      { file: 'a.html', line: 1, message: expect.stringMatching(/không khai báo bảng mã/u) },
    ]);
  });

  it('skips an undeclared page that is not UTF-8 rather than guess its charset', () => {
    const page = decodePage('a.html', page1258(''));
    expect(page.text).toBeNull();
    expect(page.warnings[0]).toMatchObject({
      file: 'a.html',
      line: 1,
      message: expect.stringMatching(/bỏ qua trang/u),
    });
  });

  it('skips a page in a charset no decoder knows, naming the line of its declaration', () => {
    const page = decodePage(
      'a.html',
      bytes('<html><head>\n<meta charset="tcvn3">\n</head></html>'),
    );
    expect(page.text).toBeNull();
    expect(page.warnings[0]).toMatchObject({ line: 2, message: expect.stringMatching(/tcvn3/u) });
  });

  it('fails a page declared UTF-8 whose bytes are not, as it fails a .txt', () => {
    expect(() => decodePage('a.html', page1258('<meta charset="utf-8">'))).toThrow(
      InvalidEncodingError,
    );
  });
});
