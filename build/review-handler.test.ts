/**
 * The review endpoint on a plain HTTP server, as the dev server mounts it: who it answers, what it
 * writes, and that it checks an edit as the build would.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, refusal, reviewHandler } from './review-handler';

let seeds: string;
let server: Server;
let port: number;

const ARTICLE =
  'Tiêu đề\n\nSáng 8/1, Thành ủy tổ chức\u00a0hội nghị tổng kết.\nChiều cùng ngày, Ban Thường vụ họp.';

beforeAll(async () => {
  server = createServer((req, res) =>
    reviewHandler({ seeds })(req, res, () => {
      res.statusCode = 404;
      res.end('not the endpoint');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  seeds = mkdtempSync(join(tmpdir(), 'review-endpoint-'));
  writeFileSync(join(seeds, 'a.txt'), ARTICLE);
  writeFileSync(join(seeds, 'ids.json'), '{}\n');
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function call(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const own = `127.0.0.1:${port}`;
  const headers: Record<string, string> = {
    host: own,
    'sec-fetch-site': 'same-origin',
    ...(method === 'POST' ? { origin: `http://${own}`, 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          body = { raw: text };
        }
        done({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const save = (entry: unknown, headers?: Record<string, string>, id = '2022-01-08-tong-ket') =>
  call('POST', '/__review/corrections', {
    headers,
    body: JSON.stringify({ section: 'events', id, entry }),
  });
const corrections = () => readFileSync(join(seeds, 'corrections.yaml'), 'utf8');

describe('the review endpoint', () => {
  it('writes an entry into the corrections file, and says what it replaced (for undo)', async () => {
    const first = await save({ reviewed: true });
    expect(first).toMatchObject({ status: 200, body: { previous: null } });
    expect(corrections()).toContain('events:\n  2022-01-08-tong-ket:\n    reviewed: true\n');
    const second = await save({ reviewed: true, title: 'Hội nghị tổng kết' });
    expect(second.body.previous).toEqual({ reviewed: true });
    const undo = await save(null);
    expect(undo.status).toBe(200);
    expect(corrections()).not.toMatch(/^events:/m);
  });

  it('writes nothing but the corrections file, and leaves no temporary file behind', async () => {
    const before = readdirSync(seeds).sort();
    await save({ reviewed: true });
    await save({ hide: 'trùng' }, undefined, '2023-01-01-khac');
    expect(readdirSync(seeds).sort()).toEqual([...before, 'corrections.yaml'].sort());
    expect(readFileSync(join(seeds, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('checks an added event as the build does: a quote that is not verbatim is refused with its line', async () => {
    const added = (quote: string) =>
      call('POST', '/__review/corrections', {
        body: JSON.stringify({
          section: 'add',
          id: '2022-01-08-hop-ban',
          entry: {
            kind: 'event',
            date: '2022-01-08',
            title: 'Họp Ban Thường vụ',
            source: 'a.txt',
            quote,
          },
        }),
      });
    const wrong = await added('Chieu cung ngay, Ban Thuong vu hop.');
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([
      expect.stringMatching(
        /^corrections\.yaml:\d+: add\.2022-01-08-hop-ban\.quote is not verbatim in a\.txt/,
      ),
    ]);
    expect(readdirSync(seeds)).not.toContain('corrections.yaml');
    expect((await added('Chiều cùng ngày, Ban Thường vụ họp.')).status).toBe(200);
  });

  it('refuses an unknown field or an id that is not one, naming the line', async () => {
    const unknown = await save({ titel: 'x' });
    expect(unknown).toMatchObject({ status: 422 });
    expect(String((unknown.body.errors as string[])[0])).toMatch(
      /:7: events\.2022-01-08-tong-ket: unknown field "titel"/,
    );
    const sneaky = await save({ reviewed: true }, undefined, '../../package.json');
    expect(sneaky.status).toBe(422);
    expect(readdirSync(seeds)).not.toContain('corrections.yaml');
  });

  it('serves an article as the compiler reads it, and nothing outside the seeds folder', async () => {
    const article = await call('GET', '/__review/article?file=a.txt');
    expect(article.body.text).toBe(ARTICLE.replace('\u00a0', ' '));
    for (const file of ['../package.json', 'ids.json', '.a.txt', 'corrections.yaml'])
      expect((await call('GET', `/__review/article?file=${encodeURIComponent(file)}`)).status).toBe(
        404,
      );
  });

  it('lists the corrections file, parsed, and the articles', async () => {
    await save({ reviewed: true });
    const { status, body } = await call('GET', '/__review/corrections');
    expect(status).toBe(200);
    expect(body.articles).toEqual(['a.txt']);
    expect(body.errors).toEqual([]);
    expect((body.corrections as { events: { id: string }[] }).events[0]!.id).toBe(
      '2022-01-08-tong-ket',
    );
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['no origin at all', { origin: '' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site page on another port', { 'sec-fetch-site': 'same-site' }, 403],
    [
      'a DNS-rebinding host name',
      { host: `evil.example:${0}`, origin: `http://evil.example:${0}` },
      403,
    ],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ])('refuses a write from %s, and writes nothing', async (_, headers, status) => {
    expect((await save({ reviewed: true }, headers)).status).toBe(status);
    expect(readdirSync(seeds)).not.toContain('corrections.yaml');
  });

  it('refuses a body over the limit', async () => {
    const big = await save({ reviewed: true, summary: 'x'.repeat(MAX_BODY_BYTES) });
    expect(big.status).toBe(413);
    // Sent in chunks, without a length to refuse up front: counted as it arrives.
    const chunked = await save(
      { reviewed: true, summary: 'x'.repeat(MAX_BODY_BYTES) },
      { 'transfer-encoding': 'chunked' },
    );
    expect(chunked.status).toBe(413);
    expect(readdirSync(seeds)).not.toContain('corrections.yaml');
  });

  it('answers only this machine', () => {
    const req = {
      socket: { remoteAddress: '192.168.1.20' },
      headers: { host: '127.0.0.1:5173' },
      method: 'GET',
    } as unknown as IncomingMessage;
    expect(refusal(req)?.status).toBe(403);
    expect(
      refusal({ ...req, socket: { remoteAddress: '::1' } } as unknown as IncomingMessage),
    ).toBeNull();
  });

  it('passes every other path on to the dev server', async () => {
    expect(await call('GET', '/index.html')).toEqual({
      status: 404,
      body: { raw: 'not the endpoint' },
    });
  });
});
