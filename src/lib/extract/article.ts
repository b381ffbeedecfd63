/**
 * An article as a scraper saved it → its metadata and its body paragraphs.
 *
 * Vietnamese news pages wrap the story in furniture that must not become facts: a breadcrumb
 * printed twice (`Công tác đảng Công tác đảng`), the publication line (`Ngày đăng 16/08/2023 |
 * 18:43 | Lượt xem: 11187`), bullet lines (`• 0 bình luận`, `• In bài`), photo captions (often
 * printed twice), image alt text (`<headline> ảnh 1…`, `<headline> -0`), the byline (first or
 * last line), and related-article lists (`Tin cùng chuyên mục`, or a teaser's headline printed
 * twice and its lead glued to the end of the file).
 */
import { readPublicationLine } from '../vi/publication-line';
import { foldSpaced, foldWords } from '../vi/fold';
import { placeNamed } from '../vi/places';

export type ParagraphRole = 'body' | 'caption';

export interface Paragraph {
  text: string;
  /** 1-based line in the file. */
  line: number;
  role: ParagraphRole;
  /**
   * `foldForMatch(text)` when folding keeps every offset (single spaces, no combining marks), so
   * a sentence's fold is a slice of it; null otherwise. The line was folded anyway.
   */
  folded: string | null;
}

export interface ArticleMeta {
  title: string | null;
  titleLine: number | null;
  outlet: string | null;
  author: string | null;
  /** `YYYY-MM-DD` as printed in the page's publication line. */
  published: string | null;
  publishedLine: number | null;
  /** The original article's address, when the input gave one (front matter, a saved page). */
  url: string | null;
}

/**
 * What the input knows of an article besides its text: a `.txt` file's front matter, a saved
 * page's metadata. Each field given overrides what the compiler would read from the text.
 */
export interface ArticleHints {
  title?: string;
  outlet?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  url?: string;
}

export interface ParsedArticle {
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  /** Lines left out as furniture, with why (for the build report and tests). */
  dropped: { line: number; reason: string }[];
}

interface Line {
  text: string;
  line: number;
  /** `text` folded, computed once: most rules compare folded lines. */
  folded: string;
  /** `folded` is also `foldForMatch(text)`, unit for unit. */
  aligned: boolean;
}

/** A line's text with its folds. */
function lineOf(text: string, line: number): Line {
  const { words, aligned } = foldSpaced(text);
  return { text, line, folded: words, aligned };
}

// Patterns below are written folded (no diacritics): they are tested against folded lines.
// Headings that open a list of other articles: everything after them is someone else's story.
const RELATED_HEADING =
  /^(tin cung chuyen muc|tin lien quan|bai lien quan|tin khac|cac tin khac|xem them|doc them|tin moi|tin cung chu de|bai viet lien quan|co the ban quan tam|tin doc nhieu)\s*:?$/u;
// Lines that are page chrome wherever they stand.
const FURNITURE = [
  /^[•·|\-–—*\s]*$/u,
  /^[•·]?\s*\d+\s*binh luan$/u,
  /^[•·]?\s*(in bai|chia se|binh luan|luu|gui bai|gop y|quay lai|ve dau trang|tai anh|xem anh|theo doi|luot xem:?\s*[\d.,]+)$/u,
  /^[•·]?\s*(facebook|zalo|twitter|email|google news)(\s*[|·•]\s*(facebook|zalo|twitter|email|google news))*$/u,
  /^theo doi .* tren google news$/u,
  /^\(?\s*anh\s*:[^.]{0,60}\)?$/u,
  /^(nguon|video|clip)\s*:.{0,80}$/u,
];
// A dateline: `ANTD.VN -`, `NDO -`, `(HNM) -`, `VOV.VN -`, `(Chinhphu.vn) –` at a paragraph's start.
const DATELINE =
  /^\(?((?:[A-ZĐ][A-ZĐ0-9]{1,11}|[A-Z][a-z]+)(?:\.(?:VN|vn|com\.vn|COM\.VN))?)\)?\s*[-–—]\s*/u;
// A byline: two to five capitalised words (or `PV`, `Nhóm PV`), maybe `(T/h)`; photo credits too.
const BYLINE =
  /^[•·]?\s*((?:(?:nhóm\s+)?PV|CTV|BTV)|(?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]{1,3}\.?)(?:\s+(?:[\p{Lu}][\p{Ll}]+|[\p{Lu}]\.?)){1,4})(?:\s*[-–,]\s*(?:[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){0,3}|[\p{Lu}]{2,8}))*\s*(?:\((?:T\/h|t\/h|tổng hợp|TTXVN|theo .{1,30})\))?\s*$/u;

const fold = foldWords;

/**
 * `/[…]$/.test(text)` for a set of single-unit characters, reading only the last character (the
 * regex engine would try every position of the line to find the end).
 */
function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]!);
}
// What ends a sentence, closing quotes included.
const SENTENCE_END = '.!?…”"';

function isFurniture(folded: string): boolean {
  return FURNITURE.some((re) => re.test(folded));
}

/** `Công tác đảng Công tác đảng`: a breadcrumb whose two halves are the same. */
function isDoubledPhrase(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length % 2) return false;
  const half = words.length / 2;
  return fold(words.slice(0, half).join(' ')) === fold(words.slice(half).join(' '));
}

/** Reads a publication line (`vi/publication-line.ts`): its date, or null. */
export function parsePublicationLine(text: string): string | null {
  return readPublicationLine(text)?.published ?? null;
}

export function looksLikeByline(text: string): boolean {
  if (text.length > 60 || endsWithOneOf(text, '.:;!?"“”') || /\d{2}/.test(text)) return false;
  return BYLINE.test(text);
}

// `Theo TTXVN`, `Theo Kinh tế & Đô thị`, `Nguồn: VOV`: the article is reprinted from that outlet.
const ATTRIBUTION = /^(?:theo|nguồn\s*:)\s+(\S.{1,40})$/iu;

/** `Phương Nguyên - TTXVN`, `Hồng Vân | Báo Cần Thơ`: a reporter and who they write for. */
function splitByline(byline: string): { author: string; outlet: string | null } {
  const m =
    /^(.+?)\s*[-–]\s*([\p{Lu}][\p{Lu}.]{1,9}(?:\.(?:VN|vn))?)$/u.exec(byline) ??
    /^(.+?)\s*\|\s*((?:Báo|Tạp chí|Đài|Cổng)\s.{2,40})$/u.exec(byline);
  return m ? { author: m[1]!, outlet: m[2]! } : { author: byline, outlet: null };
}

// `THU HƯỜNG`: a byline in capitals, as some papers sign off; two to four words.
const CAPITALS_BYLINE = /^[\p{Lu}]{2,7}(?:\s+[\p{Lu}]{2,7}){1,3}$/u;

/**
 * Sign-off forms `looksLikeByline` leaves alone, read only at the end of the story: a byline in
 * capitals (`THU HƯỜNG` → `Thu Hường`), and a byline with the paper after a pipe (`Hồng Vân | Báo
 * Cần Thơ`). A place in capitals (`QUẢNG NINH`) is no byline.
 */
export function signOffByline(text: string): string | null {
  const t = text.trim();
  if (t.length > 70) return null;
  const pipe = /^(.+?)\s*\|\s*((?:Báo|Tạp chí|Đài|Cổng)\s.{2,40})$/u.exec(t);
  if (pipe && looksLikeByline(pipe[1]!)) return `${cleanByline(pipe[1]!)} | ${pipe[2]!.trim()}`;
  if (!CAPITALS_BYLINE.test(t) || placeNamed(t)) return null;
  return t
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function cleanByline(text: string): string {
  return text
    .replace(/^[•·]\s*/, '')
    .replace(/\s*\((?:T\/h|t\/h|tổng hợp)\)\s*$/u, '')
    .trim();
}

/** A body paragraph is prose: long, or more than one sentence, or ending in a full stop. */
function isProse(text: string): boolean {
  return text.length >= 160 || (text.length >= 60 && endsWithOneOf(text, SENTENCE_END));
}

// What a photo caption says: a scene, the people in it, someone speaking.
const CAPTION_WORDS =
  /^(quang canh|toan canh|cac dai bieu|dai bieu|lanh dao|cac dong chi|anh|hinh anh)|phat bieu( chi dao| ket luan| khai mac)?( tai [^,.]{0,60})?\.?$|chu tri (cuoc hop|hoi nghi)[^,.]{0,60}\.?$|tai diem cau/u;

function isCaption(text: string, folded: string): boolean {
  if (text.length > 200 || endsWithOneOf(text, ':;')) return false;
  if (!endsWithOneOf(text, SENTENCE_END) && text.length < 160) return true;
  return text.length < 140 && CAPTION_WORDS.test(folded);
}

type Dropped = ParsedArticle['dropped'];

// Each step below is a function of its own: the JIT optimises a small function once, where one
// function holding every step was optimised again each time a rare branch was first taken.
export function parseArticle(normalized: string): ParsedArticle {
  const dropped: Dropped = [];
  const meta: ArticleMeta = {
    title: null,
    titleLine: null,
    outlet: null,
    author: null,
    published: null,
    publishedLine: null,
    url: null,
  };
  const lines = withoutRelated(nonEmptyLines(normalized), dropped);
  const keep = readHeader(lines, meta, dropped);
  readDateline(keep, meta, dropped);
  if (meta.title) cutAltText(keep, meta.title);
  readSignOff(keep, meta, dropped);
  const paragraphs = paragraphsOf(keep, dropped);

  if (meta.title === null) {
    // No headline printed (the file starts with the lead): the first sentence stands in.
    const lead = paragraphs.find((p) => p.role === 'body');
    if (lead) meta.title = shorten(lead.text.split(/(?<=[.!?])\s/u)[0] ?? lead.text, 140);
  }
  return { meta, paragraphs, dropped };
}

/** The file's lines that hold anything, trimmed and folded. */
function nonEmptyLines(normalized: string): Line[] {
  return normalized
    .split('\n')
    .map((text, i) => lineOf(text.trim(), i + 1))
    .filter((l) => l.text.length > 0);
}

/** Related-article lists: cut at their heading. */
function withoutRelated(lines: Line[], dropped: Dropped): Line[] {
  const relatedAt = lines.findIndex((l) => RELATED_HEADING.test(l.folded));
  if (relatedAt <= 0) return lines;
  for (const l of lines.slice(relatedAt))
    dropped.push({ line: l.line, reason: 'related articles' });
  return lines.slice(0, relatedAt);
}

/**
 * Page furniture anywhere, and the header before the first prose: the publication line,
 * breadcrumbs, the headline and the byline. Returns the lines left.
 */
function readHeader(lines: Line[], meta: ArticleMeta, dropped: Dropped): Line[] {
  const keep: Line[] = [];
  const firstProse = lines.findIndex((l) => isProse(l.text) || DATELINE.test(l.text));
  const headerEnd = firstProse < 0 ? Math.min(lines.length, 6) : firstProse;

  for (const [i, l] of lines.entries()) {
    if (isFurniture(l.folded)) {
      dropped.push({ line: l.line, reason: 'page furniture' });
      continue;
    }
    // The publication line sits in the header, sometimes just after the lead, or at the very end.
    const inPlace = i <= headerEnd + 2 || i >= lines.length - 2;
    const line = meta.published || !inPlace ? null : readPublicationLine(l.text);
    if (line) {
      meta.published = line.published;
      meta.publishedLine = l.line;
      if (line.author) meta.author ??= line.author;
      dropped.push({ line: l.line, reason: 'publication line' });
      continue;
    }
    if (i < headerEnd) {
      if (isDoubledPhrase(l.text)) {
        dropped.push({ line: l.line, reason: 'breadcrumb' });
        continue;
      }
      if (meta.title === null && l.text.split(/\s+/).length >= 4) {
        meta.title = l.text;
        meta.titleLine = l.line;
        continue;
      }
      if (meta.title !== null && meta.author === null && looksLikeByline(l.text)) {
        meta.author = cleanByline(l.text);
        dropped.push({ line: l.line, reason: 'byline' });
        continue;
      }
    }
    keep.push(l);
  }
  return keep;
}

/** Datelines, alone on a line (`NDO -`) or opening the lead (`ANTD.VN - Bí thư…`). */
function readDateline(keep: Line[], meta: ArticleMeta, dropped: Dropped): void {
  for (const [i, l] of keep.entries()) {
    if (i > 3) break;
    const m = DATELINE.exec(l.text);
    if (!m) continue;
    meta.outlet = m[1]!;
    const rest = l.text.slice(m[0].length).trim();
    if (rest) keep[i] = lineOf(rest, l.line);
    else {
      dropped.push({ line: l.line, reason: 'dateline' });
      keep.splice(i, 1);
    }
    break;
  }
}

/** Image alt text repeats the headline: `<headline> ảnh 1<caption>` or `<headline> -0`. */
function cutAltText(keep: Line[], title: string): void {
  const titleFold = fold(title);
  for (const [i, l] of keep.entries()) {
    if (!l.folded.startsWith(titleFold)) continue;
    const rest = l.text.slice(title.length).replace(/^\s*(?:ảnh\s*\d+|-\s*\d+)\s*/u, '');
    keep[i] = lineOf(rest, l.line);
  }
}

/**
 * The attribution (`Theo Kinh tế & Đô thị`) and byline (`Hương Quỳnh`, `PV (T/h)`,
 * `Phương Nguyên - TTXVN`) at the end, in either order.
 */
function readSignOff(keep: Line[], meta: ArticleMeta, dropped: Dropped): void {
  for (let k = 0; k < 2; k++) {
    const last = keep.at(-1);
    if (!last) break;
    const attribution = ATTRIBUTION.exec(last.text);
    if (attribution) {
      meta.outlet ??= attribution[1]!.trim();
      dropped.push({ line: last.line, reason: 'attribution' });
      keep.pop();
    } else if (looksLikeByline(last.text) || signOffByline(last.text)) {
      const { author, outlet } = splitByline(signOffByline(last.text) ?? cleanByline(last.text));
      if (meta.author === null) meta.author = author;
      if (outlet) meta.outlet ??= outlet;
      dropped.push({ line: last.line, reason: 'byline' });
      keep.pop();
    } else break;
  }
}

/**
 * Indexes of lines printed twice in a row (the second of each pair). A doubled line is a caption
 * (photo) or a teaser's headline; when what follows it is the tail of the file (a lead or two),
 * it is a related article glued to the end, cut off here.
 */
function doubledLines(keep: Line[], dropped: Dropped): Set<number> {
  const doubled = new Set<number>();
  for (let i = 1; i < keep.length; i++) if (keep[i]!.folded === keep[i - 1]!.folded) doubled.add(i);
  for (const i of [...doubled].sort((a, b) => a - b)) {
    const after = keep.slice(i + 1).filter((l) => l.text);
    // A doubled line that describes a photo (`… phát biểu tại hội nghị`) is a caption even at the
    // end; a teaser's doubled line is another story's headline.
    const photo = CAPTION_WORDS.test(keep[i]!.folded);
    if (!photo && after.length <= 2 && i - 1 > keep.length / 2) {
      for (const l of keep.slice(i - 1))
        dropped.push({ line: l.line, reason: 'related-article teaser' });
      keep.splice(i - 1);
      break;
    }
  }
  return doubled;
}

/** The lines left as paragraphs: body text, or captions (short, unfinished or doubled lines). */
function paragraphsOf(keep: Line[], dropped: Dropped): Paragraph[] {
  const doubled = doubledLines(keep, dropped);
  const paragraphs: Paragraph[] = [];
  for (const [i, l] of keep.entries()) {
    if (!l.text) continue;
    if (doubled.has(i) && keep[i - 1]?.folded === l.folded) {
      dropped.push({ line: l.line, reason: 'caption printed twice' });
      continue;
    }
    const captionLike = doubled.has(i + 1) || isCaption(l.text, l.folded);
    paragraphs.push({
      text: l.text,
      line: l.line,
      role: captionLike ? 'caption' : 'body',
      folded: l.aligned ? l.folded : null,
    });
  }
  return paragraphs;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}
