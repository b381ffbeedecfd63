/**
 * A saved web page (`seeds/*.html`) → the compiler's input: the article's text, laid out one
 * paragraph a line, and the page's metadata as hints (src/lib/ingest/page-metadata.ts).
 *
 * The article is found by Mozilla's Readability (Firefox's Reader View), which drops the menus,
 * share buttons, related-article lists and comment threads a news page wraps around its story,
 * on a jsdom document. Nothing in the page runs: jsdom runs no script and loads no resource
 * unless told to, and we tell it neither. jsdom rather than a lighter DOM because it records
 * where each node sits in the source (`includeNodeLocations`): each paragraph is put on the line
 * of the page where it starts, so the compiler's warnings and quotes name a line an editor can
 * open in the .html file. Paragraphs that share a source line (a minified page) take the lines
 * after it.
 *
 * jsdom and Readability are loaded on the first page, through `require`: a corpus of `.txt`
 * files never pays for them (jsdom takes about a second to load).
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { ArticleInput } from '../src/lib/extract/compile.ts';
import { parsePublicationLine } from '../src/lib/extract/article.ts';
import type { Utf8Codec } from '../src/lib/extract/decode.ts';
import type { Warning } from '../src/lib/extract/warnings.ts';
import { decodePage } from '../src/lib/ingest/charset.ts';
import { pageHints, type PageMetadata } from '../src/lib/ingest/page-metadata.ts';

/** The part of jsdom used here (the package ships no types of its own). */
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { includeNodeLocations: boolean; virtualConsole: unknown },
  ) => { window: { document: Document }; nodeLocation(node: Node): { startLine: number } | null };
  VirtualConsole: new () => unknown;
}
interface Libraries {
  jsdom: JsdomModule;
  Readability: typeof ReadabilityClass;
}

let libraries: Libraries | null = null;
function load(): Libraries {
  const require = createRequire(import.meta.url);
  return (libraries ??= {
    jsdom: require('jsdom') as JsdomModule,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass })
      .Readability,
  });
}

// A page with less article text than this has no article (a section front, an error page).
const MIN_ARTICLE_CHARS = 200;

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const NEVER_TEXT = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME SVG BUTTON SELECT TEXTAREA'.split(' '),
);

export interface ReadPage {
  /** null when the page cannot be read or has no article (the warnings say why). */
  input: ArticleInput | null;
  warnings: Warning[];
}

/** Reads a saved page; a page declared UTF-8 that is not throws `InvalidEncodingError`. */
export function readPage(file: string, bytes: Uint8Array, codec?: Utf8Codec): ReadPage {
  const decoded = decodePage(file, bytes, codec);
  if (decoded.text === null) return { input: null, warnings: decoded.warnings };
  const warnings = [...decoded.warnings];
  const { jsdom, Readability } = load();
  // Composed, as the compiler reads text: a windows-1258 page writes its tones as combining
  // marks, and the metadata read from it (names, titles) must compare equal to the text's.
  const dom = new jsdom.JSDOM(decoded.text.normalize('NFC'), {
    includeNodeLocations: true,
    // Pages carry CSS jsdom cannot parse; its complaints are no concern of the newsroom's.
    virtualConsole: new jsdom.VirtualConsole(),
  });
  const doc = dom.window.document;
  const lineOf = (node: Node) => dom.nodeLocation(node)?.startLine ?? null;
  // Metadata is read before Readability, which removes scripts (JSON-LD among them).
  const metadata = pageMetadata(doc, lineOf);
  const heading = doc.querySelector('h1');
  const headingLine = heading ? lineOf(heading) : null;
  const publicationLine = publicationLineOf(doc, lineOf);
  const bodyLine = doc.body ? (lineOf(doc.body) ?? 1) : 1;
  const article = new Readability(doc, { serializer: (node: Node) => node }).parse();
  metadata.readableTitle = article?.title ?? null;
  const { hints, warnings: metaWarnings } = pageHints(file, metadata);
  warnings.push(...metaWarnings);

  const blocks = article?.content ? blocksOf(article.content, lineOf) : [];
  if (blocks.reduce((n, b) => n + b.text.length, 0) < MIN_ARTICLE_CHARS) {
    warnings.push({
      file,
      line: bodyLine,
      message:
        'không tìm thấy nội dung bài trong trang (trang chuyên mục, trang lỗi, hay trang chưa tải hết?): bỏ qua trang',
    });
    return { input: null, warnings };
  }
  // The text as a .txt article reads: the headline, the publication line, the story.
  const title = hints.title ?? metadata.readableTitle;
  const firstLine = blocks[0]?.line ?? 2;
  const head: Block[] = [];
  if (title && blocks[0]?.text !== title)
    head.push({ text: title, line: headingLine ?? Math.max(1, firstLine - 1) });
  if (publicationLine && !blocks.some((b) => b.text === publicationLine.text))
    head.push(publicationLine);
  head.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { input: { file, text: layOut([...head, ...blocks]), hints }, warnings };
}

/**
 * The page's publication line (`Thứ Năm, 09/07/2020 - 15:20`), which Readability leaves out
 * with the rest of the page's header: a page without metadata is dated by it, as a .txt is. The
 * first short element whose whole text the compiler reads as one.
 */
function publicationLineOf(doc: Document, lineOf: (node: Node) => number | null): Block | null {
  for (const el of doc.body?.querySelectorAll('div, span, p, time, small, em, li, td') ?? []) {
    if (el.children.length > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length < 8 || text.length > 90 || !parsePublicationLine(text)) continue;
    return { text, line: lineOf(el) };
  }
  return null;
}

function pageMetadata(doc: Document, lineOf: (node: Node) => number | null): PageMetadata {
  const line = (node: Node) => lineOf(node) ?? 1;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return {
    canonical: canonical
      ? { href: canonical.getAttribute('href')!.trim(), line: line(canonical) }
      : null,
    meta: [...doc.querySelectorAll('meta[content]')].flatMap((m) => {
      const key =
        m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
      return key
        ? [{ key: key.toLowerCase(), content: m.getAttribute('content')!, line: line(m) }]
        : [];
    }),
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json" i]')].map((s) => ({
      text: s.textContent ?? '',
      line: line(s),
    })),
    times: [...doc.querySelectorAll('time[datetime]')].map((t) => ({
      datetime: t.getAttribute('datetime')!,
      line: line(t),
    })),
    readableTitle: null,
  };
}

interface Block {
  text: string;
  /** The source line of its first text, or null when it has none (made up by Readability). */
  line: number | null;
}

/** The article element's text as blocks: one per paragraph, heading, list item, caption, `<br>`. */
function blocksOf(root: Node, lineOf: (node: Node) => number | null): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let line: number | null = null;
  const flush = () => {
    const text = parts.join('').replace(/\s+/gu, ' ').trim();
    if (text) blocks.push({ text, line });
    parts = [];
    line = null;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (line === null && data.trim()) line = lineOf(child);
        parts.push(data);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (NEVER_TEXT.has(tag)) continue;
        if (tag === 'BR') flush();
        else if (BLOCKS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** Each block on its source line, or the next free one; blank lines between. */
function layOut(blocks: Block[]): string {
  const lines: string[] = [];
  let last = 0;
  for (const b of blocks) {
    const at = Math.max(b.line ?? 0, last + 1);
    while (lines.length < at - 1) lines.push('');
    lines.push(b.text);
    last = at;
  }
  return `${lines.join('\n')}\n`;
}
