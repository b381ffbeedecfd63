/**
 * A `.txt` article's bytes → the compiler's input: decoded (UTF-8 only, see decode.ts), its front
 * matter read into hints and blanked (see front-matter.ts).
 */
import type { ArticleInput } from '../extract/compile';
import { decodeArticle, type Utf8Codec } from '../extract/decode';
import type { Warning } from '../extract/warnings';
import { readFrontMatter } from './front-matter';

export function readTextArticle(
  file: string,
  bytes: Uint8Array,
  codec?: Utf8Codec,
): { input: ArticleInput; warnings: Warning[] } {
  const { text, hints, warnings } = readFrontMatter(file, decodeArticle(file, bytes, codec));
  return { input: { file, text, hints }, warnings };
}
