/**
 * The build CLI as a user runs it: bad input gets a clear error naming the file, and the
 * previous dataset is never replaced by a broken one.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  copyFileSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The CLI as `npm run build:data` runs it (bundled by esbuild, see scripts/run-bundled.mjs). */
function build(...args: string[]) {
  const runner = join(root, 'scripts/run-bundled.mjs');
  const result = spawnSync(
    process.execPath,
    [runner, join(root, 'scripts/build-data.ts'), ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): { seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  return { seeds, out: join(dir, 'out', 'timeline.json') };
}

// Each case spawns the CLI (start-up included): generous time, as a loaded CI machine needs.
describe('npm run build:data', { timeout: 60_000 }, () => {
  it('compiles a folder into a dataset and prints a report', () => {
    const { seeds, out } = workspace();
    for (const f of readdirSync(join(root, 'seeds')).filter((x) => x.endsWith('.txt')))
      copyFileSync(join(root, 'seeds', f), join(seeds, f));
    const run = build('--seeds', seeds, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles read\s+5/);
    expect(run.stdout).toMatch(/events\s+\d+ \(event \d+, leadership \d+, directive \d+\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
  });

  it('fails on invalid UTF-8, naming the file and byte offset, and keeps the old dataset', () => {
    const { seeds, out } = workspace();
    writeFileSync(join(seeds, 'good.txt'), 'Tiêu đề\n\nNgày 5/3/2021, Thành ủy tổ chức hội nghị.');
    const first = build('--seeds', seeds, '--out', out);
    expect(first.code).toBe(0);
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'bad.txt'), Buffer.from([0x48, 0xc3, 0xa0, 0x20, 0xff, 0x4e]));
    const run = build('--seeds', seeds, '--out', out);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('bad.txt: not valid UTF-8 at byte 4');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('fails clearly on a missing or empty seeds folder', () => {
    const { seeds, out } = workspace();
    expect(build('--seeds', join(seeds, 'nope'), '--out', out)).toMatchObject({ code: 2 });
    const empty = build('--seeds', seeds, '--out', out);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no \.txt articles in/);
  });

  it('turns warnings into a failure with --strict, leaving the output untouched', () => {
    const { seeds, out } = workspace();
    writeFileSync(
      join(seeds, 'a.txt'),
      'Tiêu đề bài báo\n\nNgày 31/2, Thành ủy tổ chức hội nghị tổng kết.',
    );
    const lenient = build('--seeds', seeds, '--out', out);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('a.txt:3');
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'b.txt'), 'Tiêu đề khác\n\nNgày 30/2, Thành ủy tổ chức hội nghị.');
    const strict = build('--seeds', seeds, '--out', out, '--strict');
    expect(strict.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('applies the corrections file, counts what it applied and what is stale, and --strict fails on stale', () => {
    const { seeds, out } = workspace();
    writeFileSync(
      join(seeds, 'a.txt'),
      'Tiêu đề bài báo\n\nNgày 5/3/2021, Thành ủy tổ chức hội nghị tổng kết.\nChiều cùng ngày, Ban Thường vụ họp bàn công tác cán bộ.',
    );
    const first = build('--seeds', seeds, '--out', out);
    expect(first.code).toBe(0);
    const [event] = JSON.parse(readFileSync(out, 'utf8')).events as { id: string }[];
    writeFileSync(
      join(seeds, 'corrections.yaml'),
      [
        'events:',
        `  ${event!.id}:`,
        '    reviewed: true',
        '    title: Thành ủy tổng kết công tác',
        '  2020-01-01-da-bi-xoa:',
        '    reviewed: true',
        'add:',
        '  2021-03-05-hop-ban-cong-tac-can-bo:',
        '    kind: event',
        '    date: 2021-03-05',
        '    title: Ban Thường vụ họp bàn công tác cán bộ',
        '    source: a.txt',
        '    quote: Chiều cùng ngày, Ban Thường vụ họp bàn công tác cán bộ.',
      ].join('\n'),
    );
    const run = build('--seeds', seeds, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('corrections: 2 applied, 1 stale');
    expect(run.stderr).toContain('corrections.yaml:5: events.2020-01-01-da-bi-xoa: no such event');
    const events = JSON.parse(readFileSync(out, 'utf8')).events as Record<string, unknown>[];
    expect(events.find((e) => e.id === event!.id)).toMatchObject({
      reviewed: true,
      edited: ['title'],
      title: 'Thành ủy tổng kết công tác',
    });
    expect(events.find((e) => e.id === '2021-03-05-hop-ban-cong-tac-can-bo')).toMatchObject({
      reviewed: true,
    });
    const before = readFileSync(out, 'utf8');
    const strict = build('--seeds', seeds, '--out', out, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 stale correction(s) with --strict');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('stops on an error in the corrections file, naming its line, and keeps the old dataset', () => {
    const { seeds, out } = workspace();
    writeFileSync(join(seeds, 'a.txt'), 'Tiêu đề\n\nNgày 5/3/2021, Thành ủy tổ chức hội nghị.');
    expect(build('--seeds', seeds, '--out', out).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    writeFileSync(
      join(seeds, 'corrections.yaml'),
      'add:\n  x:\n    kind: event\n    date: 2021-03-05\n    title: T\n    source: a.txt\n    quote: Ngay 5/3\n',
    );
    const run = build('--seeds', seeds, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/corrections\.yaml:7: add\.x\.quote is not verbatim in a\.txt/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('rejects unknown options instead of ignoring them', () => {
    expect(build('--sedes', 'x').code).not.toBe(0);
  });
});
