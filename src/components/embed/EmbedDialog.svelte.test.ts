import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { validateDataset } from '../../lib/dataset/validate';
import { parseViewParams } from '../../lib/url/view-params';
import EmbedDialog from './EmbedDialog.svelte';
import EmbedFooter from './EmbedFooter.svelte';

const dataset: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const APP = 'https://news.example/timeline/';

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

function setup(props: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  const onclose = vi.fn();
  // `events` is also a mount option's name: pass props explicitly.
  render(EmbedDialog, {
    props: {
      appUrl: APP,
      lang: 'vi',
      events: dataset.events,
      range: dataset.range,
      onclose,
      ...props,
    },
  });
  const snippet = () =>
    (document.querySelector('[data-embed-snippet]') as HTMLTextAreaElement).value;
  const src = () => /src="([^"]*)"/.exec(snippet())![1]!.replace(/&amp;/g, '&');
  return { user, onclose, snippet, src };
}

describe('EmbedDialog', () => {
  it('says which layout the chosen size gets, and previews at that size', async () => {
    const { user } = setup();
    const note = () => document.querySelector('[data-embed-layout]')!.textContent;
    expect(note()).toMatch(/gọn khi hẹp hơn 640 px/);
    await user.click(screen.getByRole('radio', { name: 'Cố định' }));
    expect(note()).toMatch(/bố cục đầy đủ/);
    const width = screen.getByRole('spinbutton', { name: 'Rộng (px)' });
    const height = screen.getByRole('spinbutton', { name: 'Cao (px)' });
    await user.clear(width);
    await user.type(width, '320');
    await user.clear(height);
    await user.type(height, '240');
    expect(note()).toMatch(/bố cục gọn/);
    const frame = document.querySelector<HTMLIFrameElement>('[data-embed-preview] iframe')!;
    expect([frame.style.width, frame.style.height]).toEqual(['320px', '240px']);
  });

  it('opens as a labelled modal dialog with a responsive snippet by default', () => {
    const { snippet } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Nhúng dòng thời gian' });
    expect(dialog).toHaveAttribute('open');
    expect(snippet()).toMatch(/^<div style="position:relative;width:100%;/);
    expect(snippet()).toContain('title="Dòng thời gian Thành ủy Hà Nội 2019–2023"');
    expect(snippet()).not.toContain('<script');
  });

  it('starts from the current view it is given', () => {
    const event = dataset.events[2]!;
    const { src } = setup({
      initial: { event: event.id, from: '2020-01-01', to: '2020-12-31', theme: 'dark' },
    });
    expect(parseViewParams(new URL(src()).search).params).toMatchObject({
      embed: true,
      event: event.id,
      from: '2020-01-01',
      to: '2020-12-31',
      theme: 'dark',
    });
  });

  it('clamps a padded visible window to the data, and leaves the whole range empty', () => {
    const { src } = setup({ initial: { from: '2018-11-25', to: '2024-02-06' } });
    const params = parseViewParams(new URL(src()).search).params;
    expect([params.from, params.to]).toEqual([null, null]);
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('');
  });

  it('rebuilds the snippet and the live preview from the options', async () => {
    const { user, snippet, src } = setup();
    await user.click(screen.getByRole('radio', { name: 'Cố định' }));
    const width = screen.getByRole('spinbutton', { name: 'Rộng (px)' });
    await user.clear(width);
    await user.type(width, '640');
    await user.click(screen.getByRole('checkbox', { name: 'Văn bản' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hiện ô tìm kiếm' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Mở sẵn sự kiện' }),
      dataset.events[0]!.id,
    );
    expect(snippet()).toMatch(/^<iframe /);
    expect(snippet()).toContain('width="640"');
    expect(snippet()).toContain('title="Hanoi Party Committee timeline 2019–2023"');
    const { params } = parseViewParams(new URL(src()).search);
    expect(params).toMatchObject({
      kinds: ['event', 'leadership'],
      search: false,
      lang: 'en',
      event: dataset.events[0]!.id,
    });
    const preview = document.querySelector('[data-embed-preview] iframe')!;
    expect(preview.getAttribute('src')).toBe(src());
    expect(preview).toHaveAttribute('title', 'Hanoi Party Committee timeline 2019–2023');
  });

  it('keeps the last lane: its checkbox cannot be unticked', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Văn bản' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lãnh đạo' }));
    expect(screen.getByRole('checkbox', { name: 'Sự kiện' })).toBeDisabled();
  });

  it('copies the snippet and confirms it', async () => {
    const { user, snippet } = setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Sao chép mã' }));
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(await screen.findByRole('status')).toHaveTextContent('Đã sao chép mã nhúng.');
  });

  it('shows the snippet selected for copying by hand when copying is refused', async () => {
    const { user, snippet } = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    document.execCommand = vi.fn(() => false);
    await user.click(screen.getByRole('button', { name: 'Sao chép mã' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Ctrl\+C/);
    const manual = document.activeElement as HTMLTextAreaElement;
    expect(manual.value).toBe(snippet());
    expect(manual.selectionEnd - manual.selectionStart).toBe(snippet().length);
  });

  it('calls onclose when closed', async () => {
    const { user, onclose } = setup();
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(onclose).toHaveBeenCalled();
  });

  it('has no axe violations', async () => {
    setup();
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
      // The preview's document is the app itself, checked by the e2e axe run in embed mode.
      iframes: false,
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`),
    ).toEqual([]);
  });
});

describe('EmbedFooter', () => {
  it('links to the full timeline in a new tab, safely', async () => {
    let url = `${APP}?event=x`;
    render(EmbedFooter, { href: () => url, lang: 'vi', hint: false });
    const link = screen.getByRole('link', { name: /Xem toàn bộ dòng thời gian/ });
    expect(link).toHaveAttribute('href', `${APP}?event=x`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(link).toHaveAccessibleName(/mở trong thẻ mới/);
    // The view changed since (replaceState): the link follows it before it is followed.
    url = `${APP}?event=y`;
    link.focus();
    await tick();
    expect(link).toHaveAttribute('href', `${APP}?event=y`);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows the wheel hint while asked to', async () => {
    const { rerender } = render(EmbedFooter, { href: () => APP, lang: 'vi', hint: false });
    await rerender({ href: () => APP, lang: 'vi', hint: true });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nhấn vào dòng thời gian hoặc giữ Ctrl/⌘ để phóng to',
    );
  });
});
