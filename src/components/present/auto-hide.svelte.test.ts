import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoHide } from './auto-hide.svelte';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('AutoHide', () => {
  it('shows at first, then hides after its time', () => {
    const controls = new AutoHide(3000);
    expect(controls.shown).toBe(true);
    vi.advanceTimersByTime(2999);
    expect(controls.shown).toBe(true);
    vi.advanceTimersByTime(1);
    expect(controls.shown).toBe(false);
  });

  it('shows again when poked, for the full time again', () => {
    const controls = new AutoHide(3000);
    vi.advanceTimersByTime(3000);
    controls.poke();
    expect(controls.shown).toBe(true);
    vi.advanceTimersByTime(2000);
    controls.poke();
    vi.advanceTimersByTime(2000);
    expect(controls.shown).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(controls.shown).toBe(false);
  });

  it('stays while the focus is in the controls, and hides after it leaves', () => {
    const controls = new AutoHide(3000);
    controls.hold('focus', true);
    vi.advanceTimersByTime(10_000);
    expect(controls.shown).toBe(true);
    controls.hold('focus', false);
    vi.advanceTimersByTime(3000);
    expect(controls.shown).toBe(false);
  });
});
