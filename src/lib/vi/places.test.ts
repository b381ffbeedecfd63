import { describe, expect, it } from 'vitest';
import { findPlaces, HOME_PLACE_EXAMPLES, homePlaceOf, PLACES, placeNamed } from './places';

describe('places', () => {
  it('lists the 63 provinces and centrally-run cities of 2019–2023, five of them cities', () => {
    expect(PLACES).toHaveLength(63);
    expect(new Set(PLACES.map((p) => p.name)).size).toBe(63);
    expect(PLACES.filter((p) => p.kind === 'city').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hồ Chí Minh',
      'Hải Phòng',
      'Đà Nẵng',
      'Cần Thơ',
    ]);
  });

  it.each(HOME_PLACE_EXAMPLES)('the story "%s" is about %s', (text, expected) => {
    expect(homePlaceOf(text)?.name ?? null).toBe(expected);
  });

  it.each([
    ['TP.HCM', 'Hồ Chí Minh'],
    ['Tp. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
  ])('%s is %s', (form, name) => {
    expect(placeNamed(form)?.name).toBe(name);
  });

  it('finds places with their offsets, the longest reading first', () => {
    const text = 'Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu và Chủ tịch UBND TP.HCM';
    expect(findPlaces(text).map((m) => [m.place.name, text.slice(m.start, m.end)])).toEqual([
      ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
      ['Hồ Chí Minh', 'TP.HCM'],
    ]);
  });

  it('a name written in lower case is a word, not a place', () => {
    expect(findPlaces('ha noi và hà nội')).toEqual([]);
  });
});
