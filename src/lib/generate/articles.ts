/**
 * Varied Vietnamese news articles for the build benchmark, from templates: seven outlets' page
 * furniture and publication-line forms, conferences with chairs and attendance, documents with
 * codes, issue dates and implementing plans, leadership changes taken from a generated roster, and
 * related-article teasers glued to the end. Deterministic for a seed; article `i` depends only on
 * the seed and `i`, so the first thousand of ten thousand are the thousand of a smaller run.
 */
import { dayNumber, FIRST_DAY, LAST_DAY, pad2, weekday, ymd } from './calendar';
import {
  AUTHORS,
  BODY_SENTENCES,
  CONFERENCE_KINDS,
  DISTRICTS,
  ORGANIZERS,
  QUOTES,
  RURAL_DISTRICTS,
  STREETS,
  SUBJECTS,
  TOPICS,
  WARDS,
} from './pools';
import { createRandom, type Random } from './random';
import {
  buildRoster,
  makePerson,
  rankOf,
  type GenPerson,
  type OfficeChange,
  type Roster,
} from './roster';

export interface GeneratedArticle {
  file: string;
  text: string;
}

type Outlet = 'antd' | 'ndo' | 'hnm' | 'vov' | 'ngaydang' | 'ktdt' | 'gmt' | 'undated';
const OUTLETS: readonly Outlet[] = ['antd', 'ndo', 'hnm', 'vov', 'ngaydang', 'ktdt', 'gmt'];
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const MIN_BYTES = 2048;
const MAX_BYTES = 8192;

/** Bytes of `text` in UTF-8, without Node's Buffer (this module also runs in the browser). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

const dm = (day: number, sep: string) => {
  const d = ymd(day);
  return `${d.day}${sep}${d.month}`;
};
const dmy = (day: number, sep: string) => `${dm(day, sep)}${sep}${ymd(day).year}`;
const time = (rng: Random) => `${pad2(rng.int(6, 21))}:${pad2(rng.int(0, 59))}`;
const full = (day: number) => {
  const d = ymd(day);
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
};
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A working day near `day`: conferences rarely fall on a Sunday. */
function workingDay(day: number): number {
  const w = weekday(day);
  return w === 0 ? day + 1 : w === 6 ? day - 1 : day;
}

/** How the lead paragraph dates the event, relative to the publication day. */
function eventDatePhrase(rng: Random, day: number, published: number | null): string {
  const sameDay = published === day;
  const forms = sameDay
    ? [
        `Sáng nay (${dm(day, '/')})`,
        `${rng.int(8, 10)}h sáng nay (${dm(day, '-')})`,
        `Chiều nay (${dm(day, '/')})`,
        `Ngày ${dm(day, '/')}`,
      ]
    : [
        `Ngày ${dm(day, '/')}`,
        `Sáng ${dm(day, '/')}`,
        `Chiều ${dm(day, '-')}`,
        `Ngày ${dm(day, '-')}`,
        `Sáng ${dm(day, '-')}`,
      ];
  if (published === null || rng.chance(0.15)) {
    const d = ymd(day);
    return rng.pick([
      `Ngày ${dmy(day, '/')}`,
      `Ngày ${dmy(day, '-')}`,
      `Ngày ${d.day} tháng ${d.month} năm ${d.year}`,
    ]);
  }
  return rng.pick(forms);
}

interface Doc {
  code: string;
  type: string;
  issued: number;
}

const XVII_CONGRESS = dayNumber('2020-10-13');
const XVI_CONGRESS = dayNumber('2015-10-15');

/**
 * A party document's number restarts with each term; deriving it from the issue day makes one code
 * name one document across the whole corpus (two articles citing `812-CT/TU` agree on its date).
 */
function partyDoc(abbr: string, type: string, issued: number): Doc {
  const termStart = issued >= XVII_CONGRESS ? XVII_CONGRESS : XVI_CONGRESS;
  return { code: `${issued - termStart + 1}-${abbr}/TU`, type, issued };
}

function chain(roster: Roster, person: GenPerson, day: number): string {
  const offices = roster.officesOf(person, day);
  const rank = offices[0] ? rankOf(offices[0]) : null;
  return [person.name, ...(rank ? [rank] : []), ...offices].join(', ');
}

function titled(roster: Roster, person: GenPerson, day: number): string {
  return `${roster.officesOf(person, day)[0] ?? ''} ${person.name}`.trim();
}

function publicationLines(
  rng: Random,
  outlet: Outlet,
  pub: number,
  author: string,
): { top: string[]; dateline: string; bottom: string[] } {
  const views = thousands(rng.int(120, 25000));
  switch (outlet) {
    case 'antd':
      return {
        top: [`  • ${full(pub)} ${time(rng)}`, '  • 0 bình luận', `  • ${author}`, '  • In bài'],
        dateline: 'ANTD.VN - ',
        bottom: [],
      };
    case 'ndo':
      return {
        top: ['', `${WEEKDAYS[weekday(pub)]}, ${full(pub)} - ${time(rng)}`, '', 'NDO -', ''],
        dateline: '',
        bottom: ['', author],
      };
    case 'hnm':
      return {
        top: ['', `${full(pub)} ${time(rng)} | Lượt xem: ${views}`, ''],
        dateline: '(HNM) - ',
        bottom: ['', author],
      };
    case 'vov':
      return {
        top: ['', `${time(rng)}, ${full(pub)}`, ''],
        dateline: 'VOV.VN - ',
        bottom: ['', `${author}/VOV.VN`],
      };
    case 'ngaydang':
      return {
        top: [`Ngày đăng ${full(pub)} | ${time(rng)}  | Lượt xem: ${rng.int(100, 20000)}`, ''],
        dateline: '',
        bottom: [],
      };
    case 'ktdt':
      return {
        top: ['', `Cập nhật: ${time(rng)} - ${full(pub)}`, ''],
        dateline: '',
        bottom: ['', author, 'Theo Kinh tế & Đô thị'],
      };
    case 'gmt':
      return {
        top: ['', `${WEEKDAYS[weekday(pub)]}, ${full(pub)} - ${time(rng)} (GMT+7)`, ''],
        dateline: '',
        bottom: ['', `${author} - TTXVN`],
      };
    case 'undated':
      return { top: [''], dateline: '', bottom: ['', author] };
  }
}

interface HeadlineSlots {
  topic: string;
  head: string;
  place: string;
  secretary: GenPerson;
  reporter: GenPerson;
  code: string | null;
  year: number;
  sites: number;
  delegates: number;
}

// Every form combines at least three slots with many values, so that ten thousand articles rarely
// share a headline (the benchmark must not be flattered by a compiler that caches by title).
function headline(rng: Random, s: HeadlineSlots): string {
  const forms = [
    `${capitalize(s.place)} ${s.head} ${s.topic} năm ${s.year}`,
    `Hà Nội: ${capitalize(s.head)} ${s.topic} tại ${s.place} với ${s.sites} điểm cầu`,
    `Bí thư Thành ủy ${s.secretary.name} chủ trì hội nghị về ${s.topic} tại ${s.place} năm ${s.year}`,
    `${capitalize(s.topic)}: ${rng.pick(['siết chặt', 'nâng cao', 'đẩy mạnh', 'tạo chuyển biến về'])} ${rng.pick(['trách nhiệm người đứng đầu', 'kỷ cương', 'hiệu quả', 'chất lượng'])} ở ${s.place} năm ${s.year}`,
    `${capitalize(s.place)}: ${s.head} ${s.topic}, ${rng.pick(['khắc phục bệnh hình thức', 'không để nợ đọng việc', 'gắn trách nhiệm người đứng đầu', 'lấy dân làm gốc'])}`,
    `${thousands(s.delegates)} đại biểu dự hội nghị ${s.head} ${s.topic}`,
    s.code
      ? `Hà Nội ${s.head} Chỉ thị ${s.code} về ${s.topic} tại ${s.place}`
      : `${s.reporter.name}: ${s.topic} ở ${s.place} cần ${rng.pick(['giải pháp đột phá', 'người đứng đầu gương mẫu', 'sự vào cuộc của cả hệ thống'])}`,
    `${capitalize(s.reporter.honorific)} ${s.reporter.name}: ${rng.pick(QUOTES)} trong ${s.topic} ở ${s.place}`,
  ];
  return rng.pick(forms);
}

function leadershipParagraph(
  rng: Random,
  change: OfficeChange,
  organizer: string,
): { text: string; headline: string } {
  const { to, from, office } = change;
  // The same change is told the same way by every outlet (an election stays an election).
  const form = (office.length + change.day) % 3;
  const tail = rng.pick([
    '',
    ` từ ngày ${dmy(change.day, '/')}`,
    `, thay ${from.honorific} ${from.name}`,
    ` nhiệm kỳ 2020 - 2025`,
    `: ${rng.pick(['tiếp tục đổi mới', 'kỳ vọng tạo đột phá', 'đoàn kết, trách nhiệm', 'nhận nhiệm vụ mới'])}`,
  ]);
  if (form === 0)
    return {
      text: `Tại hội nghị, với sự nhất trí cao, ${to.honorific} ${to.name} đã được bầu giữ chức ${office}, thay ${from.honorific} ${from.name} nhận nhiệm vụ mới.`,
      headline: `${capitalize(to.honorific)} ${to.name} được bầu giữ chức ${office}${tail}`,
    };
  if (form === 1)
    return {
      text: `${organizer} đã công bố quyết định phân công ${to.honorific} ${to.name} giữ chức ${office}; ${from.honorific} ${from.name} thôi giữ chức ${office} để nhận nhiệm vụ mới.`,
      headline: `Công bố quyết định phân công ${to.name} giữ chức ${office}${tail}`,
    };
  return {
    text: `Tại hội nghị, lãnh đạo thành phố đã trao quyết định bổ nhiệm ${to.honorific} ${to.name} giữ chức ${office} kể từ ngày ${dmy(change.day, '/')}.`,
    headline: `Bổ nhiệm ${to.name} giữ chức ${office}${tail}`,
  };
}

const DEPARTMENTS = [
  'Nội vụ',
  'Tài chính',
  'Xây dựng',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Quy hoạch - Kiến trúc',
  'Giao thông vận tải',
  'Tài nguyên và Môi trường',
  'Công Thương',
  'Văn hóa và Thể thao',
];

/**
 * A third of leadership stories follow the roster (coherent tenures of the city's offices); the
 * rest appoint someone new to a deputy office, as most such news does.
 */
function pickChange(rng: Random, roster: Roster): OfficeChange {
  if (rng.chance(0.35)) return rng.pick(roster.changes);
  const office = rng.pick([
    `Phó Giám đốc Sở ${rng.pick(DEPARTMENTS)}`,
    `Giám đốc Sở ${rng.pick(DEPARTMENTS)}`,
    `Phó Chủ tịch UBND quận ${rng.pick(DISTRICTS)}`,
    `Phó Chủ tịch UBND huyện ${rng.pick(RURAL_DISTRICTS)}`,
    `Phó Bí thư Quận ủy ${rng.pick(DISTRICTS)}`,
  ]);
  const names = new Set<string>();
  return {
    office,
    from: makePerson(rng, names),
    to: makePerson(rng, names),
    day: workingDay(rng.int(FIRST_DAY, LAST_DAY)),
  };
}

function generateOne(roster: Roster, seed: number, index: number): GeneratedArticle {
  const rng = createRandom((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  const leadershipStory = rng.chance(0.12) ? pickChange(rng, roster) : null;
  const day = leadershipStory ? leadershipStory.day : workingDay(rng.int(FIRST_DAY, LAST_DAY));
  const outlet: Outlet = rng.chance(0.03) ? 'undated' : rng.pick(OUTLETS);
  const published = outlet === 'undated' ? null : day + (rng.chance(0.35) ? 1 : 0);
  const author = rng.pick(AUTHORS);
  const directive = rng.chance(0.7) ? partyDoc('CT', 'Chỉ thị', day - rng.int(3, 60)) : null;
  // A directive's subject follows from its code, so every article citing it agrees.
  const subjectIndex = directive
    ? directive.issued % SUBJECTS.length
    : rng.int(0, SUBJECTS.length - 1);
  const subject = SUBJECTS[subjectIndex]!;
  const topic = TOPICS[subjectIndex]!;
  const conference = rng.pick(CONFERENCE_KINDS);
  const organizer = rng.pick(ORGANIZERS);
  const place = rng.chance(0.6)
    ? `quận ${rng.pick(DISTRICTS)}`
    : `huyện ${rng.pick(RURAL_DISTRICTS)}`;
  const secretary = roster.holderOn('Bí thư Thành ủy Hà Nội', day);
  const chair = rng.chance(0.6)
    ? secretary
    : roster.holderOn(
        rng.pick([
          'Phó Bí thư Thường trực Thành ủy',
          'Chủ tịch UBND Thành phố',
          'Chủ tịch HĐND Thành phố',
        ]),
        day,
      );
  const reporter = roster.holderOn(rng.pick(roster.offices.slice(3, 12)), day);
  const sites = rng.int(30, 700);
  const delegates = rng.int(300, 40000);

  const plan =
    directive && rng.chance(0.5)
      ? partyDoc('KH', 'Kế hoạch', Math.min(directive.issued + rng.int(2, 10), day - 1))
      : null;
  const docRef = directive
    ? `${directive.type} số ${directive.code} ngày ${dmy(directive.issued, '/')} của Ban Thường vụ Thành ủy về ${subject}`
    : `nhiệm vụ ${subject}`;

  const paragraphs: string[] = [];
  const datePhrase = eventDatePhrase(rng, day, published);
  paragraphs.push(
    `${datePhrase}, ${organizer} tổ chức ${conference.name} ${docRef}. Đồng chí ${chain(roster, chair, day)} chủ trì hội nghị.`,
  );
  if (rng.chance(0.5)) {
    const caption = `${titled(roster, chair, day)} phát biểu tại hội nghị${rng.chance(0.3) ? `. Ảnh: ${rng.pick(AUTHORS)}` : ''}`;
    paragraphs.push(`${caption}\n${caption}`);
  }
  if (rng.chance(0.7))
    paragraphs.push(
      rng.chance(0.5)
        ? `Hội nghị được tổ chức trực tiếp tại điểm cầu Thành ủy và trực tuyến tới ${sites} điểm cầu với ${thousands(delegates)} đại biểu tham dự.`
        : `Hội nghị được kết nối tới ${sites} điểm cầu với trên ${thousands(delegates)} cán bộ, đảng viên tham dự.`,
    );
  const leadership = leadershipStory ? leadershipParagraph(rng, leadershipStory, organizer) : null;
  if (leadership) paragraphs.push(leadership.text);
  paragraphs.push(
    `Báo cáo tại hội nghị, ${titled(roster, reporter, day)} cho biết, ${rng.pick(BODY_SENTENCES).replace(/^./, (c) => c.toLowerCase())} ${rng.pick(BODY_SENTENCES)}`,
  );
  if (plan && directive)
    paragraphs.push(
      `Thực hiện ${directive.type} số ${directive.code}, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số ${plan.code} ngày ${dmy(plan.issued, '/')} thực hiện ${directive.type} số ${directive.code}, giao các cấp ủy cụ thể hóa bằng chương trình hành động sát với thực tiễn.`,
    );
  if (rng.chance(0.3))
    paragraphs.push(
      `UBND Thành phố đã ban hành Quyết định số ${rng.int(100, 6999)}/QĐ-UBND ngày ${dmy(day - rng.int(5, 90), '/')} về ${rng.pick(SUBJECTS)}, thực hiện theo Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư.`,
    );
  if (rng.chance(0.3))
    paragraphs.push(
      `Các cấp ủy gắn nhiệm vụ này với việc thực hiện Kết luận số ${rng.int(1, 120)}-KL/TW của Bộ Chính trị và Nghị quyết Đại hội XIII của Đảng, phấn đấu hoàn thành các mục tiêu nhiệm kỳ 2020 - 2025.`,
    );
  if (rng.chance(0.3))
    paragraphs.push(
      `Tại ${place}, nhiều mô hình hay đã được nhân rộng; phường ${rng.pick(WARDS)} và các tuyến phố như phố ${rng.pick(STREETS)} được đánh giá là điểm sáng trong giai đoạn 2016-2020 và hiện nay.`,
    );
  if (outlet === 'undated')
    paragraphs.push(
      `Năm ${ymd(day).year} là năm có ý nghĩa quan trọng đối với việc thực hiện các nhiệm vụ chính trị của Thủ đô.`,
    );

  const target = rng.int(MIN_BYTES + 300, MAX_BYTES - 1200);
  const head =
    leadership?.headline ??
    headline(rng, {
      topic,
      head: conference.head,
      place,
      secretary,
      reporter,
      code: directive?.code ?? null,
      year: ymd(day).year,
      sites,
      delegates,
    });
  const frame = publicationLines(rng, outlet, published ?? day, author);
  let size = utf8Length(head) + paragraphs.reduce((n, p) => n + utf8Length(p) + 2, 0) + 400;
  while (size < target) {
    const p = rng.sample(BODY_SENTENCES, rng.int(2, 4)).join(' ');
    paragraphs.splice(rng.int(2, paragraphs.length), 0, p);
    size += utf8Length(p) + 2;
  }
  const closer =
    chair === secretary ? `Bí thư Thành ủy ${chair.name}` : `${chair.honorific} ${chair.name}`;
  paragraphs.push(
    `Phát biểu kết luận, ${closer} nhấn mạnh: “${rng.pick(QUOTES)}”. ${capitalize(chair.honorific)} ${chair.given} đề nghị các đơn vị khẩn trương triển khai, báo cáo kết quả trước ngày ${dm(day + rng.int(20, 60), '/')}.`,
  );

  const lines: string[] = [];
  if (outlet === 'ngaydang') lines.push('Công tác đảng Công tác đảng', '');
  lines.push(head, ...frame.top);
  const [lead, ...rest] = paragraphs;
  lines.push(`${frame.dateline}${lead}`, '');
  for (const p of rest) lines.push(p, '');
  lines.push(...frame.bottom);
  if (rng.chance(0.4)) {
    const teaserDay = workingDay(rng.int(FIRST_DAY, LAST_DAY));
    lines.push(
      '',
      rng.pick(['Tin cùng chuyên mục', 'Tin liên quan']),
      '',
      `Hà Nội ${rng.pick(CONFERENCE_KINDS).head} ${rng.pick(TOPICS)} tại ${rng.pick(DISTRICTS)}`,
      `Sáng ${dm(teaserDay, '-')}, ${rng.pick(ORGANIZERS)} đã tổ chức ${rng.pick(CONFERENCE_KINDS).name} về ${rng.pick(SUBJECTS)}...`,
    );
  } else if (rng.chance(0.3)) lines.push('', 'In bài', '0 bình luận');
  const slug = String(index).padStart(5, '0');
  return { file: `${slug}_${outlet}.txt`, text: lines.join('\n') + '\n' };
}

export function generateArticles(count: number, seed: number): GeneratedArticle[] {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('count must be a non-negative integer');
  const roster = buildRoster(createRandom(seed));
  return Array.from({ length: count }, (_, i) => generateOne(roster, seed, i));
}
