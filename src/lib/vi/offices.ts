/**
 * Offices in Vietnamese political news: a head (`Bí thư`, `Phó Chủ tịch`) and the body it heads
 * (`Thành ủy Hà Nội`, `UBND tỉnh Khánh Hòa`). Short forms are the newsroom abbreviations
 * (`CT UBND`, `BT Thành ủy`) used where space is short: labels on marks and slides.
 */

// Longest first: `Phó Chủ tịch Thường trực` before `Phó Chủ tịch` before `Chủ tịch`.
const SHORT_HEADS: [RegExp, string][] = [
  [/^Phó Bí thư Thường trực\s*/u, 'PBT TT '],
  [/^Phó Chủ tịch Thường trực\s*/u, 'PCT TT '],
  [/^Tổng Bí thư\s*/u, 'Tổng Bí thư '],
  [/^Phó Bí thư\s*/u, 'PBT '],
  [/^Bí thư\s*/u, 'BT '],
  [/^Phó Chủ tịch\s*/u, 'PCT '],
  [/^Chủ tịch\s*/u, 'CT '],
];
const SHORT_BODIES: [RegExp, string][] = [
  [/Ủy ban nhân dân|UBND/u, 'UBND'],
  [/Hội đồng nhân dân|HĐND/u, 'HĐND'],
  [/Thành ủy|Thành uỷ/u, 'TU'],
  [/Tỉnh ủy|Tỉnh uỷ/u, 'Tỉnh ủy'],
  [/Quận ủy|Quận uỷ/u, 'Quận ủy'],
  [/Huyện ủy|Huyện uỷ/u, 'Huyện ủy'],
];

/** `Chủ tịch UBND thành phố Hồ Chí Minh` → `CT UBND`; an office it does not know stays whole. */
export function shortOffice(office: string): string {
  for (const [head, short] of SHORT_HEADS) {
    if (!head.test(office)) continue;
    const rest = office.replace(head, '');
    const body = SHORT_BODIES.find(([re]) => re.test(rest));
    return body ? `${short}${body[1]}` : `${short}${rest}`.trim();
  }
  return office;
}
