import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { followSystem } from './follow-system';
import { Prefs } from './prefs.svelte';

/** Media queries whose answers a test can change, firing `change` as a browser does. */
function fakeSystem(initial: Record<string, boolean>) {
  const listeners = new Map<string, Set<(event: MediaQueryListEvent) => void>>();
  const answers = { ...initial };
  const match = (query: string) =>
    ({
      get matches() {
        return answers[query] ?? false;
      },
      addEventListener: (_: 'change', fn: (event: MediaQueryListEvent) => void) => {
        if (!listeners.has(query)) listeners.set(query, new Set());
        listeners.get(query)!.add(fn);
      },
      removeEventListener: (_: 'change', fn: (event: MediaQueryListEvent) => void) =>
        listeners.get(query)?.delete(fn),
    }) as unknown as MediaQueryList;
  const set = (query: string, matches: boolean) => {
    answers[query] = matches;
    for (const fn of listeners.get(query) ?? []) fn({ matches } as MediaQueryListEvent);
    flushSync();
  };
  const listening = () => [...listeners.values()].reduce((n, fns) => n + fns.size, 0);
  return { match, set, listening };
}

const DARK = '(prefers-color-scheme: dark)';
const MOTION = '(prefers-reduced-motion: reduce)';
const FORCED = '(forced-colors: active)';

describe('followSystem', () => {
  it('reads the system at once, then follows its changes of scheme, motion and contrast', () => {
    const system = fakeSystem({ [FORCED]: true });
    const prefs = new Prefs(false, false);
    followSystem(prefs, system.match);
    expect(prefs.forcedColors).toBe(true);
    system.set(DARK, true);
    expect([prefs.theme, prefs.systemTheme]).toEqual(['dark', 'dark']);
    system.set(MOTION, true);
    expect(prefs.reducedMotion).toBe(true);
    system.set(FORCED, false);
    expect(prefs.forcedColors).toBe(false);
    system.set(DARK, false);
    expect(prefs.theme).toBe('light');
  });

  it('leaves a theme the viewer chose as it is', () => {
    const system = fakeSystem({});
    const prefs = new Prefs(false, false);
    followSystem(prefs, system.match);
    prefs.setTheme('dark');
    system.set(DARK, true);
    system.set(DARK, false);
    expect([prefs.theme, prefs.systemTheme]).toEqual(['dark', 'light']);
    prefs.followSystemTheme();
    expect(prefs.theme).toBe('light');
  });

  it('stops listening when stopped', () => {
    const system = fakeSystem({});
    const prefs = new Prefs(false, false);
    const stop = followSystem(prefs, system.match);
    expect(system.listening()).toBe(3);
    stop();
    expect(system.listening()).toBe(0);
    system.set(DARK, true);
    expect(prefs.theme).toBe('light');
  });
});
