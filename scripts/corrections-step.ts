/**
 * The build's corrections step: reads the editor's corrections file from the seeds folder and
 * hands the compiler a hook that applies it to the merged dataset before validation
 * (`CompileOptions.correct`). Everything it decides is in `src/lib/corrections`; this file only
 * reads the files and keeps the tally for the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { applyCorrections } from '../src/lib/corrections/apply.ts';
import { parseCorrections } from '../src/lib/corrections/parse.ts';
import type { ArticleText } from '../src/lib/corrections/quotes.ts';
import { CORRECTIONS_FILE, type Problem } from '../src/lib/corrections/types.ts';
import type { Dataset } from '../src/lib/dataset/types.ts';
import { decodeArticle } from '../src/lib/extract/decode.ts';
import { normalizeArticleText } from '../src/lib/extract/normalize.ts';

export interface CorrectionsStep {
  /** The hook for `compileMerged`. */
  correct: (candidate: Dataset) => Dataset;
  /** Problems in the file itself (YAML, fields, quotes): the build stops on any. */
  errors: Problem[];
  /** Filled in when `correct` runs. */
  applied: number;
  stale: Problem[];
}

/** How a path is printed in problems: relative to where the build runs, if it is below it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** An article's text as the compiler reads it; null for a file that is not one of the articles. */
export function articleReader(seeds: string, articles: readonly string[]): ArticleText {
  const known = new Set(articles);
  const cache = new Map<string, string>();
  return (file) => {
    if (!known.has(file)) return null;
    let text = cache.get(file);
    if (text === undefined) {
      text = normalizeArticleText(decodeArticle(file, readFileSync(join(seeds, file))));
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
    file: displayPath(path),
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
