/**
 * What a built `index.html` makes the browser download before the first draw: its module scripts,
 * stylesheets and modulepreloads, plus every chunk those scripts import statically. Dynamic
 * `import()`s (lazy chunks) and the dataset are left out on purpose: the size budget of issue 6 is
 * about what blocks the first draw. Pure Node (no browser), shared by the bench and the size test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  /** Path relative to the dist directory, with `/` separators. */
  file: string;
  raw: number;
  gzip: number;
}

export interface InitialDownload {
  assets: Asset[];
  raw: number;
  gzip: number;
}

/** The budget of issue 6: JS + CSS before the first draw, gzipped. */
// 50 KB read strictly as 50,000 bytes (not 50 KiB), so the budget holds under either reading.
export const INITIAL_BUDGET_BYTES = 50_000;

/** gzip at level 9: what a static host's precompression would serve (deterministic). */
export function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

const isLocal = (url: string) => !/^[a-z]+:|^\/\//i.test(url);

/** Script, stylesheet and modulepreload URLs of an HTML document, in document order. */
export function htmlAssetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) urls.push(src);
    } else if (/^(stylesheet|modulepreload)$/i.test(attr('rel') ?? '')) {
      const href = attr('href');
      if (href) urls.push(href);
    }
  }
  return urls.filter(isLocal);
}

/**
 * Specifiers a module imports statically (`import … from "x"`, `import "x"`, `export … from "x"`).
 * `import("x")` is excluded: the negative look-ahead rejects a call.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;\n}\s])(?:import(?!\s*\()\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*[\w$*{}\s,]+?\s*from\s*)["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found].filter(isLocal);
}

/** Follows `index.html` and its static imports; each file once. */
export function initialDownload(distDir: string): InitialDownload {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = htmlAssetUrls(html).map((url) => posix.normalize(url.replace(/^\//, '')));
  const assets: Asset[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!.split(/[?#]/)[0]!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(join(distDir, file));
    assets.push({ file, raw: bytes.length, gzip: gzipSize(bytes) });
    if (file.endsWith('.js')) {
      const base = dirname(join(distDir, file));
      for (const spec of staticImports(bytes.toString('utf8')))
        queue.push(relative(distDir, join(base, spec)).split('\\').join('/'));
    }
  }
  return {
    assets,
    raw: assets.reduce((s, a) => s + a.raw, 0),
    gzip: assets.reduce((s, a) => s + a.gzip, 0),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
