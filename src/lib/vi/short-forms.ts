/**
 * Newsroom short forms, for labels where space is short: `Ban Chấp hành` → `BCH`, `Ủy ban nhân
 * dân` → `UBND`, `thành phố` → `TP`. Only forms a Vietnamese reader meets in every paper's
 * headlines; the longer form stays in titles.
 */
export const SHORT_FORMS: readonly [RegExp, string][] = [
  [/Ban Chấp hành Trung ương/gu, 'BCH TƯ'],
  [/Ban Chấp hành/gu, 'BCH'],
  [/Ban Thường vụ/gu, 'BTV'],
  [/Ban Chỉ đạo/gu, 'BCĐ'],
  [/Ủy ban nhân dân|Uỷ ban nhân dân/giu, 'UBND'],
  [/Hội đồng nhân dân/giu, 'HĐND'],
  [/Mặt trận Tổ quốc Việt Nam/gu, 'MTTQ'],
  [/Ủy ban Kiểm tra|Uỷ ban Kiểm tra/giu, 'UBKT'],
  [/Bộ Chính trị/gu, 'BCT'],
  [/Trung ương/gu, 'TƯ'],
  [/thành phố|Thành phố/gu, 'TP'],
  [/Đại biểu Quốc hội|đại biểu Quốc hội/gu, 'ĐBQH'],
  // A code names its type already: `Chương trình 01-CTr/TU` → `01-CTr/TU`.
  [
    /(?:Chỉ thị|Kế hoạch|Chương trình|Kết luận|Nghị quyết|Quyết định|Quy định|Thông báo|Đề án)\s+(?:số\s+)?(?=\d+[-/]\p{Lu})/giu,
    '',
  ],
];

/** Words a label must not end with: they promise more words. */
const DANGLING =
  /(?:\s+(?:đã|đang|sẽ|của|về|và|với|tại|các|những|cho|trong|để|do|theo|là|được|bị|có|từ|đến|lần|thứ|số))+$/iu;

/** `text` with the short forms, trimmed of words that dangle at its end. */
export function shortened(text: string): string {
  let out = text;
  for (const [re, short] of SHORT_FORMS) out = out.replace(re, short);
  return out.replace(/\s+/gu, ' ').trim();
}

/** Drops words that leave a label hanging (`… đã`, `… của`). */
export function withoutDangling(text: string): string {
  return text.replace(DANGLING, '').replace(/[\s,;:–-]+$/u, '');
}

export const SHORT_FORM_EXAMPLES: readonly [string, string][] = [
  ['Hội nghị lần thứ 24 Ban Chấp hành Đảng bộ thành phố', 'Hội nghị lần thứ 24 BCH Đảng bộ TP'],
  ['Ban Chỉ đạo Chương trình 01-CTr/TU', 'BCĐ 01-CTr/TU'],
  ['quán triệt Chỉ thị số 24-CT/TU', 'quán triệt 24-CT/TU'],
  ['Phó Chủ tịch Ủy ban nhân dân thành phố', 'Phó Chủ tịch UBND TP'],
  ['Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng', 'Ủy viên BCT, Bí thư TƯ Đảng'],
];
