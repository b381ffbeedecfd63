import { describe, expect, it } from 'vitest';
import { shortened, SHORT_FORM_EXAMPLES, withoutDangling } from './short-forms';

describe('short forms', () => {
  it.each(SHORT_FORM_EXAMPLES)('%s → %s', (long, short) => {
    expect(shortened(long)).toBe(short);
  });
  it.each([
    ['Hội nghị công bố Quyết định của', 'Hội nghị công bố Quyết định'],
    ['Tổng kết công tác năm 2021,', 'Tổng kết công tác năm 2021'],
    ['Bầu Chủ tịch UBND', 'Bầu Chủ tịch UBND'],
  ])('%s ends as %s', (text, expected) => {
    expect(withoutDangling(text)).toBe(expected);
  });
});
