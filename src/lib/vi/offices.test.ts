import { describe, expect, it } from 'vitest';
import { bodyOf, canonicalTitle, headOfBody, titleChainBefore } from './offices';
import { placeNamed } from './places';

describe('canonicalTitle', () => {
  it.each([
    ['Huyện ủy viên', 'Huyện ủy viên'],
    ['Quận uỷ viên', 'Quận ủy viên'],
    ['Đảng ủy viên', 'Đảng ủy viên'],
    ['Ủy viên Ban Thường vụ Huyện ủy', 'Ủy viên Ban Thường vụ Huyện ủy'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalTitle(raw, placeNamed('Đắk Lắk')!)).toBe(expected);
  });
});

describe('headOfBody', () => {
  it.each([
    ['UBND TP thay ông Nguyễn Văn Hòa', 'Chủ tịch UBND TP'],
    ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh'],
    ['Huyện ủy Krông Búk cho đến khi', 'Bí thư Huyện ủy Krông Búk'],
    ['Sở Nội vụ', 'Giám đốc Sở Nội vụ'],
    ['lĩnh vực nội chính', null],
    ['Bộ Chính trị', null],
  ])('%s → %s', (text, expected) => {
    expect(headOfBody(text)).toBe(expected);
  });
});

describe('bodyOf', () => {
  it.each([
    ['Chủ tịch UBND TP Hồ Chí Minh', 'UBND TP Hồ Chí Minh'],
    ['Bí thư Tỉnh ủy Quảng Ninh', 'Tỉnh ủy Quảng Ninh'],
    ['Giám đốc Sở Nội vụ', 'Sở Nội vụ'],
    ['Phó Chủ tịch UBND tỉnh Quảng Ninh', null],
    ['Thủ tướng', null],
  ])('%s → %s', (office, expected) => {
    expect(bodyOf(office)).toBe(expected);
  });
});

describe('titleChainBefore', () => {
  it.each([
    ['Chủ tịch HĐND TP.HCM ', ['Chủ tịch HĐND TP HCM']],
    ['Phó Chủ tịch UBND Tp. Hồ Chí Minh ', ['Phó Chủ tịch UBND Tp Hồ Chí Minh']],
    [
      'Ủy viên Trung ương Đảng, Bí thư Thành ủy Cần Thơ ',
      ['Ủy viên Trung ương Đảng', 'Bí thư Thành ủy Cần Thơ'],
    ],
  ])('%s', (text, expected) => {
    expect(titleChainBefore(text)).toEqual(expected);
  });
});
