import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../lib/share/test-dataset';
import { sortEvents } from '../../lib/timeline/order';
import { parseIsoLocal } from '../../lib/timeline/time';
import DownloadMenu from './DownloadMenu.svelte';

const dataset = testDataset();
let saved: { name: string; blob: Blob; revokedBefore: boolean }[] = [];
let revoked: string[] = [];

beforeEach(() => {
  saved = [];
  revoked = [];
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({
      name: this.download,
      blob: blobs.get(this.href)!,
      revokedBefore: revoked.includes(this.href),
    });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(): read it the old way. */
function read(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function setup(props: Record<string, unknown> = {}) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(DownloadMenu, {
    dataset: async () => dataset,
    lang: 'vi',
    siteUrl: 'https://news.example/t/',
    ...props,
  });
  return { user, toggle: screen.getByRole('button', { name: 'Tải xuống' }) };
}

describe('DownloadMenu', () => {
  it('opens a list of formats and closes it with Esc, focus back on its button', async () => {
    const { user, toggle } = setup();
    expect(screen.queryByRole('button', { name: 'Bảng CSV' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('list', { name: 'Tải dữ liệu và hình ảnh' })).toBeVisible();
    await user.keyboard('{Tab}{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle);
  });

  it.each([
    [
      'Dữ liệu JSON',
      'dong-thoi-gian-thanh-uy-ha-noi.json',
      'application/json',
      '"schemaVersion": 2',
    ],
    [
      'Bảng CSV',
      'dong-thoi-gian-thanh-uy-ha-noi.csv',
      'text/csv;charset=utf-8',
      'https://news.example/t/e/2023-08-16-hoi-nghi/',
    ],
    [
      'JSON cho TimelineJS',
      'dong-thoi-gian-thanh-uy-ha-noi.timelinejs.json',
      'application/json',
      '"unique_id": "evil"',
    ],
  ])('“%s” saves %s, then revokes its URL', async (name, filename, type, content) => {
    const { user, toggle } = setup();
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe(filename);
    expect(saved[0]!.blob.type).toBe(type);
    expect(await read(saved[0]!.blob)).toContain(content);
    expect(screen.getByRole('status')).toHaveTextContent(`Đã tải xuống ${filename}.`);
    vi.advanceTimersByTime(1);
    expect(saved[0]!.revokedBefore).toBe(false);
    expect(revoked).toEqual(['blob:test/0']);
  });

  it('offers images only when given the view, and saves an SVG of it', async () => {
    const view = () => ({
      events: sortEvents(dataset.events),
      domain: [parseIsoLocal('2019-01-01'), parseIsoLocal('2024-01-01')] as [number, number],
      width: 800,
      title: 'Dòng thời gian',
      range: '2019–2023',
      legend: { event: 'Sự kiện', leadership: 'Lãnh đạo', directive: 'Văn bản' },
      credit: 'Nguồn: NDO',
      months: [
        'Th1',
        'Th2',
        'Th3',
        'Th4',
        'Th5',
        'Th6',
        'Th7',
        'Th8',
        'Th9',
        'Th10',
        'Th11',
        'Th12',
      ],
    });
    const { user, toggle } = setup({ view });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Ảnh PNG (2×)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ảnh SVG' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('dong-thoi-gian.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml;charset=utf-8');
    const svg = await read(saved[0]!.blob);
    expect(svg).toContain('Nguồn: NDO');
    expect(svg).not.toContain('<script');
  });

  it('closes when focus leaves it', async () => {
    const { user, toggle } = setup();
    document.body.insertAdjacentHTML('beforeend', '<button type="button">elsewhere</button>');
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    document.body.lastElementChild!.remove();
  });

  it('has no SVG/PNG items without a view', async () => {
    const { user, toggle } = setup();
    await user.click(toggle);
    expect(screen.queryByRole('button', { name: 'Ảnh SVG' })).toBeNull();
  });

  it('has no axe violations when open', async () => {
    const { user, toggle } = setup();
    await user.click(toggle);
    vi.useRealTimers();
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
