/**
 * The build's corrections step: reads the editor's corrections file from the seeds folder and
 * hands the compiler a hook that applies it to the merged dataset before validation
 * (`CompileOptions.correct`). Everything it decides is in `src/lib/corrections`; this file only
 * reads the files and keeps the tally for the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { applyCorrections } from '../src/lib/corrections/apply.ts';
import { parseCorrections } from '../src/lib/corrections/parse.ts';
import type { ArticleText } from '../src/lib/corrections/quotes.ts';
import { CORRECTIONS_FILE, type Problem } from '../src/lib/corrections/types.ts';
import type { Dataset } from '../src/lib/dataset/types.ts';
import { normalizeArticleText } from '../src/lib/extract/normalize.ts';
import type { Warning } from '../src/lib/extract/warnings.ts';
import { readArticle } from './read-article.ts';

export interface CorrectionsStep {
  /** The hook for `compileMerged`. */
  correct: (candidate: Dataset) => Dataset;
  /** Problems in the file itself (YAML, fields, quotes): the build stops on any. */
  errors: Problem[];
  /** Filled in when `correct` runs. */
  applied: number;
  stale: Problem[];
}

/**
 * How the file is named in problems: by its name when it is the seeds folder's own (as articles
 * are named in warnings), by its path otherwise.
 */
export function displayPath(path: string, seeds: string): string {
  return resolve(dirname(path)) === resolve(seeds) ? basename(path) : path;
}

/** A stale correction, as the build's warnings carry it (so `--strict` fails on it). */
export const staleWarning = (p: Problem): Warning => ({
  file: p.file,
  line: p.line,
  message: p.message,
});

/** An article's text as the compiler reads it; null for a file that is not one of the articles. */
export function articleReader(seeds: string, articles: readonly string[]): ArticleText {
  const known = new Set(articles);
  const cache = new Map<string, string | null>();
  return (file) => {
    if (!known.has(file)) return null;
    let text = cache.get(file);
    if (text === undefined) {
      // Read as the compiler reads it: front matter set aside, a saved page's article text.
      const input = readArticle(file, readFileSync(join(seeds, file))).input;
      text = input ? normalizeArticleText(input.text) : null;
      cache.set(file, text);
    }
    return text;
  };
}

/** The corrections step for a build of `articles` in `seeds`; null when there is no file. */
export function correctionsStep(
  seeds: string,
  articles: readonly string[],
  path = join(seeds, CORRECTIONS_FILE),
): CorrectionsStep | null {
  if (!existsSync(path)) return null;
  const { corrections, errors } = parseCorrections(readFileSync(path, 'utf8'), {
    file: displayPath(path, seeds),
  });
  const step: CorrectionsStep = {
    errors,
    applied: 0,
    stale: [],
    correct: (candidate) => {
      const result = applyCorrections(candidate, corrections, articleReader(seeds, articles));
      step.applied = result.applied;
      step.stale = result.stale;
      step.errors.push(...result.errors);
      return result.dataset;
    },
  };
  return step;
}
