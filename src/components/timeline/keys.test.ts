import { describe, expect, it, vi } from 'vitest';
import { handleTimelineKey, type KeyTarget } from './keys';

function target(active: string | null, open: string | null) {
  const t = {
    viewport: { zoomBy: vi.fn(), reset: vi.fn(), reveal: vi.fn() },
    selection: {
      id: open,
      active,
      select: vi.fn((id: string | null) => {
        t.selection.id = id;
        if (id) t.selection.active = id;
      }),
      setActive: vi.fn((id: string | null) => (t.selection.active = id)),
      clear: vi.fn(() => (t.selection.id = null)),
    },
    step: (s: number) => (s > 0 ? 'next' : 'prev'),
    spanOf: () => ({ start: 0, end: 1 }),
    edge: (last: boolean) => (last ? 'last' : 'first'),
  } satisfies KeyTarget;
  return t;
}

describe('handleTimelineKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('%s moves the keyboard to %s and pans it into view', (key, expected) => {
    const t = target('here', null);
    expect(handleTimelineKey(key, t)).toBe('moved');
    expect(t.selection.active).toBe(expected);
    expect(t.selection.id).toBeNull();
    expect(t.viewport.reveal).toHaveBeenCalled();
  });

  it('walks the cards too when a card is open', () => {
    const t = target('here', 'here');
    handleTimelineKey('ArrowRight', t);
    expect(t.selection.id).toBe('next');
  });

  it('Enter opens the active event and Esc closes it', () => {
    const t = target('here', null);
    expect(handleTimelineKey('Enter', t)).toBe(true);
    expect(t.selection.id).toBe('here');
    expect(handleTimelineKey('Escape', t)).toBe(true);
    expect(t.selection.id).toBeNull();
  });

  it.each([
    ['+', 2],
    ['=', 2],
    ['-', 0.5],
  ])('%s zooms by %d', (key, factor) => {
    const t = target(null, null);
    handleTimelineKey(key, t);
    expect(t.viewport.zoomBy).toHaveBeenCalledWith(factor, undefined);
  });

  it('0 resets to the whole range; other keys are left alone', () => {
    const t = target(null, null);
    expect(handleTimelineKey('0', t)).toBe(true);
    expect(t.viewport.reset).toHaveBeenCalled();
    expect(handleTimelineKey('a', t)).toBe(false);
    expect(handleTimelineKey('Escape', t)).toBe(false);
  });
});
