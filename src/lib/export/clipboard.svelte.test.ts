import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('copyText', () => {
  it('uses the Clipboard API when it is allowed', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyText('xin chào', { clipboard: { writeText } })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('xin chào');
  });

  it('falls back to selecting a read-only textarea and execCommand when refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    let selected = '';
    document.execCommand = vi.fn(() => {
      const area = document.querySelector('textarea')!;
      selected = area.value.slice(area.selectionStart, area.selectionEnd);
      return true;
    });
    expect(await copyText('liên kết', { clipboard: { writeText } })).toBe('copied');
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe('liên kết');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('answers manual when both ways fail, leaving nothing behind', async () => {
    document.execCommand = vi.fn(() => false);
    expect(await copyText('x', { clipboard: undefined })).toBe('manual');
    document.execCommand = vi.fn(() => {
      throw new Error('no');
    });
    expect(await copyText('x', { clipboard: undefined })).toBe('manual');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
