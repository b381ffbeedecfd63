/**
 * The dataset contract shared by the build script (which writes it) and the app (which reads it).
 * Every field documented here is documented for users in the README's "Dataset format" section.
 */

/**
 * Version 2 added `label`, `reviewed` and `edited` to events and `url` to sources. The app and the
 * build still read version 1 files: a version 1 event's label is made from its title.
 */
export const SCHEMA_VERSION = 2;
/** Every version the validators read. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** The years this timeline covers; facts dated outside are left out and listed in the build report. */
export const DEFAULT_RANGE: DateRange = { start: '2019-01-01', end: '2023-12-31' };

export type EventKind = 'event' | 'leadership' | 'directive';
export const EVENT_KINDS: readonly EventKind[] = ['event', 'leadership', 'directive'];

/** How much of a date is known. `date` is `YYYY-MM-DD` (day), `YYYY-MM` (month; a quarter is its first month with `endDate` its last day) or `YYYY` (year). */
export type Precision = 'day' | 'month' | 'quarter' | 'year';
export const PRECISIONS: readonly Precision[] = ['day', 'month', 'quarter', 'year'];

export interface DateRange {
  /** ISO `YYYY-MM-DD`, inclusive. */
  start: string;
  /** ISO `YYYY-MM-DD`, inclusive. */
  end: string;
}

export interface Source {
  id: string;
  /** File name inside the seeds folder. */
  file: string;
  /** The article's headline (or its first sentence when it printed none). */
  title: string;
  outlet: string | null;
  author: string | null;
  /** Publication date `YYYY-MM-DD`, null when the article prints none. */
  published: string | null;
  /** True when `published` was not printed but inferred (see the events' `dateBasis`). */
  publishedInferred: boolean;
  /** The original article's address (`http:` or `https:`), when known. */
  url?: string;
}

export interface SourceRef {
  source: string;
  /**
   * A verbatim sentence of the source that supports the fact, as the compiler reads it: Unicode
   * NFC, line ends and odd spaces (NBSP, tabs) made plain, invisible controls removed.
   */
  quote: string;
  /** 1-based line of the quote in the source file. */
  line?: number;
  /** Substrings of `quote` that carry the fact (the date, the code, the name), for highlighting. */
  highlights?: string[];
}

export interface Attendance {
  count: number;
  /** What was counted, as written: `điểm cầu`, `đại biểu`, `cán bộ`. */
  unit: string;
  /** The words as printed, e.g. `trên 35.000 cán bộ`. */
  text: string;
  /** True for `trên`, `hơn`, `gần`, `khoảng`: the count is a bound, not exact. */
  approximate: boolean;
}

export interface EventRole {
  person: string;
  /** Titles the articles give this person in this event, canonical spelling. */
  titles: string[];
}

/**
 * How an office changed hands. `discipline` (version 2): a reprimand, a warning, removal from
 * office or expulsion from the Party (`khiển trách`, `cảnh cáo`, `cách chức`, `khai trừ`).
 */
export type LeadershipChange =
  | 'appointment'
  | 'election'
  | 'assignment'
  | 'suspension'
  | 'dismissal'
  | 'succession'
  | 'discipline';
export const LEADERSHIP_CHANGES: readonly LeadershipChange[] = [
  'appointment',
  'election',
  'assignment',
  'suspension',
  'dismissal',
  'succession',
  'discipline',
];

/**
 * The fields of an event the timeline draws, filters and links from: everything but its text and
 * evidence. The app loads these first (`timeline.core.json`), the rest when a card, a search or an
 * export needs it. (The same list, as a value, is `CORE_EVENT_FIELDS` in `core.ts`.)
 */
export type CoreEvent = Pick<
  TimelineEvent,
  | 'id'
  | 'kind'
  | 'date'
  | 'endDate'
  | 'precision'
  | 'dateInferred'
  | 'title'
  | 'label'
  | 'people'
  | 'documents'
  | 'disseminates'
  | 'office'
  | 'fromPerson'
  | 'toPerson'
  | 'change'
  | 'reviewed'
  | 'edited'
>;

export interface TimelineEvent {
  id: string;
  kind: EventKind;
  /** ISO date, as precise as `precision` says. For a window, its start. */
  date: string;
  /** Inclusive end of the window the event lies in (uncertain dates and spans). */
  endDate?: string;
  precision: Precision;
  dateInferred: boolean;
  /** Why the date is what it is, when it was inferred (human-readable, Vietnamese). */
  dateBasis?: string;
  /** The same reason as data, for the app to word in the reader's language (version 2). */
  dateReason?: DateReason;
  /** What happened, whole: never cut with `…`. */
  title: string;
  /**
   * A short label for marks, exports and slides: at most about 40 characters, telling the event
   * apart from its neighbours (`Quán triệt 24-CT/TU`, `Bầu CT UBND: Phan Văn Mãi`).
   */
  label: string;
  summary: string;
  people: string[];
  documents: string[];
  sources: SourceRef[];
  /** An editor checked this event (corrections file). */
  reviewed?: boolean;
  /** Fields an editor changed or set (corrections file), e.g. `["title", "date"]`. */
  edited?: string[];
  /** Titles of each person at the time of this event. */
  roles?: EventRole[];
  /** People who chaired the event. */
  chairs?: string[];
  attendance?: Attendance[];
  /** Documents that this event (a conference) disseminated or implemented. */
  disseminates?: string[];
  /** Leadership events: the office concerned (canonical title). */
  office?: string;
  /** Leadership events: who held the office before, and who after. */
  fromPerson?: string;
  toPerson?: string;
  change?: LeadershipChange;
  /** Discipline events: the measure taken. */
  sanction?: Sanction;
}

/**
 * A discipline measure (`change: 'discipline'`): `khiển trách` (reprimand), `cảnh cáo` (warning),
 * `cách chức` (removal from office), `khai trừ ra khỏi Đảng` (expulsion), `đề nghị khai trừ` (a
 * proposal to expel, not yet decided).
 */
export type Sanction = 'reprimand' | 'warning' | 'removal' | 'expulsion' | 'expulsion-proposed';
export const SANCTIONS: readonly Sanction[] = [
  'reprimand',
  'warning',
  'removal',
  'expulsion',
  'expulsion-proposed',
];

/**
 * Why an inferred date is what it is, as data the app words in its own language (`dateBasis` is
 * the same in Vietnamese, for exports and old readers):
 * - `publication-day`: the text gives no day; the article's publication day stands in.
 * - `year-from-text`: the text gives a day and month; the year is the one the text's other dated
 *   things (documents, terms, other dates) agree on.
 * - `window`: the change is not dated; articles show the old holder on `from` and the new one on
 *   `to`.
 */
export type DateReason =
  | { kind: 'publication-day'; published: string }
  | { kind: 'year-from-text'; year: number }
  | { kind: 'window'; from: string; to: string };
export const DATE_REASON_KINDS = ['publication-day', 'year-from-text', 'window'] as const;

export interface Role {
  /** Canonical title, e.g. `Bí thư Thành ủy Hà Nội`. */
  title: string;
  /**
   * First and last date (ISO) an article shows the person with this title; both null when only
   * articles that cannot be dated show it (version 2). Undated roles never bound a tenure or an
   * inferred change of office.
   */
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface Person {
  id: string;
  /** Full name, NFC, with diacritics. */
  name: string;
  roles: Role[];
}

export interface DocumentRecord {
  id: string;
  /** `24-CT/TU`, `30/2020/NĐ-CP`; null for a named document without a code. */
  code: string | null;
  /** `Chỉ thị`, `Kế hoạch`, `Chương trình`, `Kết luận`, `Nghị quyết`, `Quyết định`, … */
  type: string;
  /** The subject (`về tăng cường kỷ cương…`) or the name of an uncoded document. */
  title?: string;
  /** `Thành ủy Hà Nội`, `Ban Chấp hành Trung ương`, … */
  issuer?: string;
  /** ISO date of issue, null when unknown. */
  issued: string | null;
  /** The term or period the document belongs to (`2020-2025`), which tells apart re-used codes. */
  term?: string;
  /** Ids of documents this one carries out (a plan implementing a directive). */
  implements?: string[];
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  range: DateRange;
  sources: Source[];
  events: TimelineEvent[];
  people: Person[];
  documents: DocumentRecord[];
  /** Event ids published earlier that now resolve to another id (kept forever for old links). */
  aliases?: Record<string, string>;
}

/**
 * The core of a dataset: what the first draw needs. The build writes it beside `timeline.json` as
 * `timeline.core.json`, with its events as columns (see `core-file.ts`); at 10,000 events it is
 * a sixth of the full file, so it loads and validates within the first-draw budget; the full file
 * follows only when needed.
 */
export interface CoreDataset {
  schemaVersion: typeof SCHEMA_VERSION;
  core: true;
  range: DateRange;
  events: CoreEvent[];
  people: Person[];
  documents: DocumentRecord[];
  aliases?: Record<string, string>;
}
