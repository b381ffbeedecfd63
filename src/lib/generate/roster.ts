/**
 * Who holds which office when, for a generated world: every office has one to three holders over
 * 2019-2023, so generated articles and datasets show coherent tenures and changes of holder.
 */
import { FIRST_DAY, LAST_DAY } from './calendar';
import {
  CITY_OFFICES,
  DISTRICTS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  RURAL_DISTRICTS,
  SURNAMES,
} from './pools';
import type { Random } from './random';

export interface GenPerson {
  name: string;
  /** The name people use for a second mention: `ông Dũng`, `bà Tuyến`. */
  given: string;
  honorific: 'ông' | 'bà';
}

export interface Tenure {
  office: string;
  person: GenPerson;
  /** Day numbers, inclusive. */
  from: number;
  to: number;
}

export interface OfficeChange {
  office: string;
  from: GenPerson;
  to: GenPerson;
  day: number;
}

export interface Roster {
  offices: string[];
  tenures: Tenure[];
  changes: OfficeChange[];
  holderOn(office: string, day: number): GenPerson;
  /** Offices a person holds on a day, most senior first. */
  officesOf(person: GenPerson, day: number): string[];
}

/** Titles printed before the office in a chain (`Ủy viên Bộ Chính trị, Bí thư Thành ủy`). */
export function rankOf(office: string): string | null {
  if (office === 'Bí thư Thành ủy Hà Nội') return 'Ủy viên Bộ Chính trị';
  if (office === 'Phó Bí thư Thường trực Thành ủy' || office === 'Chủ tịch UBND Thành phố')
    return 'Ủy viên Trung ương Đảng';
  return null;
}

export function allOffices(): string[] {
  return [
    ...CITY_OFFICES,
    ...DISTRICTS.flatMap((d) => [`Bí thư Quận ủy ${d}`, `Chủ tịch UBND quận ${d}`]),
    ...RURAL_DISTRICTS.flatMap((d) => [`Bí thư Huyện ủy ${d}`, `Chủ tịch UBND huyện ${d}`]),
  ];
}

export function makePerson(rng: Random, taken: Set<string>): GenPerson {
  for (;;) {
    const female = rng.chance(0.3);
    const surname = rng.pick(SURNAMES);
    const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
    const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    const name = `${surname} ${middle} ${given}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return { name, given, honorific: female ? 'bà' : 'ông' };
  }
}

export function buildRoster(rng: Random): Roster {
  const taken = new Set<string>();
  const offices = allOffices();
  const tenures: Tenure[] = [];
  const changes: OfficeChange[] = [];
  const byOffice = new Map<string, Tenure[]>();
  for (const office of offices) {
    // The city's first secretary changed twice in 2019-2023; other offices zero to two times.
    const count = office === 'Bí thư Thành ủy Hà Nội' ? 2 : rng.int(0, 2);
    const days = Array.from({ length: count }, () => rng.int(FIRST_DAY + 60, LAST_DAY - 60)).sort(
      (a, b) => a - b,
    );
    const starts = [FIRST_DAY - 400];
    for (const day of days) if (day - starts.at(-1)! >= 120) starts.push(day);
    const list: Tenure[] = starts.map((from, i) => ({
      office,
      person: makePerson(rng, taken),
      from,
      to: (starts[i + 1] ?? LAST_DAY + 401) - 1,
    }));
    for (let i = 1; i < list.length; i++)
      changes.push({ office, from: list[i - 1]!.person, to: list[i]!.person, day: list[i]!.from });
    byOffice.set(office, list);
    tenures.push(...list);
  }
  return {
    offices,
    tenures,
    changes,
    holderOn(office, day) {
      const list = byOffice.get(office);
      if (!list) throw new RangeError(`unknown office ${office}`);
      return (list.find((t) => t.from <= day && day <= t.to) ?? list.at(-1)!).person;
    },
    officesOf(person, day) {
      return tenures
        .filter((t) => t.person === person && t.from <= day && day <= t.to)
        .map((t) => t.office);
    },
  };
}
