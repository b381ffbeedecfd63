/**
 * The build CLI as a user runs it: bad input gets a clear error naming the file, and the
 * previous dataset is never replaced by a broken one.
 */
import { spawn, spawnSync } from 'node:child_process';
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
    expect(empty.stderr).toMatch(/no articles \(\.txt, \.html\) in/);
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
    expect(strict.stderr).toContain('1 warning(s) with --strict');
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

  it('reads saved pages and front matter, and lists the files it does not read as skipped', () => {
    const { seeds, out } = workspace();
    writeFileSync(
      join(seeds, 'a.txt'),
      '---\nurl: https://bao-mau.vn/a.html\noutlet: Báo Mẫu\n---\nTiêu đề bài báo\n\nNgày 5/3/2021, Thành ủy Hà Nội tổ chức hội nghị tổng kết.',
    );
    copyFileSync(
      join(root, 'src/lib/ingest/fixtures/pages/02_opengraph_bau-chu-tich.html'),
      join(seeds, 'b.html'),
    );
    writeFileSync(join(seeds, 'ghi-chu.docx'), 'x');
    writeFileSync(join(seeds, 'scan.pdf'), 'x');
    const run = build('--seeds', seeds, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles read\s+2/);
    expect(run.stdout).toMatch(
      /skipped\s+2 \(not a type the compiler reads: ghi-chu\.docx, scan\.pdf\)/,
    );
    const sources = JSON.parse(readFileSync(out, 'utf8')).sources as {
      file: string;
      url?: string;
      outlet: string;
    }[];
    expect(sources.map((s) => [s.file, s.url, s.outlet])).toEqual([
      ['a.txt', 'https://bao-mau.vn/a.html', 'Báo Mẫu'],
      [
        'b.html',
        'https://tinmau.vn/thoi-su/bau-chu-tich-ubnd-thanh-pho-20210715.htm',
        'Tin Mẫu Online',
      ],
    ]);
  });

  it('warns of front matter with an impossible date, naming the line, and fails with --strict', () => {
    const { seeds, out } = workspace();
    writeFileSync(
      join(seeds, 'a.txt'),
      '---\noutlet: Báo Mẫu\npublished: 2021-02-30\n---\nTiêu đề bài báo\n\nNgày 5/3/2021, Thành ủy Hà Nội tổ chức hội nghị tổng kết.',
    );
    const lenient = build('--seeds', seeds, '--out', out);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('warning: a.txt:3: ngày đăng không có thật');
    expect(build('--seeds', seeds, '--out', out, '--strict').code).toBe(1);
  });

  it('rebuilds on every change with --watch', async () => {
    const { seeds, out } = workspace();
    writeFileSync(
      join(seeds, 'a.txt'),
      'Tiêu đề bài báo\n\nNgày 5/3/2021, Thành ủy Hà Nội tổ chức hội nghị tổng kết.',
    );
    const child = spawn(
      process.execPath,
      [
        // With the V8 flag run-bundled.mjs wants, it runs the build in this process instead of
        // spawning a second one, so killing it stops the watcher.
        '--single-threaded-gc',
        join(root, 'scripts/run-bundled.mjs'),
        join(root, 'scripts/build-data.ts'),
        '--seeds',
        seeds,
        '--out',
        out,
        '--watch',
        '--no-cache',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 400 && !pattern.test(output); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(output).toMatch(pattern);
    };
    try {
      await waitFor(/watching /);
      const events = () =>
        (JSON.parse(readFileSync(out, 'utf8')) as { events: unknown[] }).events.length;
      const before = events();
      writeFileSync(
        join(seeds, 'b.txt'),
        'Tiêu đề bài báo thứ hai\n\nNgày 9/4/2021, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác quý I năm 2021.',
      );
      await waitFor(/changed: b\.txt[\s\S]*re-extracted\s+1/);
      expect(events()).toBeGreaterThan(before);
      writeFileSync(join(seeds, 'b.txt'), Buffer.from([0x48, 0xff]));
      await waitFor(/build failed: b\.txt: not valid UTF-8 at byte 1/);
      expect(events()).toBeGreaterThan(before);
    } finally {
      child.kill();
    }
  });

  it('rejects unknown options instead of ignoring them', () => {
    expect(build('--sedes', 'x').code).not.toBe(0);
  });
});
