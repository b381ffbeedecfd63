/**
 * Word lists about Vietnamese names and places. They describe the language, not any one
 * article: surnames cover well over 99% of Vietnamese people; the places are the ones whose names
 * look like people's names (a surname followed by capitalised syllables).
 */
import { foldForMatch } from './fold';
import { PLACES } from './places';

const fold = (s: string) => foldForMatch(s);

/**
 * Family names, most common first, matched with their diacritics: folded, `Triều` (Triều Tiên)
 * would pass for `Triệu` and `Đống` (Đống Đa) for `Đồng`. `Phó` and `Ông` are left out: in news
 * they are almost always "deputy" and "Mr".
 */
export const SURNAMES = new Set([
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trịnh',
  'Đào',
  'Lương',
  'Mai',
  'Tô',
  'Hà',
  'Cao',
  'Lâm',
  'Chu',
  'Vương',
  'Tạ',
  'Trương',
  'Quách',
  'Đoàn',
  'Thái',
  'Kiều',
  'Lưu',
  'Đàm',
  'Khúc',
  'Nghiêm',
  'Triệu',
  'Tống',
  'Doãn',
  'Lại',
  'Phùng',
  'Hứa',
  'La',
  'Từ',
  'Thân',
  'Nông',
  'Lò',
  'Mạc',
  'Giang',
  'Âu',
  'Tăng',
  'Khổng',
  'Bạch',
  'Ninh',
  'Lã',
  'Đồng',
  'Tôn',
  'Cù',
  'Diệp',
  'Châu',
  'Đường',
  'Cấn',
  'Kha',
  'Khuất',
  'Lục',
  'Mẫn',
  'Nhữ',
  'Phí',
  'Sầm',
  'Thạch',
  'Thiều',
  'Tiêu',
  'Ung',
  'Vi',
  'Hầu',
  'Bế',
  'Văn',
  'Lạc',
  'Quan',
  'Giáp',
  'Hàn',
  'Đậu',
  'Chế',
  'Chử',
  'Lữ',
  'Mông',
  'Điểu',
  'Danh',
  // Names of the Central Highlands' peoples: `Ksor Phước Hà`, `Y Thanh Hà Niê Kđăm`.
  'Ksor',
  'Rơ',
  'Siu',
  'Rah',
  'Kpă',
  'Y',
]);

/**
 * Places and historical figures that read like personal names. News prints them constantly
 * (`tư tưởng Hồ Chí Minh`, `quận Hoàng Mai`, `phố Lê Duẩn`) and they are never the people an
 * event involves. Matched on whole capitalised runs, folded.
 */
export const NOT_PEOPLE = new Set(
  [
    // The five centrally governed cities and Hanoi's districts whose names start with a surname.
    'Hà Nội',
    'Hồ Chí Minh',
    'Hải Phòng',
    'Đà Nẵng',
    'Cần Thơ',
    'Hoàng Mai',
    'Hà Đông',
    'Gia Lâm',
    'Mê Linh',
    'Thạch Thất',
    'Quốc Oai',
    'Chương Mỹ',
    'Thanh Xuân',
    'Thanh Trì',
    'Thanh Oai',
    // Provinces whose names start with a surname.
    'Hà Giang',
    'Hà Tĩnh',
    'Hà Nam',
    'Cao Bằng',
    'Lâm Đồng',
    'Ninh Bình',
    'Ninh Thuận',
    'Thái Bình',
    'Thái Nguyên',
    'Lạng Sơn',
    'Lào Cai',
    'Quảng Ninh',
    'Bạc Liêu',
    'Kiên Giang',
    'Hậu Giang',
    'Tiền Giang',
    'Bắc Giang',
    'Trà Vinh',
    'Vĩnh Long',
    'Đồng Nai',
    'Đồng Tháp',
    'Phú Thọ',
    'Lai Châu',
    'Điện Biên',
    'Tây Ninh',
    'Hòa Bình',
    'Khánh Hòa',
    'Bình Dương',
    'Vĩnh Phúc',
    'Hưng Yên',
    // Historical figures who name streets, districts and ideas in nearly every political article.
    'Hai Bà Trưng',
    'Trần Hưng Đạo',
    'Lê Lợi',
    'Lê Duẩn',
    'Lý Thường Kiệt',
    'Nguyễn Trãi',
    'Quang Trung',
    'Lý Thái Tổ',
    'Trần Phú',
    'Võ Nguyên Giáp',
    'Phạm Văn Đồng',
    'Tôn Đức Thắng',
    'Nguyễn Du',
    'Lê Thánh Tông',
    'Đinh Tiên Hoàng',
    'Hoàng Hoa Thám',
    'Phan Đình Phùng',
    'Nguyễn Ái Quốc',
    'Trường Chinh',
    'Lê Hồng Phong',
    'Nguyễn Chí Thanh',
    'Hoàng Diệu',
    'Lê Quý Đôn',
    'Nguyễn Thị Minh Khai',
    'Chu Văn An',
    'Lê Văn Tám',
    'Võ Thị Sáu',
    'Nguyễn Văn Cừ',
    'Hồ Tùng Mậu',
    'Trần Quốc Toản',
    'Bà Rịa',
    'Vũng Tàu',
    // Every province and city, and the forms news writes them in.
    ...PLACES.flatMap((p) => [p.name, ...p.forms]),
  ].map(fold),
);

/**
 * A given name that a lower-case word after it turns into a common noun: `Đoàn Thanh niên` (the
 * Youth Union) is no Mr Đoàn Thanh. Keys: the last capitalised syllable and the word after, folded.
 */
export const NOUN_COMPLETIONS = new Set(
  ['Thanh niên', 'Thiếu niên', 'Nhi đồng', 'Phụ nữ', 'Nông dân', 'Cựu chiến binh', 'Công đoàn'].map(
    (w) => fold(w),
  ),
);

/**
 * Words that start the name of an institution or a thing named after someone: in `Trường THPT
 * Chuyên Lê Quý Đôn`, `Công ty Việt Á`, the name after them is no person (folded).
 */
export const INSTITUTION_WORDS = new Set(
  [
    'Trường',
    'THPT',
    'THCS',
    'Chuyên',
    'Đại học',
    'Học viện',
    'Bệnh viện',
    'Công ty',
    'Tập đoàn',
    'Nhà máy',
    'Quỹ',
    'Giải',
    'Huân chương',
    'Phố',
    'Đường',
    'Quận',
    'Huyện',
    'Phường',
    'Xã',
    'Tỉnh',
    'Cầu',
    'Cung',
    'Nhà',
    'Khu',
    'Sân',
    'Chợ',
    'Bảo tàng',
    'Lăng',
    'Thư viện',
    'Tượng đài',
  ].map(fold),
);

/** Words before a capitalised run that make it a place or a thing, not a person. */
export const PLACE_BEFORE =
  /(?:^|\s)(?:quận|huyện|phường|xã|thị xã|thị trấn|tỉnh|thành phố|tp\.?|phố|đường|ngõ|ngách|thôn|làng|cầu|sông|hồ|chợ|khu|tòa|tư tưởng|bảo tàng|lăng|trường|đại học|bệnh viện|công viên|quảng trường|sân bay|ga|cụm|tổ dân phố|số nhà|di tích|đền|chùa|nhà thờ|giải|huân chương|phong trào|cuộc thi|lễ hội|bộ|sở|ban|viện|công ty|tập đoàn|tổng công ty|hợp tác xã|nhà máy|dự án|tuyến|khu đô thị|giáo sư|mang tên|đội|câu lạc bộ)\s*$/iu;

/** Words right before a name that mark a person: `ông`, `bà`, `đồng chí`, `đ/c`. */
export const PERSON_BEFORE = /(?:^|[\s(,;:])(?:ông|bà|đồng chí|đ\/c|anh|chị|cô|thầy|tân)\s*$/iu;
