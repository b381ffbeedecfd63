import { describe, expect, it, vi } from 'vitest';
import { HostBridge, hostOrigin, type BridgeWindow } from './host-bridge';

const HOST = 'https://host.example';

/** A framed window: a parent that records posts, and a message listener we can fire. */
function fakeWindow(framed = true) {
  const posted: [unknown, string][] = [];
  const parent = { postMessage: (m: unknown, origin: string) => posted.push([m, origin]) };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win: BridgeWindow & { fire: (data: unknown, from?: object, origin?: string) => void } = {
    parent,
    addEventListener: (_, l) => (listener = l),
    removeEventListener: (_, l) => {
      if (listener === l) listener = null;
    },
    fire: (data, source = parent, origin = HOST) =>
      listener?.({ data, source, origin } as unknown as MessageEvent),
  };
  if (!framed) Object.assign(win, { parent: win });
  return { win, posted, listening: () => listener !== null };
}

function setup(referrer = `${HOST}/article.html`) {
  const fake = fakeWindow();
  const commands = {
    goto: vi.fn(),
    next: vi.fn(),
    prev: vi.fn(),
    setRange: vi.fn(),
    search: vi.fn(),
  };
  const bridge = new HostBridge(fake.win, commands, referrer);
  bridge.start();
  return { ...fake, commands, bridge };
}

describe('hostOrigin', () => {
  it.each([
    ['https://host.example/a/b?c#d', 'https://host.example'],
    ['http://localhost:8080/x', 'http://localhost:8080'],
    ['', '*'],
    ['not a url', '*'],
    ['file:///tmp/deck.html', '*'],
  ])('%j → %j', (referrer, origin) => {
    expect(hostOrigin(referrer)).toBe(origin);
  });
});

describe('HostBridge', () => {
  it('says ready, with the protocol version, to the host origin', () => {
    const { posted } = setup();
    expect(posted).toEqual([[{ type: 'timeline:ready', version: 1 }, HOST]]);
  });

  it('posts to any origin when the host stripped the referrer', () => {
    const { posted } = setup('');
    expect(posted[0]![1]).toBe('*');
  });

  it('runs each valid host command', () => {
    const { win, commands } = setup();
    win.fire({ type: 'timeline:goto', id: '2023-08-16-hoi-nghi' });
    win.fire({ type: 'timeline:next' });
    win.fire({ type: 'timeline:prev' });
    win.fire({ type: 'timeline:setRange', from: '2020-01-01', to: '2020-12-31' });
    win.fire({ type: 'timeline:search', q: 'chỉ thị 24' });
    expect(commands.goto).toHaveBeenCalledWith('2023-08-16-hoi-nghi');
    expect(commands.next).toHaveBeenCalledTimes(1);
    expect(commands.prev).toHaveBeenCalledTimes(1);
    expect(commands.setRange).toHaveBeenCalledWith('2020-01-01', '2020-12-31');
    expect(commands.search).toHaveBeenCalledWith('chỉ thị 24');
  });

  it.each([
    ['an unknown type', { type: 'timeline:delete' }],
    ['a goto with markup for an id', { type: 'timeline:goto', id: '<img src=x onerror=alert(1)>' }],
    ['a range backwards', { type: 'timeline:setRange', from: '2021-01-01', to: '2020-01-01' }],
    ['a string', 'timeline:next'],
    ['null', null],
  ])('ignores %s', (_, data) => {
    const { win, commands } = setup();
    win.fire(data);
    for (const fn of Object.values(commands)) expect(fn).not.toHaveBeenCalled();
  });

  it('ignores messages from another frame or another origin', () => {
    const { win, commands } = setup();
    win.fire({ type: 'timeline:next' }, {});
    win.fire({ type: 'timeline:next' }, undefined, 'https://evil.example');
    expect(commands.next).not.toHaveBeenCalled();
  });

  it('posts select, rangechange and resize, skipping repeats and the first empty selection', () => {
    const { bridge, posted } = setup();
    bridge.select(null);
    bridge.select('a');
    bridge.select('a');
    bridge.select(null);
    bridge.rangechange('2020-01-01', '2020-06-30');
    bridge.rangechange('2020-01-01', '2020-06-30');
    bridge.resize(480.2);
    expect(posted.slice(1).map(([m]) => m)).toEqual([
      { type: 'timeline:select', id: 'a' },
      { type: 'timeline:select', id: null },
      { type: 'timeline:rangechange', from: '2020-01-01', to: '2020-06-30' },
      { type: 'timeline:resize', height: 481 },
    ]);
  });

  it('reports the observed root’s height', () => {
    const { bridge, posted } = setup();
    let callback: ResizeObserverCallback = () => {};
    const observer = { observe: vi.fn(), disconnect: vi.fn() };
    bridge.observe({} as Element, (cb) => ((callback = cb), observer));
    callback(
      [{ borderBoxSize: [{ blockSize: 300 }], contentRect: { height: 290 } }] as never,
      {} as ResizeObserver,
    );
    expect(posted.at(-1)![0]).toEqual({ type: 'timeline:resize', height: 300 });
    bridge.stop();
    expect(observer.disconnect).toHaveBeenCalled();
  });

  it('does nothing when not framed: no listener, no posts', () => {
    const fake = fakeWindow(false);
    const bridge = new HostBridge(fake.win, {} as never, HOST);
    bridge.start();
    bridge.select('a');
    expect(bridge.embedded).toBe(false);
    expect(fake.listening()).toBe(false);
  });

  it('stops listening on stop()', () => {
    const { win, bridge, commands, listening } = setup();
    bridge.stop();
    expect(listening()).toBe(false);
    win.fire({ type: 'timeline:next' });
    expect(commands.next).not.toHaveBeenCalled();
  });
});
