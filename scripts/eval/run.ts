/**
 * What `npm run eval` and `npm run eval:corpus` share: read the dataset, the gold file and the
 * articles, score, print, and give the exit code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateDataset } from '../../src/lib/dataset/validate.ts';
import { decodeArticle } from '../../src/lib/extract/decode.ts';
import { normalizeArticleText } from '../../src/lib/extract/normalize.ts';
import { GoldError, readGold } from '../../src/lib/eval/gold.ts';
import { formatScore, scoreDataset } from '../../src/lib/eval/score.ts';

export interface EvalOptions {
  dataset: string;
  gold: string;
  articles?: string;
  /** The share of checks (0–1, or a percentage) below which the run fails. */
  min?: string;
  failuresOnly?: boolean;
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new GoldError(`${what} not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GoldError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Each article's text as the compiler read it, by file name (for the verbatim check). */
function articleTexts(dir: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!dir) return texts;
  for (const file of readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')))
    texts.set(file, normalizeArticleText(decodeArticle(file, readFileSync(join(dir, file)))));
  return texts;
}

export function parseMin(min: string | undefined): number | null {
  if (min === undefined) return null;
  const n = Number(min.replace(/%$/u, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new GoldError(`--min must be a share (0.95) or a percentage (95): ${min}`);
  return n > 1 || min.endsWith('%') ? n / 100 : n;
}

export function runEval(options: EvalOptions): number {
  try {
    const min = parseMin(options.min);
    const { dataset } = validateDataset(readJson(resolve(options.dataset), 'dataset'));
    const gold = readGold(readJson(resolve(options.gold), 'gold file'));
    const score = scoreDataset(dataset, gold, articleTexts(options.articles));
    for (const line of formatScore(score, { failuresOnly: options.failuresOnly }))
      console.log(line);
    if (min !== null && score.rate < min) {
      console.error(`below --min ${(min * 100).toFixed(1)}%`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof GoldError) && !(error instanceof Error && error.name === 'DatasetError'))
      throw error;
    console.error(`eval failed: ${error.message}`);
    return 2;
  }
}
