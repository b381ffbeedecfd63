import { describe, expect, it } from 'vitest';
import { generateArticles, utf8Length } from './articles';

const corpus = generateArticles(2000, 20190101);
const headlineOf = (text: string) =>
  text.split('\n').find((l) => l.trim() !== '' && l !== 'Công tác đảng Công tác đảng')!;

describe('generateArticles', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateArticles(40, 20190101)).toEqual(corpus.slice(0, 40));
    expect(generateArticles(40, 5).map((a) => a.text)).not.toEqual(
      corpus.slice(0, 40).map((a) => a.text),
    );
  });

  it('gives article i the same text whatever the corpus size', () => {
    expect(generateArticles(300, 20190101).slice(250)).toEqual(corpus.slice(250, 300));
  });

  it('writes distinct headlines for at least 95% of articles', () => {
    const distinct = new Set(corpus.map((a) => headlineOf(a.text)));
    expect(distinct.size / corpus.length).toBeGreaterThanOrEqual(0.95);
  });

  it('names every file once and keeps every text between 2 and 8 KB of valid UTF-8', () => {
    expect(new Set(corpus.map((a) => a.file)).size).toBe(corpus.length);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const { file, text } of corpus) {
      const bytes = new TextEncoder().encode(text);
      expect(decoder.decode(bytes), file).toBe(text);
      expect(utf8Length(text)).toBe(bytes.length);
      expect(bytes.length, file).toBeGreaterThanOrEqual(2048);
      expect(bytes.length, file).toBeLessThanOrEqual(8192);
    }
  });

  it.each([
    ['ANTD.VN dateline and bullets', /^ANTD\.VN - /m],
    ['NDO dateline', /^NDO -$/m],
    ['(HNM) dateline', /^\(HNM\) - /m],
    ['VOV.VN dateline', /^VOV\.VN - /m],
    ['"Ngày đăng … | …" line', /^Ngày đăng \d{2}\/\d{2}\/\d{4} \| \d{2}:\d{2}/m],
    ['"Cập nhật: hh:mm - dd/mm/yyyy" line', /^Cập nhật: \d{2}:\d{2} - \d{2}\/\d{2}\/\d{4}$/m],
    ['weekday and GMT+7', /^Thứ \p{L}+, \d{2}\/\d{2}\/\d{4} - \d{2}:\d{2} \(GMT\+7\)$/mu],
    ['"hh:mm, dd/mm/yyyy" line', /^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/m],
    ['view count', /Lượt xem: [\d.]+/],
    ['related-article teaser', /^Tin (cùng chuyên mục|liên quan)$/m],
    [
      '"sáng nay (d/m)" date',
      /(Sáng|Chiều) nay \(\d{1,2}\/\d{1,2}\)|\d+h sáng nay \(\d{1,2}-\d{1,2}\)/,
    ],
    ['written-out date', /ngày \d{1,2} tháng \d{1,2} năm 20\d\d/i],
    ['party directive with issue date', /Chỉ thị số \d+-CT\/TU ngày \d{1,2}\/\d{1,2}\/20\d\d/],
    [
      'plan carrying out a directive',
      /Kế hoạch số \d+-KH\/TU ngày [\d/]+ thực hiện Chỉ thị số \d+-CT\/TU/,
    ],
    ['state decision', /Quyết định số \d+\/QĐ-UBND/],
    ['attendance in sites and delegates', /\d+ điểm cầu với (trên )?[\d.]+ (đại biểu|cán bộ)/],
    ['election', /được bầu giữ chức /],
    ['assignment', /quyết định phân công /],
    ['term that is not a date', /nhiệm kỳ 2020 - 2025/],
  ])('includes articles with a %s', (_name, pattern) => {
    expect(corpus.some((a) => pattern.test(a.text))).toBe(true);
  });

  it('spreads publication dates over every year from 2019 to 2023', () => {
    const years = new Set(
      corpus.flatMap((a) => [...a.text.matchAll(/\d{2}\/\d{2}\/(20\d\d)/g)].map((m) => m[1])),
    );
    for (const y of ['2019', '2020', '2021', '2022', '2023']) expect(years.has(y), y).toBe(true);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => generateArticles(-1, 1)).toThrow(RangeError);
    expect(() => generateArticles(1.5, 1)).toThrow(RangeError);
  });
});
