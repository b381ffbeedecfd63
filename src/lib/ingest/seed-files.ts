/**
 * What each file in the seeds folder is to the build: an article (plain text, or a saved web
 * page), an input beside the articles (the published-id record), something to pass over quietly
 * (hidden files, an editor's swap and backup files, the build's own temporary files), or a file
 * of a type the compiler does not read, which the build reports as skipped.
 */

export type ArticleKind = 'text' | 'page';

const ARTICLE_EXTENSIONS: Record<string, ArticleKind> = {
  '.txt': 'text',
  '.html': 'page',
  '.htm': 'page',
};

/**
 * Inputs of the build that are not articles: a change to one rebuilds without extracting any
 * article again. The published-id record, and the editor's corrections (issue 17).
 */
export const SIDE_FILES: ReadonlySet<string> = new Set(['ids.json', 'corrections.yaml']);

export function articleKindOf(file: string): ArticleKind | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (ARTICLE_EXTENSIONS[file.slice(dot).toLowerCase()] ?? null);
}

/** Hidden files, editors' swap and backup files, and temporary files: not the newsroom's input. */
export function isScratchFile(file: string): boolean {
  return (
    file.startsWith('.') ||
    file.endsWith('~') ||
    /\.(?:tmp|swp|swx|bak|crdownload|part)$/iu.test(file) ||
    file.startsWith('#') ||
    file === 'Thumbs.db' ||
    file === 'desktop.ini'
  );
}

export interface SeedFolder {
  /** Articles, sorted by code unit (ids and merge order depend on it). */
  articles: string[];
  /** Files of a type the compiler does not read. */
  skipped: string[];
}

/** Sorts a folder's file names into articles and skipped files. */
export function sortSeedFiles(names: string[]): SeedFolder {
  const articles: string[] = [];
  const skipped: string[] = [];
  for (const name of names) {
    if (SIDE_FILES.has(name) || isScratchFile(name)) continue;
    (articleKindOf(name) ? articles : skipped).push(name);
  }
  const byUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byUnit), skipped: skipped.sort(byUnit) };
}
