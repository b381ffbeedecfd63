import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../lib/dataset/types';
import { validateDataset } from '../../lib/dataset/validate';
import { buildSteps } from '../../lib/present/tour';
import { sortEvents } from '../../lib/timeline/order';
import PresenterView from './PresenterView.svelte';

const dataset: Dataset = validateDataset(
  JSON.parse(readFileSync('e2e/fixtures/sample-timeline.json', 'utf8')),
).dataset;
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const events = sortEvents(dataset.events)
  .map((p) => byId.get(p.event.id)!)
  .slice(0, 8);

function setup(props: Record<string, unknown> = {}, timers = false) {
  if (timers) vi.useFakeTimers();
  const user = userEvent.setup(timers ? { advanceTimers: vi.advanceTimersByTime } : {});
  const onstep = vi.fn();
  const onexit = vi.fn();
  render(PresenterView, {
    steps: events,
    sources: dataset.sources,
    lang: 'vi',
    onstep,
    onexit,
    ...props,
  });
  const progress = () => document.querySelector('[data-present-progress]')!.textContent!.trim();
  const title = () => screen.getByRole('heading', { level: 2 }).textContent;
  return { user, onstep, onexit, progress, title };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PresenterView', () => {
  it('opens on the first step with its caption, progress and a spoken status', () => {
    const { progress, title, onstep } = setup();
    expect(progress()).toBe('1 / 8');
    expect(title()).toBe(events[0]!.title);
    expect(onstep).toHaveBeenLastCalledWith(events[0]!.id, 0);
    expect(screen.getByRole('status')).toHaveTextContent(`1 / 8: ${events[0]!.title}`);
    expect(document.activeElement).toHaveAttribute('data-presenter');
  });

  it.each([
    ['{PageDown}', 1],
    ['{ArrowRight}', 1],
    [' ', 1],
    ['{PageDown}{PageDown}{PageUp}', 1],
    ['{ArrowRight}{ArrowRight}{ArrowLeft}', 1],
    ['{End}', 7],
    ['{End}{Home}', 0],
    ['{PageUp}', 0],
    ['{End}{PageDown}', 7],
  ])('keys %s land on step %i', async (keys, step) => {
    const { user, progress, title, onstep } = setup();
    await user.keyboard(keys);
    expect(progress()).toBe(`${step + 1} / 8`);
    expect(title()).toBe(events[step]!.title);
    expect(onstep).toHaveBeenLastCalledWith(events[step]!.id, step);
  });

  it('credits the sources of the event', () => {
    setup();
    const outlet = dataset.sources.find((s) => s.id === events[0]!.sources[0]!.source)!.outlet;
    expect(screen.getByText(/^Nguồn:/)).toHaveTextContent(outlet ?? '');
  });

  it('follows a tour, in its order, repeats included', async () => {
    const tour = [events[3]!.id, 'not-an-event', events[1]!.id, events[3]!.id];
    const { user, progress, title } = setup({ steps: buildSteps(events, tour) });
    expect(progress()).toBe('1 / 3');
    expect(title()).toBe(events[3]!.title);
    await user.keyboard('{PageDown}');
    expect(title()).toBe(events[1]!.title);
    await user.keyboard('{PageDown}{PageDown}');
    expect(progress()).toBe('3 / 3');
  });

  it('steps with the buttons and disables them at the ends', async () => {
    const { user, progress } = setup();
    const prev = screen.getByRole('button', { name: /Sự kiện trước/ });
    expect(prev).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Sự kiện sau/ }));
    expect(progress()).toBe('2 / 8');
    expect(prev).toBeEnabled();
  });

  it('leaves on Esc and on the exit button', async () => {
    const { user, onexit } = setup();
    await user.keyboard('{Escape}');
    expect(onexit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Thoát trình chiếu' }));
    expect(onexit).toHaveBeenCalledTimes(2);
  });

  it('ignores keys while inactive (a dialog owns the keyboard)', async () => {
    const { user, progress } = setup({ active: false });
    await user.keyboard('{PageDown}');
    expect(progress()).toBe('1 / 8');
  });

  it('autoplays at the chosen interval and stops on the last step', async () => {
    const { progress } = setup({ autoplay: 5 }, true);
    expect(screen.getByRole('button', { name: 'Tạm dừng' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await vi.advanceTimersByTimeAsync(4999);
    expect(progress()).toBe('1 / 8');
    await vi.advanceTimersByTimeAsync(1);
    expect(progress()).toBe('2 / 8');
    await vi.advanceTimersByTimeAsync(5000 * 10);
    expect(progress()).toBe('8 / 8');
    expect(screen.getByRole('button', { name: 'Tự chạy' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('pauses autoplay on any key, and on a click', async () => {
    const { user, progress } = setup({ autoplay: 3 }, true);
    await user.keyboard('a');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(progress()).toBe('1 / 8');
    await user.click(screen.getByRole('button', { name: 'Tự chạy' }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(progress()).toBe('2 / 8');
    await user.click(screen.getByRole('heading', { level: 2 }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(progress()).toBe('2 / 8');
  });

  it('starts autoplay from the button with the chosen interval', async () => {
    const { user, progress } = setup({}, true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thời gian mỗi sự kiện' }), '3');
    await user.click(screen.getByRole('button', { name: 'Tự chạy' }));
    await vi.advanceTimersByTimeAsync(3000);
    expect(progress()).toBe('2 / 8');
  });

  it('ignores an autoplay value outside 2–60 seconds', async () => {
    const { progress } = setup({ autoplay: 1 }, true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(progress()).toBe('1 / 8');
  });

  it('asks for full screen, and says so when the browser refuses', async () => {
    const request = vi.fn().mockRejectedValue(new Error('denied'));
    const target = { requestFullscreen: request } as unknown as Element;
    const { user } = setup({ fullscreenTarget: () => target });
    await user.click(screen.getByRole('button', { name: 'Toàn màn hình' }));
    expect(request).toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent(/không cho phép toàn màn hình/);
  });

  it('hides the full screen button where the browser has no full screen', () => {
    setup({ fullscreenTarget: () => ({}) as Element });
    expect(screen.queryByRole('button', { name: 'Toàn màn hình' })).toBeNull();
  });

  it('says there is nothing to present when a tour matches no event', () => {
    setup({ steps: [] });
    expect(screen.getByText('Không có sự kiện nào để trình chiếu.')).toBeInTheDocument();
    expect(document.querySelector('[data-present-progress]')).toHaveTextContent('0 / 0');
  });

  it('speaks English when asked', () => {
    setup({ lang: 'en' });
    expect(screen.getByRole('region', { name: 'Presentation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next event/ })).toBeInTheDocument();
  });

  it('hides its controls a few seconds after opening, shows them on a key that is not a step, and keeps the progress', async () => {
    const { user, progress } = setup({}, true);
    const controls = () => document.querySelector('[data-present-controls]')!;
    expect(controls()).toHaveAttribute('data-present-controls', 'shown');
    await vi.advanceTimersByTimeAsync(3000);
    expect(controls()).toHaveAttribute('data-present-controls', 'hidden');
    await user.keyboard('{PageDown}');
    expect(controls()).toHaveAttribute('data-present-controls', 'hidden');
    expect(progress()).toBe('2 / 8');
    await user.keyboard('a');
    expect(controls()).toHaveAttribute('data-present-controls', 'shown');
  });

  it('saves the current step as a 16:9 image and says so', async () => {
    const onexport = vi.fn().mockResolvedValue('dong-thoi-gian-16x9.png');
    const { user } = setup({ onexport });
    await user.click(screen.getByRole('button', { name: 'Ảnh PNG 16:9' }));
    expect(onexport).toHaveBeenCalledWith('png');
    expect(await screen.findByText('Đã lưu dong-thoi-gian-16x9.png')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    setup();
    const results = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // jsdom does no layout, so contrast cannot be computed here (the e2e axe run covers it).
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`),
    ).toEqual([]);
  });
});
