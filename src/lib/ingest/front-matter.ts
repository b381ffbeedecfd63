/**
 * A `.txt` article's front matter: the convention of static-site tools, a YAML block between two
 * `---` lines at the top of the file, saying what the text does not (or says badly):
 *
 *     ---
 *     url: https://hanoimoi.vn/…
 *     outlet: Hànộimới
 *     published: 2021-04-22
 *     author: Hương Quỳnh
 *     title: …
 *     ---
 *
 * What it gives overrides what the compiler reads from the text (`ArticleHints`). The block's
 * lines are blanked, not removed, so the body keeps its line numbers and every warning and quote
 * still points at the line an editor opens. YAML is read by `yaml` (eemeli/yaml): quoting,
 * escapes, duplicate keys and error positions are its job, not a regex's.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ArticleHints } from '../extract/article';
import type { Warning } from '../extract/warnings';
import { isWebAddress } from '../dataset/web-address';
import { publicationDay } from './publication-day';

export interface FrontMatter {
  /** The text with the front-matter block blanked (same line count). */
  text: string;
  hints: ArticleHints;
  warnings: Warning[];
}

/** The fields front matter may set, and `date`, which static-site tools use for `published`. */
const FIELDS = ['url', 'outlet', 'published', 'author', 'title'] as const;
type Field = (typeof FIELDS)[number];
const ALIASES: Record<string, Field> = { date: 'published' };

const FENCE = /^---[ \t]*$/u;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/u;

export function readFrontMatter(file: string, text: string): FrontMatter {
  // Most articles have none: decided without splitting the text into lines.
  if (!/^\uFEFF?---/u.test(text)) return { text, hints: {}, warnings: [] };
  const lines = text.split('\n');
  const first = (lines[0] ?? '').replace(/^\uFEFF/u, '').replace(/\r$/u, '');
  if (!FENCE.test(first)) return { text, hints: {}, warnings: [] };
  const close = lines.findIndex((l, i) => i > 0 && CLOSING_FENCE.test(l.replace(/\r$/u, '')));
  if (close < 0)
    return {
      text,
      hints: {},
      warnings: [
        {
          file,
          line: 1,
          message: 'phần đầu (front matter) mở bằng "---" nhưng không có dòng "---" đóng',
        },
      ],
    };
  const blanked = [...lines.slice(0, close + 1).map(() => ''), ...lines.slice(close + 1)].join(
    '\n',
  );
  const { hints, warnings } = readFields(file, lines.slice(1, close).join('\n'));
  return { text: blanked, hints, warnings };
}

/** The YAML between the fences → hints; `line` in warnings is the file's (the YAML starts on 2). */
function readFields(file: string, yaml: string): { hints: ArticleHints; warnings: Warning[] } {
  const hints: ArticleHints = {};
  const warnings: Warning[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    warnings.push({
      file,
      line: lineAt(error.pos[0]),
      message: `phần đầu không phải YAML hợp lệ: ${error.message.split('\n')[0]}`,
    });
    return { hints, warnings };
  }
  if (doc.contents === null) return { hints, warnings };
  if (!isMap(doc.contents)) {
    warnings.push({
      file,
      line: 2,
      message:
        'phần đầu phải gồm các dòng "trường: giá trị" (url, outlet, published, author, title)',
    });
    return { hints, warnings };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const field = (FIELDS as readonly string[]).includes(key) ? (key as Field) : ALIASES[key];
    if (!field) {
      warnings.push({
        file,
        line,
        message: `phần đầu có trường không dùng được "${key}" (dùng: ${FIELDS.join(', ')})`,
      });
      continue;
    }
    // `key:` with nothing after it is a field left empty, not an error.
    if (pair.value === null) continue;
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      warnings.push({ file, line, message: `"${key}" trong phần đầu phải là một giá trị đơn` });
      continue;
    }
    const text = String(value).trim().normalize('NFC');
    if (field === 'published') {
      const day = publicationDay(text);
      if (day) hints.published = day;
      else
        warnings.push({
          file,
          line,
          message: `ngày đăng không có thật hoặc không đọc được "${text}"`,
        });
    } else if (field === 'url') {
      if (isWebAddress(text)) hints.url = text;
      else warnings.push({ file, line, message: `url không phải địa chỉ http(s) "${text}"` });
    } else hints[field] = text;
  }
  return { hints, warnings };
}
