/**
 * A synthetic timeline dataset for the app's speed work (issue 6): thousands of events with
 * realistic Vietnamese titles and summaries, people with tenures taken from a generated roster,
 * documents with codes, terms and `implements` links, leadership changes (stated or inferred
 * windows), attendance and quoted sources. Dates are spread UNEVENLY over 2019-2023: most fall in
 * dense bursts (a congress week holds hundreds), as a newsroom's archive does. Deterministic.
 */
import { labelFromTitle } from '../dataset/label-fallback';
import {
  DEFAULT_RANGE,
  SCHEMA_VERSION,
  type Attendance,
  type Dataset,
  type DocumentRecord,
  type LeadershipChange,
  type Person,
  type Precision,
  type Source,
  type SourceRef,
  type TimelineEvent,
} from '../dataset/types';
import { dayNumber, FIRST_DAY, isoDay, LAST_DAY, pad2, weekday, ymd } from './calendar';
import {
  AUTHORS,
  BODY_SENTENCES,
  CONFERENCE_KINDS,
  DISTRICTS,
  ORGANIZERS,
  QUOTES,
  RURAL_DISTRICTS,
  SUBJECTS,
  TOPICS,
} from './pools';
import { createRandom, type Random } from './random';
import { buildRoster, makePerson, rankOf, type GenPerson, type Roster } from './roster';
import { IdPool, slug } from './slug';

export interface DatasetOptions {
  events: number;
  seed: number;
}

const OUTLETS = ['ANTD.VN', 'NDO', 'HNM', 'VOV.VN', 'Kinh tế & Đô thị', 'TTXVN', null] as const;
const XVII_CONGRESS = dayNumber('2020-10-12');
const SUMMARY_LENGTH = 400;

/** Share of events in the biggest burst (the city party congress week): the bench's worst case. */
const CONGRESS_SHARE = 0.1;
/** Share of events in the other bursts; the rest are spread evenly. */
const BURST_SHARE = 0.45;

interface Burst {
  start: number;
  width: number;
  weight: number;
}

function makeBursts(rng: Random): Burst[] {
  return Array.from({ length: 16 }, () => ({
    start: rng.int(FIRST_DAY, LAST_DAY - 7),
    width: rng.int(1, 7),
    weight: 0.2 + rng.next(),
  }));
}

function pickDay(rng: Random, bursts: Burst[], totalWeight: number): number {
  const r = rng.next();
  if (r < CONGRESS_SHARE) return XVII_CONGRESS - 2 + rng.int(0, 4);
  if (r < CONGRESS_SHARE + BURST_SHARE) {
    let w = rng.next() * totalWeight;
    for (const b of bursts) {
      w -= b.weight;
      if (w <= 0) return b.start + rng.int(0, b.width - 1);
    }
  }
  const day = rng.int(FIRST_DAY, LAST_DAY);
  // Party and city business happens on working days.
  return weekday(day) === 0 ? Math.min(day + 1, LAST_DAY) : day;
}

const dm = (day: number) => `${ymd(day).day}/${ymd(day).month}`;
const dmy = (day: number) => `${dm(day)}/${ymd(day).year}`;
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const termOf = (day: number) => (day >= XVII_CONGRESS ? '2020-2025' : '2015-2020');

/** Cuts at a word so the summary stays near SUMMARY_LENGTH characters. */
function fit(text: string, max = SUMMARY_LENGTH + 40): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

class DatasetBuilder {
  readonly rng: Random;
  readonly roster: Roster;
  readonly people = new Map<GenPerson, Person>();
  readonly personIds = new IdPool();
  readonly eventIds = new IdPool();
  readonly sourceIds = new IdPool();
  readonly documentIds = new IdPool();
  readonly sources: Source[] = [];
  readonly documents: DocumentRecord[] = [];
  readonly events: TimelineEvent[] = [];
  /** Next number of each party document type in each term: numbering restarts with a term. */
  readonly counters = new Map<string, number>();
  /** Recent directives a conference can disseminate. */
  readonly directives: DocumentRecord[] = [];

  constructor(seed: number) {
    this.rng = createRandom(seed);
    this.roster = buildRoster(createRandom(seed ^ 0x5bd1e995));
  }

  person(p: GenPerson, title: string, day: number): string {
    let record = this.people.get(p);
    if (!record) {
      record = { id: this.personIds.take(slug(p.name)), name: p.name, roles: [] };
      this.people.set(p, record);
    }
    const iso = isoDay(day);
    const role = record.roles.find((r) => r.title === title);
    if (!role) record.roles.push({ title, firstSeen: iso, lastSeen: iso });
    else {
      // The generator dates every sighting.
      if (iso < role.firstSeen!) role.firstSeen = iso;
      if (iso > role.lastSeen!) role.lastSeen = iso;
    }
    return record.id;
  }

  source(day: number, title: string, quote: string): SourceRef {
    const rng = this.rng;
    const outlet = rng.pick(OUTLETS);
    const printed = rng.chance(0.97);
    const published = printed || rng.chance(0.5) ? isoDay(day + (rng.chance(0.3) ? 1 : 0)) : null;
    const id = this.sourceIds.take(`${isoDay(day)}-${slug(outlet ?? 'bao', 12)}`);
    this.sources.push({
      id,
      file: `${id}.txt`,
      title,
      outlet,
      author: rng.chance(0.8) ? rng.pick(AUTHORS) : null,
      published,
      publishedInferred: published !== null && !printed,
    });
    return { source: id, quote, line: rng.int(3, 40) };
  }

  partyDocument(abbr: string, type: string, day: number, subject: string): DocumentRecord {
    const term = termOf(day);
    const key = `${abbr}/${term}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const code = `${n}-${abbr}/TU`;
    const doc: DocumentRecord = {
      id: this.documentIds.take(`${slug(code)}-${term}`),
      code,
      type,
      title: `về ${subject}`,
      issuer: 'Thành ủy Hà Nội',
      issued: isoDay(day),
      term,
    };
    this.documents.push(doc);
    return doc;
  }

  addEvent(e: Omit<TimelineEvent, 'id' | 'label'>): void {
    this.events.push({
      id: this.eventIds.take(`${e.date}-${slug(e.title, 70)}`),
      ...e,
      label: labelFromTitle(e.title),
    });
  }

  officialsOn(day: number, count: number): { person: GenPerson; office: string }[] {
    const offices = this.rng.sample(this.roster.offices, count);
    return offices.map((office) => ({ person: this.roster.holderOn(office, day), office }));
  }

  conference(day: number): void {
    const rng = this.rng;
    const subjectIndex = rng.int(0, SUBJECTS.length - 1);
    const kind = rng.pick(CONFERENCE_KINDS);
    const organizer = rng.pick(ORGANIZERS);
    const chairOffice = rng.pick([
      'Bí thư Thành ủy Hà Nội',
      'Bí thư Thành ủy Hà Nội',
      'Phó Bí thư Thường trực Thành ủy',
      'Chủ tịch UBND Thành phố',
    ]);
    const chair = this.roster.holderOn(chairOffice, day);
    const others = this.officialsOn(day, rng.int(0, 3)).filter((o) => o.person !== chair);
    // Events are built in date order, so every directive seen so far is already issued.
    const recent = this.directives.slice(-5);
    const doc = recent.length > 0 && rng.chance(0.5) ? rng.pick(recent) : null;
    const topic = TOPICS[subjectIndex]!;
    const place = rng.chance(0.5)
      ? `quận ${rng.pick(DISTRICTS)}`
      : `huyện ${rng.pick(RURAL_DISTRICTS)}`;
    const title = doc
      ? `${capitalize(kind.head)} ${doc.type} ${doc.code} ${doc.title ?? ''}`.trim()
      : `${capitalize(kind.head)} ${topic} tại ${place}`;
    const sites = rng.int(30, 700);
    const delegates = rng.int(300, 40000);
    const attendance: Attendance[] = rng.chance(0.6)
      ? [
          { count: sites, unit: 'điểm cầu', text: `${sites} điểm cầu`, approximate: false },
          {
            count: delegates,
            unit: 'đại biểu',
            text: `trên ${thousands(delegates)} đại biểu`,
            approximate: true,
          },
        ]
      : [];
    const chairText = `đồng chí ${[chair.name, rankOf(chairOffice), chairOffice].filter(Boolean).join(', ')}`;
    const lead = `Ngày ${dm(day)}, ${organizer} tổ chức ${kind.name} ${doc ? `${doc.type} số ${doc.code} ${doc.title}` : `nhiệm vụ ${SUBJECTS[subjectIndex]}`}, do ${chairText} chủ trì.`;
    const summary = fit(
      [
        lead,
        attendance.length
          ? `Hội nghị được kết nối tới ${sites} điểm cầu với trên ${thousands(delegates)} đại biểu tham dự.`
          : '',
        ...rng.sample(BODY_SENTENCES, 2),
        `${capitalize(chair.honorific)} ${chair.given} nhấn mạnh: “${rng.pick(QUOTES)}”.`,
      ]
        .filter(Boolean)
        .join(' '),
    );
    const people = [
      this.person(chair, chairOffice, day),
      ...others.map((o) => this.person(o.person, o.office, day)),
    ];
    const sources = Array.from({ length: rng.chance(0.25) ? rng.int(2, 4) : 1 }, () =>
      this.source(day, title, lead),
    );
    this.addEvent({
      kind: 'event',
      ...this.precise(day),
      title,
      summary,
      people,
      documents: doc ? [doc.id] : [],
      sources,
      roles: [
        { person: people[0]!, titles: [chairOffice] },
        ...others.map((o, i) => ({ person: people[i + 1]!, titles: [o.office] })),
      ],
      chairs: [people[0]!],
      ...(attendance.length ? { attendance } : {}),
      ...(doc ? { disseminates: [doc.id] } : {}),
    });
  }

  /** Most events are dated to the day; a few to a month, a quarter or a year, as articles print them. */
  precise(
    day: number,
  ): Pick<TimelineEvent, 'date' | 'endDate' | 'precision' | 'dateInferred' | 'dateBasis'> {
    const { year, month } = ymd(day);
    const r = this.rng.next();
    if (r < 0.04)
      return { date: `${year}-${pad2(month)}`, precision: 'month', dateInferred: false };
    if (r < 0.06) {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      const last = first + 2;
      const next = last === 12 ? `${year + 1}-01-01` : `${year}-${pad2(last + 1)}-01`;
      return {
        date: `${year}-${pad2(first)}`,
        endDate: isoDay(dayNumber(next) - 1),
        precision: 'quarter' as Precision,
        dateInferred: false,
      };
    }
    if (r < 0.075) return { date: String(year), precision: 'year', dateInferred: false };
    if (r < 0.09)
      return {
        date: isoDay(day),
        precision: 'day',
        dateInferred: true,
        dateBasis: `Bài báo không ghi năm; năm ${year} suy ra từ nội dung.`,
      };
    return { date: isoDay(day), precision: 'day', dateInferred: false };
  }

  directive(day: number): void {
    const rng = this.rng;
    const subjectIndex = rng.int(0, SUBJECTS.length - 1);
    const subject = SUBJECTS[subjectIndex]!;
    const parent =
      this.directives.length > 0 && rng.chance(0.35) ? rng.pick(this.directives.slice(-8)) : null;
    const [abbr, type] = parent
      ? (['KH', 'Kế hoạch'] as const)
      : rng.pick([
          ['CT', 'Chỉ thị'],
          ['CT', 'Chỉ thị'],
          ['NQ', 'Nghị quyết'],
          ['CTr', 'Chương trình'],
          ['KL', 'Kết luận'],
          ['QĐ', 'Quyết định'],
        ] as const);
    const doc = this.partyDocument(
      abbr,
      type,
      day,
      parent ? `thực hiện ${parent.type} số ${parent.code}` : subject,
    );
    if (parent) doc.implements = [parent.id];
    else this.directives.push(doc);
    const signer = this.roster.holderOn(
      rng.chance(0.7) ? 'Bí thư Thành ủy Hà Nội' : 'Phó Bí thư Thường trực Thành ủy',
      day,
    );
    const signerOffice = this.roster.officesOf(signer, day)[0] ?? 'Bí thư Thành ủy Hà Nội';
    const title = `Ban hành ${type} ${doc.code} ${doc.title}`;
    const quote = `Ngày ${dmy(day)}, Ban Thường vụ Thành ủy Hà Nội ban hành ${type} số ${doc.code} ${doc.title}.`;
    const summary = fit(
      `${quote} ${type} do ${signerOffice} ${signer.name} ký, yêu cầu các cấp ủy, tổ chức đảng quán triệt, cụ thể hóa bằng chương trình, kế hoạch sát với thực tiễn. ${rng.sample(BODY_SENTENCES, 3).join(' ')}`,
    );
    this.addEvent({
      kind: 'directive',
      ...this.precise(day),
      title,
      summary,
      people: [this.person(signer, signerOffice, day)],
      documents: [doc.id, ...(doc.implements ?? [])],
      sources: [this.source(day, title, quote)],
    });
  }

  leadership(day: number, changeIndex: number | null): void {
    const rng = this.rng;
    const names = new Set<string>();
    const rosterChange = changeIndex === null ? null : this.roster.changes[changeIndex]!;
    const office =
      rosterChange?.office ??
      rng.pick([
        `Phó Chủ tịch UBND quận ${rng.pick(DISTRICTS)}`,
        `Phó Bí thư Huyện ủy ${rng.pick(RURAL_DISTRICTS)}`,
        `Giám đốc Sở ${rng.pick(['Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế', 'Công Thương'])}`,
      ]);
    const from = rosterChange?.from ?? makePerson(rng, names);
    const to = rosterChange?.to ?? makePerson(rng, names);
    const change: LeadershipChange = rosterChange
      ? rng.pick(['election', 'assignment', 'appointment', 'succession'] as const)
      : rng.pick(['appointment', 'appointment', 'election', 'suspension', 'dismissal'] as const);
    const fromId = this.person(from, office, Math.max(FIRST_DAY, day - rng.int(30, 400)));
    const toId =
      change === 'suspension' || change === 'dismissal' ? null : this.person(to, office, day);
    const verb = {
      election: 'được bầu giữ chức',
      assignment: 'được phân công giữ chức',
      appointment: 'được bổ nhiệm giữ chức',
      succession: 'thay giữ chức',
      suspension: 'bị đình chỉ công tác',
      dismissal: 'bị cách chức',
    }[change];
    const subject = toId ? to : from;
    const title = toId ? `${subject.name} ${verb} ${office}` : `${office} ${from.name} ${verb}`;
    const quote = toId
      ? `Ngày ${dm(day)}, ${subject.honorific} ${subject.name} ${verb} ${office}, thay ${from.honorific} ${from.name} nhận nhiệm vụ mới.`
      : `Ngày ${dm(day)}, ${from.honorific} ${from.name}, ${office}, ${verb} để kiểm điểm trách nhiệm.`;
    // A change the articles never state is dated by the window between the last sighting of the
    // old holder and the first of the new one (how the compiler infers it).
    const inferred = change === 'succession';
    const windowStart = Math.max(FIRST_DAY, day - rng.int(20, 200));
    const when = inferred
      ? {
          date: isoDay(windowStart),
          endDate: isoDay(day),
          precision: 'day' as Precision,
          dateInferred: true,
          dateBasis: `Lần cuối thấy ${from.name} giữ chức ngày ${dmy(windowStart)}, lần đầu thấy ${to.name} ngày ${dmy(day)}.`,
        }
      : this.precise(day);
    this.addEvent({
      kind: 'leadership',
      ...when,
      title,
      summary: fit(`${quote} ${rng.sample(BODY_SENTENCES, 3).join(' ')}`),
      people: toId ? [toId, fromId] : [fromId],
      documents: [],
      sources: [this.source(day, title, quote)],
      office,
      fromPerson: fromId,
      ...(toId ? { toPerson: toId } : {}),
      change,
    });
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generateDataset({ events, seed }: DatasetOptions): Dataset {
  if (!Number.isInteger(events) || events < 0)
    throw new RangeError('events must be a non-negative integer');
  const b = new DatasetBuilder(seed);
  const rng = b.rng;
  const bursts = makeBursts(rng);
  const totalWeight = bursts.reduce((n, x) => n + x.weight, 0);
  // Every roster change inside the range is one leadership event (when there is room for it).
  const inRange = b.roster.changes.flatMap((c, i) =>
    c.day >= FIRST_DAY && c.day <= LAST_DAY ? [i] : [],
  );
  const rosterEvents = inRange.slice(0, Math.floor(events * 0.1));
  const plan: { day: number; kind: 'event' | 'directive' | 'leadership'; change: number | null }[] =
    rosterEvents.map((i) => ({ day: b.roster.changes[i]!.day, kind: 'leadership', change: i }));
  while (plan.length < events) {
    const r = rng.next();
    const kind = r < 0.72 ? 'event' : r < 0.9 ? 'directive' : 'leadership';
    plan.push({ day: pickDay(rng, bursts, totalWeight), kind, change: null });
  }
  // Built in date order so conferences can disseminate directives already issued.
  plan.sort((x, y) => x.day - y.day);
  for (const p of plan) {
    if (p.kind === 'event') b.conference(p.day);
    else if (p.kind === 'directive') b.directive(p.day);
    else b.leadership(p.day, p.change);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    range: { ...DEFAULT_RANGE },
    sources: b.sources,
    events: b.events,
    people: [...b.people.values()],
    documents: b.documents,
  };
}
