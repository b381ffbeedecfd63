import { describe, expect, it } from 'vitest';
import { articleKindOf, isScratchFile, sortSeedFiles } from './seed-files';

describe('seed files', () => {
  it.each([
    ['001.txt', 'text'],
    ['BAI.TXT', 'text'],
    ['trang.html', 'page'],
    ['trang.HTM', 'page'],
    ['bai.pdf', null],
    ['README', null],
  ])('%s is read as %s', (file, kind) => expect(articleKindOf(file)).toBe(kind));

  it.each([
    '.DS_Store',
    'bai.txt~',
    '.bai.txt.swp',
    'timeline.json.123.tmp',
    '#bai.txt#',
    'trang.html.crdownload',
  ])('%s is scratch, passed over', (file) => expect(isScratchFile(file)).toBe(true));

  it('sorts a folder into articles in code-unit order and skipped files, leaving out ids.json', () => {
    expect(
      sortSeedFiles(['b.txt', 'ids.json', 'a.html', 'notes.docx', 'B.txt', '.hidden', 'c.pdf']),
    ).toEqual({ articles: ['B.txt', 'a.html', 'b.txt'], skipped: ['c.pdf', 'notes.docx'] });
  });
});
