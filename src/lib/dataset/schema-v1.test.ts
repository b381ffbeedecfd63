import { describe, expect, it } from 'vitest';
import { validateCore, validateDataset } from './validate';
import { coreOf } from './core';
import { encodeCore } from './core-file';
import { testDataset } from '../share/test-dataset';

describe('reading version 1 files', () => {
  it('a version 1 dataset is read, each event labelled from its title', () => {
    const v2 = testDataset();
    const v1 = {
      ...v2,
      schemaVersion: 1,
      events: v2.events.map(({ label: _label, ...rest }) => rest),
    };
    const { dataset, rejected } = validateDataset(JSON.parse(JSON.stringify(v1)));
    expect(rejected).toEqual([]);
    expect(dataset.events).toHaveLength(v2.events.length);
    for (const e of dataset.events) {
      expect(e.label.length).toBeGreaterThan(0);
      expect(e.label.length).toBeLessThanOrEqual(40);
      expect(e.title.startsWith(e.label)).toBe(true);
    }
  });

  it('a version 1 core file is read, each event labelled from its title', () => {
    const v2 = testDataset();
    const file = encodeCore(coreOf(v2)) as unknown as Record<string, unknown>;
    const events = { ...(file.events as Record<string, unknown>) };
    delete events.label;
    const { dataset, rejected } = validateCore({ ...file, schemaVersion: 1, events });
    expect(rejected).toEqual([]);
    expect(dataset.events.every((e) => e.label && e.title.startsWith(e.label))).toBe(true);
  });

  it('a source url must be http or https', () => {
    const d = testDataset();
    const bad = {
      ...d,
      sources: [
        { ...d.sources[0]!, url: 'javascript:alert(1)' },
        { ...d.sources[1]!, url: 'https://vnexpress.net/a.html' },
        ...d.sources.slice(2),
      ],
    };
    const { dataset, rejected } = validateDataset(JSON.parse(JSON.stringify(bad)));
    expect(rejected.map((r) => r.reason).join()).toContain('url must be an http');
    expect(dataset.sources.find((s) => s.url)?.url).toBe('https://vnexpress.net/a.html');
  });

  it('an unknown schema version is refused, naming the versions read', () => {
    expect(() => validateDataset({ ...testDataset(), schemaVersion: 3 })).toThrow(
      /unsupported schemaVersion 3.*versions 1 and 2/,
    );
  });
});
