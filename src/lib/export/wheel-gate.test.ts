import { afterEach, describe, expect, it, vi } from 'vitest';
import { WheelGate } from './wheel-gate';

function setup() {
  vi.useFakeTimers();
  const onhint = vi.fn();
  const gate = new WheelGate({ onhint, hintMs: 2000 });
  return { gate, onhint };
}
const plain = { ctrlKey: false, metaKey: false };

afterEach(() => vi.useRealTimers());

describe('WheelGate', () => {
  it.each([
    ['a plain wheel before any click', plain, false],
    ['a wheel with Ctrl held (also a trackpad pinch)', { ctrlKey: true, metaKey: false }, true],
    ['a wheel with ⌘ held', { ctrlKey: false, metaKey: true }, true],
  ])('%s → %s', (_, event, allowed) => {
    const { gate } = setup();
    expect(gate.allowed(event)).toBe(allowed);
  });

  it('lets the wheel zoom after a click, until disarmed', () => {
    const { gate } = setup();
    gate.arm();
    expect(gate.allowed(plain)).toBe(true);
    gate.disarm();
    expect(gate.allowed(plain)).toBe(false);
  });

  it('shows the hint on a refused wheel and hides it after a while', () => {
    const { gate, onhint } = setup();
    gate.allowed(plain);
    expect(onhint).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(1999);
    expect(onhint).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onhint).toHaveBeenLastCalledWith(false);
  });

  it('keeps the hint up while wheels keep coming, and hides it at once on a click', () => {
    const { gate, onhint } = setup();
    gate.allowed(plain);
    vi.advanceTimersByTime(1500);
    gate.allowed(plain);
    vi.advanceTimersByTime(1500);
    expect(onhint).not.toHaveBeenCalledWith(false);
    gate.arm();
    expect(onhint).toHaveBeenLastCalledWith(false);
  });

  it('does not show the hint for an allowed wheel', () => {
    const { gate, onhint } = setup();
    gate.allowed({ ctrlKey: true, metaKey: false });
    expect(onhint).not.toHaveBeenCalled();
  });
});
