import type { Issue } from "../issues/issue";
import { type Aggregates, aggregatesOf, label, type PositionSums, type Sums } from "./aggregateVacancies";
import { grownFloat64, IntPairIndex } from "./intPairIndex";
import { orgId } from "./monthChecks";
import type { MonthLog, RunCursor } from "./monthLog";
import type { VacancyLedger } from "./vacancyLedger";
import { vacancyIssue } from "./vacancyIssue";

export interface LedgerChecks {
  readonly duplicates: Issue[];
  readonly vanished: Issue[];
  readonly aggregates: Aggregates;
}

/**
 * The month checks and sums of monthChecks and aggregateVacancies, worked out from a ledger instead of rows: the same
 * issues in the same order with the same figures. `canonical` gives the consolidated spelling of an organisation.
 */
export function checkLedger(ledger: VacancyLedger, periods: readonly string[], reported: ReadonlyMap<string, ReadonlySet<string>>, canonical: (municipality: string | null, org: string) => string): LedgerChecks {
  const orgs = unifiedOrgs(ledger, canonical);
  // A vacancy from month to month: the unified organisation and the folded position key.
  const vacancies = new IntPairIndex(ledger.identities.size);
  const vacancyOf = new Int32Array(ledger.identities.size);
  for (let i = 0; i < vacancyOf.length; i++) vacancyOf[i] = vacancies.id(orgs.of[ledger.identities.first(i)], ledger.pairPosKey[ledger.identities.second(i)]);
  const named: Named = { ledger, orgs, vacancyOf };
  return {
    duplicates: findDuplicates(named, vacancies.size),
    vanished: findVanished(named, periods, reported, vacancies.size),
    aggregates: aggregatesOf(periods, orgSums(ledger, orgs), positionSums(ledger), reported),
  };
}

/** Spellings numbered by the organisation they are consolidated under (its orgId, as the record path makes it). */
interface UnifiedOrgs {
  /** Spelling → unified organisation. */
  readonly of: Int32Array;
  readonly name: string[];
  readonly id: string[];
}

function unifiedOrgs(ledger: VacancyLedger, canonical: (municipality: string | null, org: string) => string): UnifiedOrgs {
  const ids = new Map<string, number>();
  const out: UnifiedOrgs = { of: new Int32Array(ledger.spellings.size), name: [], id: [] };
  ledger.spellings.org.forEach((org, s) => {
    const municipality = ledger.spellings.municipality[s];
    const name = canonical(municipality, org);
    const id = orgId(municipality, name);
    let n = ids.get(id);
    if (n === undefined) {
      ids.set(id, (n = out.id.length));
      out.id.push(id);
      out.name.push(name);
    }
    out.of[s] = n;
  });
  return out;
}

interface Named {
  readonly ledger: VacancyLedger;
  readonly orgs: UnifiedOrgs;
  /** Identity (spelling, pair) → vacancy (unified organisation, position key). */
  readonly vacancyOf: Int32Array;
}

/** Where row k of a month is, and the organisation and position it names. */
function place(n: Named, log: MonthLog, k: number, cursor: RunCursor) {
  const identity = log.keys[k] >> 1;
  const pair = n.ledger.identities.second(identity);
  const subject = n.ledger.pairSubject[pair];
  return {
    at: { sheet: n.ledger.sources[cursor.source], row: cursor.rowAt(k), item: n.orgs.name[n.orgs.of[n.ledger.identities.first(identity)]] },
    position: n.ledger.pairPosition[pair],
    subject: subject ? `, ${subject}` : "",
  };
}

/** Rows of one month with the same organisation, position, subject and status, in the order of the input. */
function findDuplicates(n: Named, vacancies: number): Issue[] {
  const found: { seq: number; issue: Issue }[] = [];
  // By vacancy and status (dense numbers): the month that saw it last, and its first row there. Nothing is hashed
  // and nothing is cleared from one month to the next.
  const seenIn = new Int32Array(2 * vacancies).fill(-1);
  const firsts = new Int32Array(2 * vacancies);
  n.ledger.months.forEach((log, m) => {
    const cursor = log.cursor();
    for (let k = 0; k < log.length; k++) {
      const key = log.keys[k];
      const slot = 2 * n.vacancyOf[key >> 1] + (key & 1);
      if (seenIn[slot] !== m) {
        seenIn[slot] = m;
        firsts[slot] = k;
        continue;
      }
      const seq = cursor.seqAt(k);
      const p = place(n, log, k, cursor);
      const params = { position: p.position, subject: p.subject, period: log.period, firstRow: log.rowAt(firsts[slot]) };
      found.push({ seq, issue: vacancyIssue("vacancy_duplicate", p.at, "position", params) });
    }
  });
  return found.sort((a, b) => a.seq - b.seq).map((d) => d.issue);
}

/** Vacancies open last month that are gone this month although their organisation reported. */
function findVanished(n: Named, periods: readonly string[], reported: ReadonlyMap<string, ReadonlySet<string>>, vacancies: number): Issue[] {
  const logs = new Map(n.ledger.months.map((log) => [log.period, log]));
  const orgIndex = new Map(n.orgs.id.map((id, i) => [id, i]));
  // Marks by step number: a vacancy present in the month, told already, an organisation that reported.
  const present = new Int32Array(vacancies).fill(-1);
  const told = new Int32Array(vacancies).fill(-1);
  const reporting = new Int32Array(n.orgs.id.length).fill(-1);
  const issues: Issue[] = [];
  for (let i = 1; i < periods.length; i++) {
    const [from, to] = [periods[i - 1], periods[i]];
    const before = logs.get(from);
    if (!before) continue;
    const now = logs.get(to);
    if (now) markPresent(now, n.vacancyOf, present, i);
    for (const id of reported.get(to) ?? []) {
      const org = orgIndex.get(id);
      if (org !== undefined) reporting[org] = i;
    }
    const cursor = before.cursor();
    for (let k = nextGone(before, 0, n.vacancyOf, present, told, i); k < before.length; k = nextGone(before, k + 1, n.vacancyOf, present, told, i)) {
      const key = before.keys[k];
      const vacancy = n.vacancyOf[key >> 1];
      if (reporting[n.orgs.of[n.ledger.identities.first(key >> 1)]] !== i) continue;
      told[vacancy] = i;
      cursor.seqAt(k);
      const p = place(n, before, k, cursor);
      issues.push(vacancyIssue("vacancy_vanished", p.at, "position", { position: p.position, subject: p.subject, from, to }));
    }
  }
  return issues;
}

/*
 * The two walks of every row of a month that findVanished makes, each a small function of its own: run once over a
 * national table, a loop inside findVanished ran slow code until the whole function was compiled on the stack (OSR,
 * late on a busy machine); a small function is compiled sooner and whole (1M rows: the checks ~10 % less CPU).
 */

/** Marks with `step` the vacancy of every row of a month. */
function markPresent(log: MonthLog, vacancyOf: Int32Array, present: Int32Array, step: number): void {
  const { keys, length } = log;
  for (let k = 0; k < length; k++) present[vacancyOf[keys[k] >> 1]] = step;
}

/** The first row from `from` on of an open vacancy neither present this step nor told already (the log's length: none). */
function nextGone(log: MonthLog, from: number, vacancyOf: Int32Array, present: Int32Array, told: Int32Array, step: number): number {
  const { keys, length } = log;
  for (let k = from; k < length; k++) {
    const key = keys[k];
    if ((key & 1) === 1) continue;
    const vacancy = vacancyOf[key >> 1];
    if (present[vacancy] !== step && told[vacancy] !== step) return k;
  }
  return length;
}

/**
 * Open sums per month and unified organisation, as aggregateVacancies adds them up: the sums of each spelling, in
 * the order they were first seen, added into those of the organisation it is unified under. An organisation written
 * one way only (nearly all) has its sums in the ledger's cells as they are: only those written several ways are
 * added up here, so the checks of a national table make no second table of every organisation's months.
 */
function orgSums(ledger: VacancyLedger, orgs: UnifiedOrgs): (period: string, orgId: string) => Sums | undefined {
  const { index, sums } = ledger.orgSums;
  // The one spelling of each organisation, or -1 for one written several ways.
  const onlySpelling = new Int32Array(orgs.id.length).fill(-2);
  orgs.of.forEach((o, s) => (onlySpelling[o] = onlySpelling[o] === -2 ? s : -1));
  const unified = new IntPairIndex();
  let total = new Float64Array(3 * 64);
  for (let c = 0; c < index.size; c++) {
    const o = orgs.of[index.second(c)];
    if (onlySpelling[o] >= 0) continue;
    const u = unified.id(index.first(c), o);
    if (3 * u === total.length) total = grownFloat64(total, total.length * 2);
    total[3 * u] += sums[3 * c];
    total[3 * u + 1] += sums[3 * c + 1];
    total[3 * u + 2] += sums[3 * c + 2];
  }
  const months = new Map(ledger.months.map((m, i) => [m.period, i]));
  const orgIndex = new Map(orgs.id.map((id, i) => [id, i]));
  return (period, orgId) => {
    const m = months.get(period);
    const o = orgIndex.get(orgId);
    if (m === undefined || o === undefined) return undefined;
    const only = onlySpelling[o];
    const at = only >= 0 ? index.find(m, only) : unified.find(m, o);
    const from = only >= 0 ? sums : total;
    return at < 0 ? undefined : { vacancies: from[3 * at], rates: from[3 * at + 1], hours: from[3 * at + 2] };
  };
}

/**
 * Open sums per month and position key, in the order of their first open row, named by that row: made as they are
 * walked, each cell of the ledger being one already (no key string, no map of a national table's positions).
 */
function* positionSums(ledger: VacancyLedger): Generator<PositionSums> {
  const { index, sums } = ledger.positionSums;
  for (let c = 0; c < index.size; c++) {
    const period = ledger.months[index.first(c)].period;
    const pair = ledger.positionFirstPair[c];
    const subject = ledger.pairSubject[pair];
    yield {
      period,
      position: label(ledger.pairPosition[pair]),
      subject: subject ? label(subject) : null,
      sums: { vacancies: sums[3 * c], rates: sums[3 * c + 1], hours: sums[3 * c + 2] },
    };
  }
}
