import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  parseHostMessage,
  parseTimelineMessage,
  toHost,
  type HostMessage,
} from './protocol';

describe('parseHostMessage accepts the five host messages', () => {
  it.each<[unknown, HostMessage]>([
    [
      { type: 'timeline:goto', id: '2023-08-16-hoi-nghi' },
      { type: 'timeline:goto', id: '2023-08-16-hoi-nghi' },
    ],
    [{ type: 'timeline:next' }, { type: 'timeline:next' }],
    [{ type: 'timeline:prev' }, { type: 'timeline:prev' }],
    [
      { type: 'timeline:setRange', from: '2019-01-01', to: '2020-12-31' },
      { type: 'timeline:setRange', from: '2019-01-01', to: '2020-12-31' },
    ],
    [
      { type: 'timeline:setRange', from: '2021-04-22', to: '2021-04-22' },
      { type: 'timeline:setRange', from: '2021-04-22', to: '2021-04-22' },
    ],
    [
      { type: 'timeline:search', q: 'Chỉ thị 24-CT/TU' },
      { type: 'timeline:search', q: 'Chỉ thị 24-CT/TU' },
    ],
    [
      { type: 'timeline:search', q: '' },
      { type: 'timeline:search', q: '' },
    ],
    [{ type: 'timeline:next', version: PROTOCOL_VERSION }, { type: 'timeline:next' }],
    [Object.assign(Object.create(null), { type: 'timeline:prev' }), { type: 'timeline:prev' }],
  ])('%o', (data, message) => {
    expect(parseHostMessage(data)).toEqual(message);
  });
});

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
  },
);

describe('parseHostMessage ignores everything else', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'timeline:next'],
    ['a JSON string', '{"type":"timeline:next"}'],
    ['a number', 42],
    ['an array', ['timeline:next']],
    ['an object without a type', { id: 'x' }],
    ['an unknown type', { type: 'timeline:destroy' }],
    ['a type that is an inherited name', { type: 'constructor' }],
    ['a type of another API', { type: 'reveal:slidechanged' }],
    ['a non-string type', { type: ['timeline:next'] }],
    ['an extra key', { type: 'timeline:next', html: '<b>x</b>' }],
    ['an extra huge string', { type: 'timeline:next', pad: 'x'.repeat(1e6) }],
    ['an unknown version', { type: 'timeline:next', version: 2 }],
    [
      'a class instance',
      new (class {
        type = 'timeline:next';
      })(),
    ],
    ['a Date', new Date(0)],
    ['a Proxy that throws', throwing],
    ['goto without id', { type: 'timeline:goto' }],
    ['goto with a number id', { type: 'timeline:goto', id: 42 }],
    ['goto with markup', { type: 'timeline:goto', id: '<img src=x onerror=alert(1)>' }],
    ['goto with quotes', { type: 'timeline:goto', id: 'a"b' }],
    ['goto with a script URL', { type: 'timeline:goto', id: 'javascript:alert(1)' }],
    ['goto with a path', { type: 'timeline:goto', id: '../../etc' }],
    ['goto with capitals', { type: 'timeline:goto', id: 'ABC' }],
    ['goto with an empty id', { type: 'timeline:goto', id: '' }],
    ['goto with a huge id', { type: 'timeline:goto', id: 'a'.repeat(201) }],
    ['setRange reversed', { type: 'timeline:setRange', from: '2021-01-01', to: '2020-01-01' }],
    [
      'setRange with an impossible day',
      { type: 'timeline:setRange', from: '2021-02-30', to: '2021-03-01' },
    ],
    [
      'setRange with a partial date',
      { type: 'timeline:setRange', from: '2021-02', to: '2021-03-01' },
    ],
    ['setRange with a timestamp', { type: 'timeline:setRange', from: 0, to: 1 }],
    [
      'setRange with a datetime',
      { type: 'timeline:setRange', from: '2021-01-01T00:00', to: '2021-03-01' },
    ],
    ['setRange missing to', { type: 'timeline:setRange', from: '2021-01-01' }],
    ['search without q', { type: 'timeline:search' }],
    ['search with a non-string', { type: 'timeline:search', q: { toString: () => 'x' } }],
    ['search too long', { type: 'timeline:search', q: 'a'.repeat(201) }],
    ['search with markup', { type: 'timeline:search', q: '<script>alert(1)</script>' }],
    ['search with a control character', { type: 'timeline:search', q: 'a\u0000b' }],
    ['search with a bidi override', { type: 'timeline:search', q: 'a\u202eb' }],
  ])('%s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('accepts a query of exactly 200 characters', () => {
    expect(parseHostMessage({ type: 'timeline:search', q: 'ă'.repeat(200) })).not.toBeNull();
  });
});

describe('toHost builds the messages the timeline posts', () => {
  it.each([
    [toHost.ready(), { type: 'timeline:ready', version: 1 }],
    [toHost.ready(3), { type: 'timeline:ready', version: 3 }],
    [toHost.select('2023-08-16-hoi-nghi'), { type: 'timeline:select', id: '2023-08-16-hoi-nghi' }],
    [toHost.select(null), { type: 'timeline:select', id: null }],
    [
      toHost.rangechange('2019-01-01', '2023-12-31'),
      { type: 'timeline:rangechange', from: '2019-01-01', to: '2023-12-31' },
    ],
    [toHost.resize(480.2), { type: 'timeline:resize', height: 481 }],
    [toHost.resize(-5), { type: 'timeline:resize', height: 0 }],
    [toHost.resize(NaN), { type: 'timeline:resize', height: 0 }],
  ])('%o', (built, expected) => {
    expect(built).toEqual(expected);
  });

  it('builds only messages a host-side parser accepts, and survives structured cloning', () => {
    for (const m of [
      toHost.ready(),
      toHost.select('a-1'),
      toHost.select(null),
      toHost.rangechange('2019-01-01', '2019-02-01'),
      toHost.resize(300),
    ])
      expect(parseTimelineMessage(structuredClone(m))).toEqual(m);
  });
});

describe('parseTimelineMessage refuses malformed timeline messages', () => {
  it.each<[string, unknown]>([
    ['a host message', { type: 'timeline:next' }],
    ['ready without a version', { type: 'timeline:ready' }],
    ['ready with a string version', { type: 'timeline:ready', version: '1' }],
    ['select with markup', { type: 'timeline:select', id: '<b>' }],
    ['select without id', { type: 'timeline:select' }],
    [
      'rangechange reversed',
      { type: 'timeline:rangechange', from: '2020-01-02', to: '2020-01-01' },
    ],
    ['resize negative', { type: 'timeline:resize', height: -1 }],
    ['resize as a string', { type: 'timeline:resize', height: '100px' }],
    ['an extra key', { type: 'timeline:resize', height: 10, extra: 1 }],
  ])('%s', (_, data) => {
    expect(parseTimelineMessage(data)).toBeNull();
  });
});
