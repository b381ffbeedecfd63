/**
 * The builder behind `build:data`, `--watch` and the dev server: it reads again only what
 * changed, and what it writes is what a cold build of the same folder writes, byte for byte.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corePath } from '../src/lib/dataset/core-path.ts';
import { DatasetBuilder, type BuildOutcome } from './dataset-builder.ts';

const root = join(import.meta.dirname, '..');

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-builder-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  for (const f of readdirSync(join(root, 'seeds')).filter((x) => x.endsWith('.txt')))
    copyFileSync(join(root, 'seeds', f), join(seeds, f));
  return { dir, seeds, out: join(dir, 'out', 'timeline.json') };
}

const builderFor = (seeds: string, out: string, cache = false) =>
  new DatasetBuilder({
    seeds,
    out,
    ids: join(seeds, 'ids.json'),
    updateIds: false,
    strict: false,
    cache,
  });

function ok(outcome: BuildOutcome) {
  if (!outcome.ok) throw new Error(`build failed: ${outcome.problem.message}`);
  return outcome;
}

const NEW_ARTICLE = [
  'Hà Nội tổng kết công tác kiểm tra, giám sát',
  '',
  'Ngày 14/12/2022, Ủy ban Kiểm tra Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác kiểm tra, giám sát năm 2022.',
].join('\n');

describe('DatasetBuilder', { timeout: 60_000 }, () => {
  it('extracts only what changed, and writes what a cold build writes', async () => {
    const { dir, seeds, out } = workspace();
    const live = builderFor(seeds, out);
    expect(ok(await live.build()).extracted).toHaveLength(5);

    const [first] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, first!), `${readFileSync(join(seeds, first!), 'utf8')}\n`);
    writeFileSync(join(seeds, 'zz-moi.txt'), NEW_ARTICLE);
    const warm = ok(await live.build());
    expect(warm.extracted.sort()).toEqual([first, 'zz-moi.txt']);
    expect(warm.written).toBe(true);

    const coldOut = join(dir, 'cold', 'timeline.json');
    ok(await builderFor(seeds, coldOut).build());
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(coldOut, 'utf8'));
    expect(readFileSync(corePath(out), 'utf8')).toBe(readFileSync(corePath(coldOut), 'utf8'));
  });

  it('tells of a changed core file as soon as it is written, before the full dataset', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    ok(await live.build());
    const fullBefore = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'zz-moi.txt'), NEW_ARTICLE);
    const heard: { core: string; full: string; written: boolean }[] = [];
    const outcome = ok(
      await live.build(new Set(), (early) =>
        heard.push({
          core: readFileSync(corePath(out), 'utf8'),
          full: readFileSync(out, 'utf8'),
          written: early.written,
        }),
      ),
    );
    expect(heard).toHaveLength(1);
    expect(heard[0]!.written).toBe(true);
    // The new event is in the core file the page would load; the full file is still the old one.
    expect(heard[0]!.core).toContain('2022-12-14');
    expect(heard[0]!.full).toBe(fullBefore);
    expect(readFileSync(out, 'utf8')).toContain('2022-12-14');
    expect(outcome.timings.ready).toBeLessThanOrEqual(outcome.timings.total);

    // Nothing changed, nothing to tell.
    let told = 0;
    await live.build(new Set(), () => told++);
    expect(told).toBe(0);
  });

  it('after an article changes and changes back, writes what it first wrote', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    ok(await live.build());
    const first = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'zz-moi.txt'), NEW_ARTICLE);
    ok(await live.build());
    expect(readFileSync(out, 'utf8')).not.toBe(first);
    rmSync(join(seeds, 'zz-moi.txt'));
    expect(ok(await live.build()).written).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('reads nothing again when nothing changed, and leaves the files alone', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    await live.build();
    const again = ok(await live.build());
    expect(again.extracted).toEqual([]);
    expect(again.written).toBe(false);
  });

  it('follows a rename and a removal', async () => {
    const { seeds, out } = workspace();
    writeFileSync(join(seeds, 'moi.txt'), NEW_ARTICLE);
    const live = builderFor(seeds, out);
    const before = ok(await live.build());
    expect(before.dataset.sources.map((s) => s.file)).toContain('moi.txt');
    renameSync(join(seeds, 'moi.txt'), join(seeds, 'moi-doi-ten.txt'));
    const renamed = ok(await live.build());
    expect(renamed.extracted).toEqual(['moi-doi-ten.txt']);
    expect(renamed.dataset.sources.map((s) => s.file)).toContain('moi-doi-ten.txt');
    expect(renamed.dataset.sources.map((s) => s.file)).not.toContain('moi.txt');
    rmSync(join(seeds, 'moi-doi-ten.txt'));
    const removed = ok(await live.build());
    expect(removed.dataset.events.length).toBeLessThan(renamed.dataset.events.length);
  });

  it('keeps facts between processes in the cache, for the compiler that wrote them', async () => {
    const { seeds, out } = workspace();
    const first = builderFor(seeds, out, true);
    await first.build();
    first.saveCache();
    const second = builderFor(seeds, out, true);
    expect(ok(await second.build()).extracted).toEqual([]);
  });

  it('keeps facts in the cache written in the background, as the watcher writes it', async () => {
    const { seeds, out } = workspace();
    const first = builderFor(seeds, out, true);
    await first.build();
    writeFileSync(join(seeds, 'moi.txt'), NEW_ARTICLE);
    expect(ok(await first.build()).extracted).toEqual(['moi.txt']);
    // Two saves asked for at once are written one after the other, the later one last.
    await Promise.all([first.saveCacheInBackground(), first.saveCacheInBackground()]);
    const second = builderFor(seeds, out, true);
    expect(ok(await second.build()).extracted).toEqual([]);
  });

  it('reads again a file a watcher names, though its size and time look the same', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    await live.build();
    const [first] = readdirSync(seeds).sort();
    // Same bytes: read and hashed, not extracted again.
    expect(ok(await live.build(new Set([first!]))).extracted).toEqual([]);
  });

  it('fails on an article that is not UTF-8, naming it, and leaves the last dataset in place', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    await live.build();
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'hong.txt'), Buffer.from([0x48, 0xc3, 0xa0, 0x20, 0xff, 0x4e]));
    const failed = await live.build();
    expect(failed).toMatchObject({
      ok: false,
      problem: { kind: 'encoding', file: 'hong.txt', byteOffset: 4 },
    });
    expect(readFileSync(out, 'utf8')).toBe(before);
    // Fixed: the next build succeeds with it.
    writeFileSync(join(seeds, 'hong.txt'), NEW_ARTICLE);
    expect(ok(await live.build()).extracted).toEqual(['hong.txt']);
  });

  it('applies the corrections file on a rebuild that reads no article again (issue 17)', async () => {
    const { seeds, out } = workspace();
    const live = builderFor(seeds, out);
    const [event] = ok(await live.build()).dataset.events;
    writeFileSync(
      join(seeds, 'corrections.yaml'),
      `events:\n  ${event!.id}:\n    reviewed: true\n  2020-01-01-da-bi-xoa:\n    hide: trùng\n`,
    );
    const rebuilt = ok(await live.build(new Set(['corrections.yaml'])));
    expect(rebuilt.extracted).toEqual([]);
    expect(rebuilt.written).toBe(true);
    expect(rebuilt.report.corrections).toEqual({ applied: 1, stale: 1 });
    expect(rebuilt.dataset.events.find((e) => e.id === event!.id)!.reviewed).toBe(true);
    // The stale entry is a warning about the file and line: the live notice shows it.
    expect(rebuilt.warnings).toContainEqual({
      file: 'corrections.yaml',
      line: 4,
      message: expect.stringMatching(/^events\.2020-01-01-da-bi-xoa: no such event.*\(stale\)$/),
    });

    // A correction that cannot be applied fails the build, naming the line; the dataset stays.
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(seeds, 'corrections.yaml'), `events:\n  ${event!.id}:\n    titel: X\n`);
    const failed = await live.build(new Set(['corrections.yaml']));
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.problem.file).toBe('corrections.yaml');
      expect(failed.problem.message).toMatch(
        /corrections\.yaml:3: events\..*: unknown field "titel"/,
      );
    }
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('does not take its own write of the id record for a change', async () => {
    const { seeds, out } = workspace();
    const live = new DatasetBuilder({
      seeds,
      out,
      ids: join(seeds, 'ids.json'),
      updateIds: true,
      strict: false,
      cache: false,
    });
    await live.build();
    expect(live.isOwnWrite('ids.json')).toBe(true);
    writeFileSync(join(seeds, 'ids.json'), '{}\n');
    expect(live.isOwnWrite('ids.json')).toBe(false);
  });
});
