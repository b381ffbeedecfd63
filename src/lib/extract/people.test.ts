import { describe, expect, it } from 'vitest';
import { findNameMentions } from './people';
import { placeNamed } from '../vi/places';

const names = (sentence: string) =>
  findNameMentions(sentence, placeNamed('Cần Thơ')!).map((m) => [m.name, m.titles]);

describe('findNameMentions', () => {
  it.each([
    // Two syllables right after a district's committee: the district, part of the title.
    [
      'Dự hội nghị có ông Lâm Văn Thạch, Bí thư Quận ủy Ninh Kiều, cùng lãnh đạo các quận.',
      [['Lâm Văn Thạch', ['Bí thư Quận ủy Ninh Kiều']]],
    ],
    // A full name there is the secretary's.
    ['Bí thư Huyện ủy Lê Văn Bình phát biểu tại hội nghị.', [['Lê Văn Bình', ['Bí thư Huyện ủy']]]],
    // The dot of `TP.HCM` ends no title.
    [
      'Chủ tịch HĐND TP.HCM Đặng Thị Kim Hoa chủ trì kỳ họp.',
      [['Đặng Thị Kim Hoa', ['Chủ tịch HĐND TP Hồ Chí Minh']]],
    ],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});
