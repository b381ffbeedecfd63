import { describe, expect, it } from 'vitest';
import { containsWords, markName } from './mark-name';

describe('markName names a mark with its date and title, and its label when the title lacks it', () => {
  it.each([
    [
      'a label that begins the title',
      'Ban Chỉ đạo Chương trình 01-CTr/TU đã',
      'Ban Chỉ đạo Chương trình 01-CTr/TU đã họp bàn trọng tâm công tác',
      '11/4/2019 — Ban Chỉ đạo Chương trình 01-CTr/TU đã họp bàn trọng tâm công tác',
    ],
    [
      'a document code inside the title',
      'Chỉ thị 24-CT/TU',
      'Thành ủy Hà Nội ban hành Chỉ thị 24-CT/TU về tăng cường',
      '11/4/2019 — Thành ủy Hà Nội ban hành Chỉ thị 24-CT/TU về tăng cường',
    ],
    [
      'a label made of words apart in the title',
      'Quán triệt 24-CT/TU',
      'Hội nghị trực tuyến quán triệt Chỉ thị số 24-CT/TU',
      '11/4/2019 — Quán triệt 24-CT/TU — Hội nghị trực tuyến quán triệt Chỉ thị số 24-CT/TU',
    ],
    ['no label', '', 'Hội nghị', '11/4/2019 — Hội nghị'],
  ])('%s', (_, label, title, name) => {
    expect(markName('11/4/2019', title, label)).toBe(name);
  });
});

describe('containsWords', () => {
  it('ignores case and punctuation but not word boundaries', () => {
    expect(containsWords('Thay Bí thư: Đinh Tiến Dũng', 'bí thư đinh')).toBe(true);
    expect(containsWords('Hội nghị trực tuyến', 'nghị trực')).toBe(true);
    expect(containsWords('Hội nghị trực tuyến', 'ghị trực')).toBe(false);
  });
});
