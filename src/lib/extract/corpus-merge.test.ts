import { describe, expect, it } from 'vitest';
import { DEFAULT_RANGE } from '../dataset/types';
import { extractArticleFacts } from './article-facts';
import { corpusArticle } from './corpus-article';
import { CorpusMerge, mergeCorpus } from './corpus';

const article = (file: string, text: string) => corpusArticle(extractArticleFacts(file, text));
const a = article(
  'a.txt',
  'Hội nghị sơ kết\n\nNgày 16/8/2023, Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác.',
);
const b = article(
  'b.txt',
  'Hội nghị sơ kết công tác\n\nSáng 16/8/2023, Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác.',
);

describe('CorpusMerge, the merge an article at a time', () => {
  it('gives what mergeCorpus gives for the same articles in any order', () => {
    const merge = new CorpusMerge();
    merge.add(a);
    merge.add(b);
    const warnings = [...b.warnings, ...a.warnings];
    expect(merge.finish(DEFAULT_RANGE, warnings)).toEqual(mergeCorpus([b, a], DEFAULT_RANGE));
  });

  it('refuses articles out of file order, on which ids would depend', () => {
    const merge = new CorpusMerge();
    merge.add(b);
    expect(() => merge.add(a)).toThrow(/out of file order/);
  });
});
