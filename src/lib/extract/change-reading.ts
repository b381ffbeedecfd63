/**
 * A sentence that states a change of office or a discipline measure → who changed, in which
 * office, whom they replaced, and what the replaced holder went on to. Vietnamese states these
 * passively (`ông X được bầu giữ chức Y`, `X bị khai trừ`) or actively (`HĐND bầu ông X làm Y`,
 * `kỷ luật khiển trách đối với ông X`); the holder replaced follows `thay (cho) ông Z`, often
 * with where they went (`thay ông Z được điều động làm W`).
 */
import type { LeadershipChange, Sanction } from '../dataset/types';
import { OFFICE_LEAD, REPLACES, type ChangeTrigger } from '../vi/changes';
import { canonicalTitle, headOfBody, titleAtStart } from '../vi/offices';
import type { Place } from '../vi/places';
import type { FactSentence, PersonRef } from './sentence-facts';

export interface ChangeReading {
  change: LeadershipChange;
  sanction?: Sanction;
  triggerIndex: number;
  /** The phrase as printed (`điều động, phân công`, `tái đắc cử`). */
  triggerText: string;
  /** Who changed: the new holder, or the official disciplined, suspended, dismissed. */
  person?: string;
  /** The holder replaced, when the sentence names one. */
  fromPerson?: string;
  /** The office, canonical; and as printed. */
  office?: string;
  officeText?: string;
  /**
   * `được giao phụ trách, điều hành UBND TP`: the person runs the body (the office is its head's)
   * without being elected or appointed to it.
   */
  runsBody?: true;
  /** `thay ông Z được điều động làm W`: where the replaced holder went. */
  predecessorMove?: { person: string; office: string; officeText: string };
}

// `được`, `bị`, `vừa được`, `đã bị`: a passive change, whose subject stands before it.
const PASSIVE = /(?:được|bị)(?:\s+\S+){0,4}\s*$/iu;
// Where a clause ends: the subject of a change is in the same clause as its verb. (`TP.HCM`,
// `T.Ư` are no ends.)
const CLAUSE_END = /[;!?]|\.(?=\s|$)/u;
const CLAUSE_END_AT = /^(?:[;!?]|\.(?=\s|$))/u;

const OFFICE_LEADS = new RegExp(OFFICE_LEAD.source, 'giu');

/** The office named after `from` in `text`: `giữ chức Bí thư Thành ủy Hải Phòng` → that title. */
function officeAfter(
  text: string,
  from: number,
  limit: number,
): { title: string; start: number; runsBody?: true } | null {
  const rest = text.slice(from, limit);
  // Straight after the verb (`tái đắc cử chức Bí thư…`, `cách chức Chủ tịch…`)…
  const lead = /^\s*(?:(?:chức(?: vụ| danh)?|vào chức vụ)\s+)?/u.exec(rest)![0].length;
  const direct = titleAtStart(rest.slice(lead));
  if (direct) return { title: direct.title, start: from + lead };
  // …or after a word that introduces one (`giữ chức`, `làm`, `trở thành tân`).
  for (const m of rest.matchAll(OFFICE_LEADS)) {
    // `thôi giữ chức X để … giữ chức Y`: X is the office left, Y the one taken.
    if (/thôi\s+$/iu.test(rest.slice(Math.max(0, m.index - 6), m.index))) continue;
    const t = titleAtStart(rest.slice(m.index + m[0].length));
    if (t) return { title: t.title, start: from + m.index + m[0].length };
    // `phụ trách, điều hành hoạt động của UBND TP`: running a body is its head's office.
    if (/^(?:phụ trách|điều hành)/iu.test(m[0])) {
      const body = RUNS_BODY.exec(rest.slice(m.index + m[0].length));
      const head = body && headOfBody(rest.slice(m.index + m[0].length + body[0].length));
      if (head)
        return {
          title: head,
          start: from + m.index + m[0].length + body[0].length,
          runsBody: true,
        };
    }
  }
  return null;
}

// What stands between `phụ trách` and the body run: `, điều hành hoạt động của`.
const RUNS_BODY =
  /^[,\s]*(?:(?:và\s+)?điều hành\s+)?(?:(?:toàn bộ\s+)?(?:hoạt động|công việc|công tác)\s+)?(?:của\s+)?/iu;

/**
 * `thi hành kỷ luật bằng hình thức cách chức Bí thư Đảng ủy xã X đối với ông Y`: a removal names
 * the office it removes from after `cách chức`, wherever the measure stands after the verb.
 */
function removedFrom(
  text: string,
  from: number,
  limit: number,
): { title: string; start: number } | null {
  const m = /(?<!\p{L})cách chức(?: vụ)?\s+/iu.exec(text.slice(from, limit));
  if (!m) return null;
  const start = from + m.index + m[0].length;
  const t = titleAtStart(text.slice(start, limit));
  return t ? { title: t.title, start } : null;
}

/** The people a sentence refers to, without the one at `skip`. */
const others = (refs: PersonRef[], skip?: PersonRef) => refs.filter((r) => r !== skip);

export function readChange(
  s: FactSentence,
  trigger: ChangeTrigger,
  home: Place | null,
): ChangeReading {
  const text = s.text;
  const reading: ChangeReading = {
    change: trigger.change,
    triggerIndex: trigger.index,
    triggerText: text.slice(trigger.index, trigger.index + trigger.length),
    ...(trigger.sanction ? { sanction: trigger.sanction } : {}),
  };
  const triggerEnd = trigger.index + trigger.length;
  const clauseStart = (() => {
    let at = trigger.index;
    while (at > 0 && !CLAUSE_END_AT.test(text.slice(at - 1, at + 1))) at--;
    return at;
  })();
  const clauseEndRel = text.slice(triggerEnd).search(CLAUSE_END);
  const clauseEnd = clauseEndRel < 0 ? text.length : triggerEnd + clauseEndRel;

  // The holder replaced: `thay (cho) ông Z`, and where Z went (`… được điều động làm W`).
  const replaced = s.refs.find(
    (r) => r.start >= clauseStart && REPLACES.test(text.slice(Math.max(0, r.start - 30), r.start)),
  );
  // `… thay ông Z vừa được bổ nhiệm làm Phó Thủ tướng`: a verb after the holder replaced is that
  // holder's own change, of which Z is the subject.
  const ownClause = replaced && trigger.index > replaced.end;
  if (replaced && !ownClause) {
    reading.fromPerson = replaced.name;
    const next = s.refs.find((r) => r.start > replaced.end);
    const move = officeAfter(text, replaced.end, next ? next.start : clauseEnd);
    if (move && /được|vừa|đã/u.test(text.slice(replaced.end, move.start)))
      reading.predecessorMove = {
        person: replaced.name,
        office: canonicalTitle(move.title, home),
        officeText: move.title,
      };
  }
  const candidates = others(s.refs, ownClause ? undefined : replaced).filter(
    (r) => r.start >= clauseStart && r.end <= clauseEnd,
  );
  // `đối với ông X`, `khai trừ đồng chí X`: named right after the verb's object words.
  const after = candidates.filter((r) => r.start >= triggerEnd);
  const before = candidates.filter((r) => r.end <= trigger.index);
  const object = after.find((r) =>
    /(?:đối với|với|đồng chí|ông|bà|đ\/c)\s*$/iu.test(
      text.slice(Math.max(0, r.start - 14), r.start),
    ),
  );
  const passive =
    PASSIVE.test(text.slice(Math.max(clauseStart, trigger.index - 40), trigger.index)) ||
    /^(?:duoc|bi|tai dac cu|dac cu|trung cu)/u.test(s.folded.slice(trigger.index));
  const subject = object ?? (passive ? (before.at(-1) ?? after[0]) : (after[0] ?? before.at(-1)));
  if (subject) reading.person = subject.name;

  // The office: named after the verb or after the subject's own titles; `thay …` clauses aside.
  const officeEnd =
    replaced && !ownClause && replaced.start > triggerEnd ? replaced.start : clauseEnd;
  const office =
    officeAfter(text, triggerEnd, officeEnd) ??
    removedFrom(text, triggerEnd, officeEnd) ??
    (subject && subject.end > triggerEnd ? officeAfter(text, subject.end, officeEnd) : null);
  if (office) {
    reading.officeText = office.title;
    reading.office = canonicalTitle(office.title, home);
    if ('runsBody' in office && office.runsBody) reading.runsBody = true;
  }
  return reading;
}
