/**
 * An added event's evidence is a passage of its article, and it must be there word for word: the
 * same rule as the compiler's own quotes. "Word for word" is against the text as the compiler
 * reads it (`normalizeArticleText`: NFC, plain spaces and line ends, invisible characters gone),
 * so a quote typed with decomposed accents or copied with a non-breaking space still matches.
 */
import { normalizeArticleText } from '../extract/normalize';
import type { Corrections, Problem } from './types';

/** The article's text as the compiler reads it, or null when the seeds folder has no such file. */
export type ArticleText = (file: string) => string | null;

/** A quote as it is compared: cleaned like article text, without the spaces around it. */
export const normalizeQuote = (quote: string): string => normalizeArticleText(quote).trim();

/** Where a quote starts in the text, with its 1-based line; null when it is not verbatim there. */
export function locateQuote(text: string, quote: string): { offset: number; line: number } | null {
  const wanted = normalizeQuote(quote);
  const offset = wanted ? text.indexOf(wanted) : -1;
  if (offset < 0) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { offset, line };
}

const excerpt = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

/** Each added event whose article is missing or whose quote is not verbatim in it. */
export function articleProblems(corrections: Corrections, articleText: ArticleText): Problem[] {
  const problems: Problem[] = [];
  for (const entry of corrections.add) {
    const { source, quote } = entry.set;
    const text = articleText(source);
    if (text === null)
      problems.push({
        file: corrections.file,
        line: entry.lines.source ?? entry.line,
        message: `add.${entry.id}.source: no article "${source}" in the seeds folder`,
      });
    else if (!locateQuote(text, quote))
      problems.push({
        file: corrections.file,
        line: entry.lines.quote ?? entry.line,
        message: `add.${entry.id}.quote is not verbatim in ${source}: "${excerpt(normalizeQuote(quote))}"`,
      });
  }
  return problems;
}
