import { describe, expect, it } from 'vitest';
import { parseArticle, signOffByline } from './article';
import { normalizeArticleText } from './normalize';

describe('signOffByline', () => {
  it.each([
    ['THU HƯỜNG', 'Thu Hường'],
    ['MINH ANH - QUỐC HUY', null],
    ['Hồng Vân | Báo Cần Thơ', 'Hồng Vân | Báo Cần Thơ'],
    ['QUẢNG NINH', null],
    ['TP.HCM', null],
    ['Xem thêm | Tin khác', null],
  ])('%s → %s', (line, expected) => {
    expect(signOffByline(line)).toBe(expected);
  });

  it('signs the article off with its author and paper', () => {
    const text = [
      'Hội nghị công bố quyết định về công tác cán bộ tại Cần Thơ',
      '',
      'Chiều 17/12, Thành ủy Cần Thơ tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ với đông đảo đại biểu tham dự.',
      '',
      'Hồng Vân | Báo Cần Thơ',
    ].join('\n');
    const { meta } = parseArticle(normalizeArticleText(text));
    expect([meta.author, meta.outlet]).toEqual(['Hồng Vân', 'Báo Cần Thơ']);
  });
});
