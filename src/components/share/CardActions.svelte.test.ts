import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../lib/share/test-dataset';
import CardActions from './CardActions.svelte';

const dataset = testDataset();
const event = dataset.events[0]!;
const permalink = 'https://news.example/timeline/e/2023-08-16-hoi-nghi/';
const viewUrl =
  'https://news.example/timeline/?q=ch%E1%BB%89+th%E1%BB%8B&event=2023-08-16-hoi-nghi';

function setup(lang: 'vi' | 'en' = 'vi', props: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  const onembed = vi.fn();
  render(CardActions, {
    event,
    dataset,
    lang,
    permalink,
    viewUrl: () => viewUrl,
    siteName: 'Dòng thời gian',
    onembed,
    ...props,
  });
  return { user, onembed, writeText: vi.spyOn(navigator.clipboard, 'writeText') };
}

beforeAll(() => {
  // jsdom has <dialog> but not always its modal methods.
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

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

  it('shows the citation before copying it, in the style chosen', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('button', { name: 'Trích dẫn' }));
    const dialog = screen.getByRole('dialog', { name: 'Trích dẫn sự kiện' });
    const preview = within(dialog).getByRole('textbox', { name: 'Nội dung sẽ được sao chép' });
    expect((preview as HTMLTextAreaElement).value).toMatch(
      /^Hội nghị trực tuyến quán triệt Chỉ thị 24-CT\/TU \(ngày 16\/8\/2023\)\nDòng thời gian, /,
    );
    expect(writeText).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép trích dẫn' }));
    expect(writeText).toHaveBeenLastCalledWith((preview as HTMLTextAreaElement).value);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Đã sao chép trích dẫn (Văn bản thường).',
    );

    await user.click(within(dialog).getByRole('radio', { name: 'Markdown' }));
    expect((preview as HTMLTextAreaElement).value).toMatch(/^\*\*Hội nghị trực tuyến/);
    expect((preview as HTMLTextAreaElement).value).toContain(`](<${permalink}>)`);

    await user.click(within(dialog).getByRole('radio', { name: 'CSL-JSON' }));
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép trích dẫn' }));
    const items = JSON.parse(writeText.mock.lastCall![0]);
    expect(items[0]).toMatchObject({ type: 'webpage', URL: permalink });
    expect(items[0].accessed['date-parts'][0]).toHaveLength(3);
    expect(within(dialog).getByRole('status')).toHaveTextContent('(CSL-JSON)');
  });

  it('opens the original article in a new tab, without giving it this page', () => {
    setup();
    const link = screen.getByRole('link', { name: /bài gốc trên NDO/ });
    expect(link).toHaveAttribute('href', dataset.sources[0]!.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('has no original-article link when no source has an address', () => {
    const bare = { ...dataset, sources: dataset.sources.map(({ url: _, ...s }) => s) };
    setup('vi', { dataset: bare });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('opens the Embed dialog at this event', async () => {
    const { user, onembed } = setup();
    await user.click(screen.getByRole('button', { name: 'Nhúng sự kiện' }));
    expect(onembed).toHaveBeenCalledOnce();
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

  it('has no axe violations with the citation dialog open', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Trích dẫn' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
