import { describe, expect, it } from 'vitest';
import type { BuildOutcome } from './dataset-builder.ts';
import { messageOf } from './live-data-message.ts';

const okOutcome = (extracted: string[]): BuildOutcome =>
  ({
    ok: true,
    extracted,
    written: true,
    warnings: [
      { file: 'moi.html', line: 8, message: 'không tìm thấy nội dung bài trong trang' },
      { file: 'cu.txt', line: 3, message: 'ngày không hợp lệ "31/2"' },
    ],
  }) as unknown as BuildOutcome;

describe('messageOf: what the page is told after a rebuild', () => {
  it('a failure names the file and the byte, for the notice', () => {
    const outcome: BuildOutcome = {
      ok: false,
      problem: {
        kind: 'encoding',
        file: 'hong.txt',
        byteOffset: 4,
        message: 'hong.txt: not valid UTF-8 at byte 4',
      },
      warnings: [],
    };
    expect(messageOf(3, outcome, ['hong.txt'], 40)).toEqual({
      ok: false,
      build: 3,
      notices: [
        {
          kind: 'encoding',
          file: 'hong.txt',
          byteOffset: 4,
          message: 'hong.txt: not valid UTF-8 at byte 4',
        },
      ],
    });
  });

  it('a success carries the warnings of the files just saved, not of the whole corpus', () => {
    const message = messageOf(2, okOutcome(['moi.html']), ['moi.html'], 120);
    expect(message).toMatchObject({
      ok: true,
      build: 2,
      changed: true,
      files: ['moi.html'],
      ms: 120,
    });
    expect(message.notices).toEqual([
      {
        kind: 'warning',
        file: 'moi.html',
        line: 8,
        message: 'không tìm thấy nội dung bài trong trang',
      },
    ]);
  });
});
