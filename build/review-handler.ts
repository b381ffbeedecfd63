/**
 * The review screen's door to the disk, in the dev server only (mounted by review-endpoint.ts,
 * `apply: 'serve'`): the production build has no way to write. It serves an article's text as the compiler reads it and the
 * corrections file, and writes one entry of that file at a time, checked with the same code the
 * build runs (`src/lib/corrections`). The live rebuild that watches `seeds/` then recompiles and
 * redraws the open page.
 *
 * It answers only a page of the dev server itself, on this machine: the request must come from a
 * loopback address, name a loopback host (a DNS-rebinding page names its own), and for a write,
 * carry this server's Origin, a same-origin Sec-Fetch-Site, a JSON body (which a cross-site form
 * cannot send) of at most 64 KiB. It writes nothing but the corrections file, to a temporary file
 * renamed over it, so a reader (the build) sees the old file or the new one, never half.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { articleReader } from '../scripts/corrections-step.ts';
import { isArticleFile } from '../src/lib/corrections/fields.ts';
import { sortSeedFiles } from '../src/lib/ingest/seed-files.ts';
import { parseCorrections } from '../src/lib/corrections/parse.ts';
import { articleProblems } from '../src/lib/corrections/quotes.ts';
import {
  CORRECTIONS_FILE,
  SECTIONS,
  formatProblem,
  type Section,
} from '../src/lib/corrections/types.ts';
import { writeEntry, type EntryValue } from '../src/lib/corrections/write.ts';

/** Where the review screen's requests go; nothing under it exists in a production build. */
export const REVIEW_PATH = '/__review/';
export const MAX_BODY_BYTES = 64 * 1024;

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface ReviewOptions {
  /** The seeds folder: articles are read from it, the corrections file written in it. */
  seeds: string;
}

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Why a request may not be answered, or null when it may. */
export function refusal(req: IncomingMessage): Refusal | null {
  if (!LOOPBACK_ADDRESSES.has(req.socket.remoteAddress ?? ''))
    return new Refusal(403, 'the review endpoint answers only this machine');
  const host = String(req.headers.host ?? '');
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  if (!LOOPBACK_HOSTS.has(hostname))
    return new Refusal(403, `the review endpoint answers only a loopback host, not "${host}"`);
  const site = req.headers['sec-fetch-site'];
  const write = req.method !== 'GET' && req.method !== 'HEAD';
  // A page typed into the address bar is `none`: allowed to read, never to write.
  if (site !== undefined && site !== 'same-origin' && (write || site !== 'none'))
    return new Refusal(403, `cross-site request refused (Sec-Fetch-Site: ${String(site)})`);
  if (write) {
    if (req.headers.origin !== `http://${host}`)
      return new Refusal(
        403,
        `request from another origin refused (${req.headers.origin ?? 'no Origin'})`,
      );
    if (!/^application\/json\b/.test(String(req.headers['content-type'] ?? '')))
      return new Refusal(415, 'a write must be application/json');
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
      return new Refusal(413, `a write is at most ${MAX_BODY_BYTES} bytes`);
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the refusal reaches the client.
      if (size > MAX_BODY_BYTES)
        fail(new Refusal(413, `a write is at most ${MAX_BODY_BYTES} bytes`));
      else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const isEntry = (v: unknown): v is EntryValue | null =>
  v === null || (typeof v === 'object' && !Array.isArray(v));

/** The request handler, apart from Vite so that it can be tested on a plain server. */
export function reviewHandler(options: ReviewOptions): Handler {
  const seeds = resolve(options.seeds);
  const file = join(seeds, CORRECTIONS_FILE);
  // The articles the build reads (.txt, saved pages), as it sorts the folder.
  const articles = () => {
    try {
      return sortSeedFiles(readdirSync(seeds)).articles.filter(isArticleFile);
    } catch {
      return [];
    }
  };
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const display = CORRECTIONS_FILE;
  // Writes one at a time: two saves in flight would otherwise each start from the same old file.
  let queue: Promise<unknown> = Promise.resolve();

  async function write(body: string) {
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      throw new Refusal(400, 'the body is not JSON');
    }
    const { section, id, entry } = (input ?? {}) as Record<string, unknown>;
    if (!SECTIONS.includes(section as Section) || typeof id !== 'string' || !isEntry(entry))
      throw new Refusal(400, 'expected { section, id, entry } with entry an object or null');
    const before = read();
    let next: ReturnType<typeof writeEntry>;
    try {
      next = writeEntry(before, { section: section as Section, id, entry });
    } catch (error) {
      throw new Refusal(409, `${display}: ${(error as Error).message}; fix it by hand first`);
    }
    // Checked as the build checks it; problems the file already had are not this edit's fault.
    const problems = (text: string) => {
      const { corrections, errors } = parseCorrections(text, { file: display });
      return [...errors, ...articleProblems(corrections, articleReader(seeds, articles()))];
    };
    const old = new Set(problems(before).map((p) => p.message));
    const added = problems(next.text).filter((p) => !old.has(p.message));
    if (added.length) return { status: 422, body: { errors: added.map(formatProblem) } };
    const temp = join(seeds, `.${CORRECTIONS_FILE}.${process.pid}.tmp`);
    writeFileSync(temp, next.text);
    renameSync(temp, file);
    return { status: 200, body: { previous: next.previous, text: next.text } };
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(REVIEW_PATH)) return next();
    const refused = refusal(req);
    if (refused) return send(res, refused.status, { error: refused.message });
    const route = url.pathname.slice(REVIEW_PATH.length);
    const answer = async (): Promise<{ status: number; body: unknown }> => {
      if (route === 'corrections' && req.method === 'GET') {
        const text = read();
        const { corrections, errors } = parseCorrections(text, { file: display });
        return {
          status: 200,
          body: { text, corrections, errors: errors.map(formatProblem), articles: articles() },
        };
      }
      if (route === 'corrections' && req.method === 'POST') {
        const body = await readBody(req);
        const result = queue.then(() => write(body));
        queue = result.catch(() => undefined);
        return result;
      }
      if (route === 'article' && req.method === 'GET') {
        const name = url.searchParams.get('file') ?? '';
        const text = articles().includes(name) ? articleReader(seeds, [name])(name) : null;
        return text === null
          ? { status: 404, body: { error: `no article "${name}" in the seeds folder` } }
          : { status: 200, body: { file: name, text } };
      }
      return {
        status: route === 'corrections' || route === 'article' ? 405 : 404,
        body: { error: 'no such route' },
      };
    };
    answer().then(
      ({ status, body }) => send(res, status, body),
      (error: unknown) =>
        error instanceof Refusal
          ? send(res, error.status, { error: error.message })
          : send(res, 500, { error: String((error as Error).message ?? error) }),
    );
  };
}
