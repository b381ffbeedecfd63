import { describe, expect, it } from 'vitest';
import { parseCorrections } from './parse';
import { writeEntry } from './write';

describe('writeEntry', () => {
  it('starts a new file with a header, and writes fields in their fixed order', () => {
    const { text, previous } = writeEntry('', {
      section: 'events',
      id: '2022-01-08-tong-ket',
      entry: { title: 'Hội nghị tổng kết', date: '2022-01-08', reviewed: true },
    });
    expect(previous).toBeNull();
    expect(text).toMatch(/^# Corrections to what the compiler extracted/);
    expect(text.split('\n').slice(-5)).toEqual([
      '  2022-01-08-tong-ket:',
      '    reviewed: true',
      '    date: 2022-01-08',
      '    title: Hội nghị tổng kết',
      '',
    ]);
  });

  it('keeps sections in their order and entries sorted by id, whatever order edits came in', () => {
    let text = '';
    for (const [section, id] of [
      ['sources', 'b.txt'],
      ['events', 'z-event'],
      ['people', 'le-quy-don'],
      ['events', 'a-event'],
    ] as const)
      text = writeEntry(text, {
        section,
        id,
        entry:
          section === 'people'
            ? { notAPerson: 'trường' }
            : section === 'sources'
              ? { outlet: 'HNM' }
              : { reviewed: true },
      }).text;
    const keys = text.split('\n').filter((l) => /^\s{0,2}\S.*:$/.test(l));
    expect(keys).toEqual([
      'events:',
      '  a-event:',
      '  z-event:',
      'people:',
      '  le-quy-don:',
      'sources:',
      '  b.txt:',
    ]);
  });

  it('replaces an entry, returns what it replaced, and keeps an editor’s comments', () => {
    const before = [
      '# Biên tập: chị Lan, tháng 3',
      'events:',
      '  # gọi điện xác nhận với ban tuyên giáo',
      '  a-event:',
      '    reviewed: true',
      '  b-event:',
      '    hide: trùng',
      '',
    ].join('\n');
    const { text, previous } = writeEntry(before, {
      section: 'events',
      id: 'a-event',
      entry: { reviewed: true, title: 'Tiêu đề mới' },
    });
    expect(previous).toEqual({ reviewed: true });
    expect(text).toContain('# Biên tập: chị Lan, tháng 3');
    expect(text).toContain(
      '  # gọi điện xác nhận với ban tuyên giáo\n  a-event:\n    reviewed: true\n    title: Tiêu đề mới\n',
    );
    expect(text).toContain('  b-event:\n    hide: trùng\n');
  });

  it('removes an entry, and a section left empty, when written null (undo of a first edit)', () => {
    const first = writeEntry('', { section: 'events', id: 'a', entry: { reviewed: true } });
    const undone = writeEntry(first.text, { section: 'events', id: 'a', entry: null });
    expect(undone.previous).toEqual({ reviewed: true });
    expect(undone.text).not.toMatch(/^events:/m);
    expect(parseCorrections(undone.text, { file: 'c.yaml' }).errors).toEqual([]);
  });

  it('writes long quotes and tricky strings so that they read back as written', () => {
    const quote =
      'Ngày 16/8/2023, Thành ủy quán triệt: “Chỉ thị 05-CT/TU” # không phải chú thích — '
        .repeat(3)
        .trim();
    const { text } = writeEntry('', {
      section: 'add',
      id: 'x',
      entry: { kind: 'event', date: '2023-08-16', title: 'yes', source: 'b.txt', quote },
    });
    expect(text.split('\n').filter((l) => l.includes('quote'))).toHaveLength(1);
    const { corrections, errors } = parseCorrections(text, { file: 'c.yaml' });
    expect(errors).toEqual([]);
    expect(corrections.add[0]!.set).toMatchObject({ title: 'yes', quote, date: '2023-08-16' });
  });

  it('refuses to edit a file that is not valid YAML rather than lose it', () => {
    expect(() =>
      writeEntry('events:\n  a: [1,\n', { section: 'events', id: 'a', entry: null }),
    ).toThrow(/not valid YAML/);
  });
});
