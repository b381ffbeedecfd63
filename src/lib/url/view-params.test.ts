import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../dataset/types';
import { DEFAULT_VIEW, parseViewParams, serializeViewParams, type ViewParams } from './view-params';

const view = (patch: Partial<ViewParams>): ViewParams => ({ ...DEFAULT_VIEW, ...patch });

describe('parseViewParams', () => {
  it('gives the default view for an empty query string', () => {
    expect(parseViewParams('')).toEqual({ params: DEFAULT_VIEW, errors: [] });
    expect(parseViewParams('?')).toEqual({ params: DEFAULT_VIEW, errors: [] });
  });

  it.each<[string, Partial<ViewParams>]>([
    ['q=dinh+tien+dung', { q: 'dinh tien dung' }],
    ['q=%C4%90inh%20Ti%E1%BA%BFn%20D%C5%A9ng', { q: 'Đinh Tiến Dũng' }],
    ['q=24-CT/TU', { q: '24-CT/TU' }],
    ['kinds=directive,event', { kinds: ['event', 'directive'] }],
    ['kinds=leadership', { kinds: ['leadership'] }],
    ['person=dinh-tien-dung&doc=24-ct-tu', { person: 'dinh-tien-dung', doc: '24-ct-tu' }],
    ['event=2023-08-16-hoi-nghi', { event: '2023-08-16-hoi-nghi' }],
    ['from=2021-01-01&to=2021-12-31', { from: '2021-01-01', to: '2021-12-31' }],
    ['from=2021-05-05&to=2021-05-05', { from: '2021-05-05', to: '2021-05-05' }],
    ['lang=en&theme=dark', { lang: 'en', theme: 'dark' }],
    ['embed=1&search=0', { embed: true, search: false }],
    ['present=1&tour=a,b,c&autoplay=8', { present: true, tour: ['a', 'b', 'c'], autoplay: 8 }],
    ['autoplay=2', { autoplay: 2 }],
    ['autoplay=60', { autoplay: 60 }],
    ['utm_source=newsletter&q=x1', { q: 'x1' }],
  ])('reads %j', (query, expected) => {
    expect(parseViewParams(query)).toEqual({ params: view(expected), errors: [] });
  });

  it.each([
    ['q', 'x'.repeat(201)],
    ['q', '<img src=x onerror=alert(1)>'],
    ['q', 'javascript:alert(1)'],
    ['q', 'a\u0000b'],
    ['kinds', 'event,meeting'],
    ['kinds', ''],
    ['person', '../../etc/passwd'],
    ['person', 'Đinh Tiến Dũng'],
    ['doc', '24-CT/TU'],
    ['event', 'x'.repeat(500)],
    ['event', 'javascript:alert(1)'],
    ['from', '2021-02-30'],
    ['to', 'tomorrow'],
    ['lang', 'fr'],
    ['theme', 'blue'],
    ['embed', 'true'],
    ['search', 'no'],
    ['present', '2'],
    ['tour', 'a,B,c'],
    ['tour', Array.from({ length: 201 }, (_, i) => `e${i}`).join(',')],
    ['autoplay', '1'],
    ['autoplay', '61'],
    ['autoplay', '2.5'],
    ['autoplay', '1e1'],
  ])('rejects %s=%j with an error and keeps the default', (param, value) => {
    const { params, errors } = parseViewParams(new URLSearchParams({ [param]: value }));
    expect(params).toEqual(DEFAULT_VIEW);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ param });
    expect(errors[0]!.value.length).toBeLessThanOrEqual(80);
  });

  it('rejects a window whose start is after its end, keeping the rest', () => {
    const { params, errors } = parseViewParams('from=2023-01-01&to=2022-01-01&q=x1');
    expect(params).toEqual(view({ q: 'x1' }));
    expect(errors.map((e) => e.param)).toEqual(['from']);
  });

  it('never throws on malformed encodings or huge input', () => {
    for (const input of ['q=%E0%A4%A', '%%%', '&&&=&=', `q=${'%41'.repeat(100_000)}`, '?tour=,,,'])
      expect(() => parseViewParams(input)).not.toThrow();
  });
});

describe('serializeViewParams', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
    expect(serializeViewParams(view({ kinds: [...EVENT_KINDS].reverse() }))).toBe('');
  });

  it('writes parameters in a stable order whatever the order they were set in', () => {
    const a = serializeViewParams(
      view({ theme: 'dark', q: 'thanh uy', event: 'e1', kinds: ['directive'] }),
    );
    expect(a).toBe('q=thanh+uy&kinds=directive&event=e1&theme=dark');
  });

  it('keeps codes readable and encodes the rest', () => {
    expect(serializeViewParams(view({ q: '24-CT/TU & co' }))).toBe('q=24-CT/TU+%26+co');
    expect(serializeViewParams(view({ q: 'Đinh' }))).toBe('q=%C4%90inh');
  });

  it.each<Partial<ViewParams>>([
    { q: 'Đinh Tiến Dũng', person: 'dinh-tien-dung' },
    { kinds: ['event', 'leadership'], doc: '24-ct-tu', from: '2023-08-01', to: '2023-08-31' },
    { embed: true, search: false, lang: 'en', theme: 'light' },
    { present: true, tour: ['b', 'a', 'c'], autoplay: 5, event: 'a' },
    { q: 'a+b=c&d' },
  ])('round-trips %j', (patch) => {
    const params = view(patch);
    expect(parseViewParams(serializeViewParams(params))).toEqual({ params, errors: [] });
  });

  it('round-trips any valid view (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const day = fc
      .date({
        min: new Date('2019-01-01T00:00:00Z'),
        max: new Date('2023-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const arbitraryView = fc.record({
      q: fc
        .string({ maxLength: 200 })
        .filter((s) => !/[<>\p{Cc}\p{Cf}]/u.test(s) && !/^\s*(javascript|data|vbscript):/i.test(s))
        .map((s) => s.trim()),
      kinds: fc.subarray([...EVENT_KINDS], { minLength: 1 }),
      person: fc.option(id),
      doc: fc.option(id),
      event: fc.option(id),
      lang: fc.constantFrom('vi' as const, 'en' as const, null),
      theme: fc.constantFrom('light' as const, 'dark' as const, null),
      embed: fc.boolean(),
      search: fc.boolean(),
      present: fc.boolean(),
      tour: fc.array(id, { maxLength: 5 }),
      autoplay: fc.option(fc.integer({ min: 2, max: 60 })),
      window: fc.option(fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    });
    fc.assert(
      fc.property(arbitraryView, ({ window, ...rest }) => {
        const params: ViewParams = { ...rest, from: window?.[0] ?? null, to: window?.[1] ?? null };
        expect(parseViewParams(serializeViewParams(params))).toEqual({ params, errors: [] });
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
