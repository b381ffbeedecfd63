import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../lib/share/test-dataset';
import CardActions from './CardActions.svelte';

const dataset = testDataset();
const event = dataset.events[0]!;
const permalink = 'https://news.example/timeline/e/2023-08-16-hoi-nghi/';
const viewUrl =
  'https://news.example/timeline/?q=ch%E1%BB%89+th%E1%BB%8B&event=2023-08-16-hoi-nghi';

function setup(lang: 'vi' | 'en' = 'vi') {
  const user = userEvent.setup();
  render(CardActions, { event, dataset, lang, permalink, viewUrl: () => viewUrl });
  return { user, writeText: vi.spyOn(navigator.clipboard, 'writeText') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CardActions', () => {
  it.each([
    ['Sao chép liên kết', permalink, 'Đã sao chép liên kết tới sự kiện.'],
    ['Liên kết tới góc nhìn này', viewUrl, 'Đã sao chép liên kết tới góc nhìn này.'],
  ])('“%s” copies %s and confirms', async (name, text, confirmation) => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('button', { name }));
    expect(writeText).toHaveBeenCalledWith(text);
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(screen.getByRole('status')).toHaveTextContent(confirmation);
  });

  it('copies a citation as plain text or Markdown, with the permalink', async () => {
    const { user, writeText } = setup();
    const cite = screen.getByRole('button', { name: 'Trích dẫn' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Văn bản thường' }));
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(
      /^Hội nghị trực tuyến quán triệt Chỉ thị 24-CT\/TU \(ngày 16\/8\/2023\)\nNguồn:/,
    );
    expect(text.split('\n').at(-1)).toBe(permalink);
    expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép trích dẫn (Văn bản thường).');
    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(writeText.mock.calls[1]![0]).toMatch(/^\*\*Hội nghị trực tuyến/);
    expect(writeText.mock.calls[1]![0]).toContain(`](<${permalink}>)`);
  });

  it('falls back to execCommand when the Clipboard API is refused', async () => {
    const { user, writeText } = setup();
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    await user.click(screen.getByRole('button', { name: 'Sao chép liên kết' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép liên kết tới sự kiện.');
  });

  it('shows the text selected for copying by hand when every way is refused', async () => {
    const { user, writeText } = setup();
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = vi.fn(() => false);
    await user.click(screen.getByRole('button', { name: 'Liên kết tới góc nhìn này' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/);
    const field = screen.getByRole('textbox', {
      name: 'Nội dung để sao chép',
    }) as HTMLTextAreaElement;
    expect(field).toHaveAttribute('readonly');
    expect(field.value).toBe(viewUrl);
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe(viewUrl);
  });

  it('speaks English when asked', async () => {
    const { user } = setup('en');
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(screen.getByRole('status')).toHaveTextContent('Link to this view copied.');
    expect(screen.getByRole('button', { name: 'Cite' })).toBeInTheDocument();
  });

  it('has no axe violations with the citation formats open', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Trích dẫn' }));
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
