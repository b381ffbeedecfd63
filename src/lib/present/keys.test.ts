import { describe, expect, it } from 'vitest';
import { presentAction, type KeyInfo } from './keys';

describe('presentAction maps keys and clicker buttons to steps', () => {
  it.each([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'PageDown' }, 'next'],
    [{ key: ' ' }, 'next'],
    [{ key: ' ', shiftKey: true }, 'prev'],
    [{ key: 'ArrowLeft' }, 'prev'],
    [{ key: 'PageUp' }, 'prev'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'Escape' }, 'exit'],
    [{ key: 'a' }, null],
    [{ key: 'Enter' }, null],
  ] as [KeyInfo, string | null][])('%j → %s', (key, action) => {
    expect(presentAction(key)).toBe(action);
  });

  it.each([
    ['typed in a text field', { key: 'ArrowRight', editable: true }],
    ['already handled by the timeline', { key: 'ArrowRight', defaultPrevented: true }],
    ['Space on a focused button (it presses the button)', { key: ' ', pressable: true }],
    ['with Ctrl (browser shortcuts)', { key: 'PageDown', ctrlKey: true }],
    ['with Alt (history navigation)', { key: 'ArrowLeft', altKey: true }],
    ['with ⌘', { key: 'ArrowRight', metaKey: true }],
  ] as [string, KeyInfo][])('does nothing for a key %s', (_, key) => {
    expect(presentAction(key)).toBeNull();
  });

  it('still steps with PageDown on a focused button (a clicker while a control has focus)', () => {
    expect(presentAction({ key: 'PageDown', pressable: true })).toBe('next');
  });
});
