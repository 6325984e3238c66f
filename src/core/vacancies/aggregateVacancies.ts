import { orgName, type PlacedRecord } from "./monthChecks";
import type { OrgChange, OrgMonth, PositionMonth, VacancyTotals } from "./types";
import { round6 } from "./vacancyIssue";

export interface Sums {
  vacancies: number;
  rates: number;
  hours: number;
}
/** Open sums of one position and subject in a month, named as its first open row writes them. */
export interface PositionSums {
  period: string;
  position: string;
  subject: string | null;
  sums: Sums;
}
export const zeroSums = (): Sums => ({ vacancies: 0, rates: 0, hours: 0 });
const zero = zeroSums;
const rounded = (s: Sums): Sums => ({ vacancies: round6(s.vacancies), rates: round6(s.rates), hours: round6(s.hours) });
/** localeCompare(b, "ru") as one collator: the same order (ECMA-402), without a collator made per comparison. */
const byRu = new Intl.Collator("ru").compare;

function addTo(s: Sums, r: PlacedRecord): void {
  s.vacancies += r.vacancies;
  s.rates += r.rates;
  s.hours += r.hours;
}

/** "Учитель" and "учитель" are one position; abbreviations ("ПДО") keep their capitals. */
export function label(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export interface Aggregates {
  totals: VacancyTotals[];
  /** An organisation a month: made each time it is walked, never held whole (a national table has a million). */
  byOrg: Iterable<OrgMonth>;
  byPosition: PositionMonth[];
  /** As byOrg: made as it is walked. */
  changes: Iterable<OrgChange>;
}

/** A list made afresh each time it is walked, by `make`. */
function walked<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make };
}

/**
 * Sums of open vacancies per month, per organisation (every organisation that reported, with zeros) and per
 * position and subject; the change of each organisation from one month to the next. Closed vacancies are not vacant.
 */
export function aggregateVacancies(periods: readonly string[], records: readonly PlacedRecord[], reported: ReadonlyMap<string, ReadonlySet<string>>): Aggregates {
  const perOrg = new Map<string, Sums>();
  const perPosition = new Map<string, PositionSums>();
  for (const r of records) {
    if (r.status !== "open") continue;
    const orgKey = `${r.period}|${r.orgId}`;
    const o = perOrg.get(orgKey) ?? zero();
    addTo(o, r);
    perOrg.set(orgKey, o);
    const posKey = `${r.period}|${r.posKey}`;
    const p = perPosition.get(posKey) ?? { period: r.period, position: label(r.position), subject: r.subject ? label(r.subject) : null, sums: zero() };
    addTo(p.sums, r);
    perPosition.set(posKey, p);
  }
  return aggregatesOf(periods, (period, id) => perOrg.get(`${period}|${id}`), perPosition.values(), reported);
}

/**
 * The sheets' figures from the open sums per month and organisation (`sumsOf`, undefined for none) and per month and
 * position (in the order of their first open row; walked once). The totals are added up here, in the order the rows are listed;
 * the rows of an organisation a month, and the changes, are made from the sums each time they are walked.
 */
export function aggregatesOf(periods: readonly string[], sumsOf: (period: string, orgId: string) => Sums | undefined, perPosition: Iterable<PositionSums>, reported: ReadonlyMap<string, ReadonlySet<string>>): Aggregates {
  // An organisation reports month after month: its name and municipality are cut out of its id once.
  const names = new Map<string, { org: string; municipality: string | null }>();
  const nameOf = (id: string) => {
    let n = names.get(id);
    if (!n) names.set(id, (n = { org: orgName(id), municipality: id.startsWith("\u0000") ? null : id.slice(0, id.indexOf("\u0000")) }));
    return n;
  };
  const rank = orgRanks(reported, nameOf);
  const listed = periods.map((period) => byRank([...(reported.get(period) ?? [])], (id) => rank.get(id)!));
  const totals = periods.map((period, p): VacancyTotals => {
    const total = zero();
    for (const id of listed[p]) {
      const s = sumsOf(period, id);
      if (!s) continue;
      total.vacancies += s.vacancies;
      total.rates += s.rates;
      total.hours += s.hours;
    }
    return { period, orgs: listed[p].length, ...rounded(total) };
  });
  const rowOf = (p: number, id: string): OrgMonth => {
    const { org, municipality } = nameOf(id);
    const s = sumsOf(periods[p], id);
    // One literal (no sums object to spread): made for every organisation a month, twice over with the changes.
    return { period: periods[p], org, municipality, vacancies: round6(s ? s.vacancies : 0), rates: round6(s ? s.rates : 0), hours: round6(s ? s.hours : 0) };
  };
  const byOrg = walked(function* () {
    for (let p = 0; p < periods.length; p++) for (const id of listed[p]) yield rowOf(p, id);
  });
  const byPosition = sortedPositions(Array.from(perPosition, (p) => ({ period: p.period, position: p.position, subject: p.subject, ...rounded(p.sums) })));
  return { totals, byOrg, byPosition, changes: walked(() => monthChanges(periods, listed, rowOf, nameOf)) };
}

/**
 * Rows of a month by position, in Russian collation of month, position and subject, the larger rates first within a
 * month: each distinct text is placed by the collation once (collationRanks), and the rows are sorted by numbers,
 * in the order the collation itself gives.
 */
function sortedPositions(rows: PositionMonth[]): PositionMonth[] {
  const ranks = collationRanks(rows.flatMap((r) => [r.period, r.position, r.subject ?? ""]));
  const keyed = rows.map((r) => ({ r, period: ranks.get(r.period)!, position: ranks.get(r.position)!, subject: ranks.get(r.subject ?? "")! }));
  keyed.sort((a, b) => a.period - b.period || b.r.rates - a.r.rates || a.position - b.position || a.subject - b.subject);
  return keyed.map((k) => k.r);
}

/** Each distinct text's place in Russian collation, texts the collation cannot tell apart sharing one. */
function collationRanks(texts: readonly string[]): Map<string, number> {
  const sorted = [...new Set(texts)].sort(byRu);
  const rank = new Map<string, number>();
  sorted.forEach((t, i) => rank.set(t, i > 0 && byRu(sorted[i - 1], t) === 0 ? rank.get(sorted[i - 1])! : i));
  return rank;
}

/** `items` sorted by `rank` (a stable sort: equal ranks keep their order), each rank asked once. */
function byRank<T>(items: T[], rank: (item: T) => number): T[] {
  const ranks = items.map(rank);
  const order = items.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  return order.map((i) => items[i]);
}

/**
 * Every organisation's place in the order the sheets list them (by name, then id, in Russian collation), organisations
 * the collation cannot tell apart sharing one: sorted by it, a month keeps such organisations in the order they
 * reported, as sorting with the collation itself does. The collation runs once over all organisations, not once a
 * month over each month's.
 */
function orgRanks(reported: ReadonlyMap<string, ReadonlySet<string>>, nameOf: (id: string) => { org: string }): Map<string, number> {
  const all = new Set<string>();
  for (const ids of reported.values()) for (const id of ids) all.add(id);
  const compare = (a: string, b: string) => byRu(nameOf(a).org, nameOf(b).org) || byRu(a, b);
  const sorted = [...all].sort(compare);
  const rank = new Map<string, number>();
  sorted.forEach((id, i) => rank.set(id, i > 0 && compare(sorted[i - 1], id) === 0 ? rank.get(sorted[i - 1])! : i));
  return rank;
}

/**
 * The change of each organisation listed in a month from the month before, one month's rows at a time: each is
 * matched by municipality and name with the last row of that name the month before lists. Names are numbered once,
 * so a month is matched through an array of numbers, not a map of rows.
 */
function* monthChanges(periods: readonly string[], listed: readonly string[][], rowOf: (p: number, id: string) => OrgMonth, nameOf: (id: string) => { org: string; municipality: string | null }): Generator<OrgChange> {
  const numbers = new Map<string, number>();
  const numberOf = new Map<string, number>();
  const keyOf = (id: string): number => {
    let k = numberOf.get(id);
    if (k === undefined) {
      const { org, municipality } = nameOf(id);
      const key = `${municipality ?? ""}|${org}`;
      k = numbers.get(key);
      if (k === undefined) numbers.set(key, (k = numbers.size));
      numberOf.set(id, k);
    }
    return k;
  };
  const keysOf = (ids: readonly string[]) => Int32Array.from(ids, keyOf);
  let beforeKeys = periods.length > 0 ? keysOf(listed[0]) : new Int32Array(0);
  // The rows of the month before made for its own changes: each row of a month is made once here.
  let beforeRows: (OrgMonth | undefined)[] = [];
  for (let i = 1; i < periods.length; i++) {
    const [from, to] = [periods[i - 1], periods[i]];
    const nowKeys = keysOf(listed[i]);
    // Where each name is last listed the month before, plus one (0: not listed).
    const at = new Int32Array(numbers.size);
    beforeKeys.forEach((key, k) => (at[key] = k + 1));
    const nowRows: (OrgMonth | undefined)[] = new Array<OrgMonth | undefined>(nowKeys.length);
    for (let j = 0; j < nowKeys.length; j++) {
      const k = at[nowKeys[j]];
      if (k === 0) continue;
      const now = (nowRows[j] = rowOf(i, listed[i][j]));
      const before = beforeRows[k - 1] ?? rowOf(i - 1, listed[i - 1][k - 1]);
      yield { org: now.org, municipality: now.municipality, from, to, rates: round6(now.rates - before.rates), vacancies: round6(now.vacancies - before.vacancies), hours: round6(now.hours - before.hours) };
    }
    beforeKeys = nowKeys;
    beforeRows = nowRows;
  }
}
