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
  byOrg: OrgMonth[];
  byPosition: PositionMonth[];
  changes: OrgChange[];
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
  return aggregatesOf(periods, (period, id) => perOrg.get(`${period}|${id}`), perPosition, reported);
}

/**
 * The sheets' figures from the open sums per month and organisation (`sumsOf`, undefined for none) and per month and
 * position (in the order of their first open row).
 */
export function aggregatesOf(periods: readonly string[], sumsOf: (period: string, orgId: string) => Sums | undefined, perPosition: ReadonlyMap<string, PositionSums>, reported: ReadonlyMap<string, ReadonlySet<string>>): Aggregates {
  const byOrg: OrgMonth[] = [];
  const totals: VacancyTotals[] = [];
  // An organisation reports month after month: its name and municipality are cut out of its id once.
  const names = new Map<string, { org: string; municipality: string | null }>();
  const nameOf = (id: string) => {
    let n = names.get(id);
    if (!n) names.set(id, (n = { org: orgName(id), municipality: id.startsWith("\u0000") ? null : id.slice(0, id.indexOf("\u0000")) }));
    return n;
  };
  for (const period of periods) {
    const ids = [...(reported.get(period) ?? [])].sort((a, b) => byRu(nameOf(a).org, nameOf(b).org) || byRu(a, b));
    const total = zero();
    for (const id of ids) {
      const s = sumsOf(period, id) ?? zero();
      total.vacancies += s.vacancies;
      total.rates += s.rates;
      total.hours += s.hours;
      const { org, municipality } = nameOf(id);
      byOrg.push({ period, org, municipality, ...rounded(s) });
    }
    totals.push({ period, orgs: ids.length, ...rounded(total) });
  }
  const byPosition = [...perPosition.values()]
    .map((p) => ({ period: p.period, position: p.position, subject: p.subject, ...rounded(p.sums) }))
    .sort((a, b) => byRu(a.period, b.period) || b.rates - a.rates || byRu(a.position, b.position) || byRu(a.subject ?? "", b.subject ?? ""));
  return { totals, byOrg, byPosition, changes: monthChanges(periods, byOrg) };
}

function monthChanges(periods: readonly string[], byOrg: readonly OrgMonth[]): OrgChange[] {
  const inPeriod = new Map<string, OrgMonth[]>();
  for (const o of byOrg) {
    const list = inPeriod.get(o.period) ?? [];
    list.push(o);
    inPeriod.set(o.period, list);
  }
  const changes: OrgChange[] = [];
  for (let i = 1; i < periods.length; i++) {
    const [from, to] = [periods[i - 1], periods[i]];
    // Only the month before is looked up: one month's organisations keyed at a time, not every month's.
    const at = new Map((inPeriod.get(from) ?? []).map((o) => [`${o.municipality ?? ""}|${o.org}`, o]));
    for (const now of inPeriod.get(to) ?? []) {
      const before = at.get(`${now.municipality ?? ""}|${now.org}`);
      if (!before) continue;
      changes.push({ org: now.org, municipality: now.municipality, from, to, rates: round6(now.rates - before.rates), vacancies: round6(now.vacancies - before.vacancies), hours: round6(now.hours - before.hours) });
    }
  }
  return changes;
}
