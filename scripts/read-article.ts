/**
 * One file of the seeds folder → the compiler's input, by its type: a `.txt` article (UTF-8, with
 * optional front matter: src/lib/ingest/text-article.ts) or a saved web page (read-page.ts).
 * A file that cannot be read as an article gives no input and says why in its warnings; one that
 * is not valid UTF-8 throws `InvalidEncodingError`, as the build always has.
 */
import type { ArticleInput } from '../src/lib/extract/compile.ts';
import type { Warning } from '../src/lib/extract/warnings.ts';
import { articleKindOf } from '../src/lib/ingest/seed-files.ts';
import { readTextArticle } from '../src/lib/ingest/text-article.ts';
import { NODE_UTF8 } from './extract-worker-utf8.ts';
import { readPage } from './read-page.ts';

export interface ReadArticle {
  input: ArticleInput | null;
  warnings: Warning[];
}

export function readArticle(file: string, bytes: Uint8Array): ReadArticle {
  switch (articleKindOf(file)) {
    case 'text':
      return readTextArticle(file, bytes, NODE_UTF8);
    case 'page':
      return readPage(file, bytes, NODE_UTF8);
    default:
      return {
        input: null,
        warnings: [{ file, message: 'không phải loại tệp bài báo (.txt, .html)' }],
      };
  }
}
