import { describe, expect, it } from 'vitest';
import { PUBLICATION_EXAMPLES, readPublicationLine } from './publication-line';

describe('readPublicationLine', () => {
  it.each(PUBLICATION_EXAMPLES)('%s', (line, expected) => {
    expect(readPublicationLine(line)).toEqual(expected);
  });
});
