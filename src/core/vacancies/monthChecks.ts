import type { Issue } from "../issues/issue";
import type { MissingReport, VacancyRecord } from "./types";
import { vacancyIssue } from "./vacancyIssue";

/** A record whose organisation is already the consolidated spelling; orgId also tells municipalities apart. */
export type PlacedRecord = VacancyRecord;

export const orgId = (municipality: string | null, org: string): string => `${municipality ?? ""}\u0000${org}`;
export const orgName = (id: string): string => id.slice(id.indexOf("\u0000") + 1);

/** What identifies a vacancy from month to month: organisation, position and subject. */
const vacancyKey = (r: PlacedRecord): string => `${r.orgId}|${r.posKey}`;
const subjectPart = (r: VacancyRecord): string => (r.subject ? `, ${r.subject}` : "");

/** Rows of one month with the same organisation, position, subject and status. */
export function findDuplicates(records: readonly PlacedRecord[]): Issue[] {
  const first = new Map<string, PlacedRecord>();
  const issues: Issue[] = [];
  for (const r of records) {
    const key = `${r.period}|${r.status}|${vacancyKey(r)}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, r);
    else issues.push(vacancyIssue("vacancy_duplicate", { sheet: r.sheet, row: r.row, item: r.org }, "position", { position: r.position, subject: subjectPart(r), period: r.period, firstRow: earlier.row }));
  }
  return issues;
}

/**
 * Organisations expected but absent in a month. The expected list is the reference when given; otherwise every
 * organisation that reported in an earlier month (last month's list, plus those already missing from it).
 */
export function findMissing(periods: readonly string[], reported: ReadonlyMap<string, ReadonlySet<string>>, reference?: readonly string[]): { missing: MissingReport[]; issues: Issue[] } {
  const missing: MissingReport[] = [];
  const expected = new Set<string>();
  for (const period of periods) {
    const here = reported.get(period) ?? new Set<string>();
    if (reference) {
      const names = new Set([...here].map(orgName));
      for (const org of reference) if (!names.has(org)) missing.push({ period, org });
    } else {
      for (const id of expected) if (!here.has(id)) missing.push({ period, org: orgName(id) });
    }
    for (const id of here) expected.add(id);
  }
  const issues = missing.map((m) => vacancyIssue("org_missing", { sheet: null, row: null, item: m.org }, "org", { period: m.period }));
  return { missing, issues };
}

/** Vacancies open last month that are gone this month although their organisation reported. */
export function findVanished(periods: readonly string[], records: readonly PlacedRecord[], reported: ReadonlyMap<string, ReadonlySet<string>>): Issue[] {
  const byPeriod = new Map<string, PlacedRecord[]>();
  for (const r of records) {
    const list = byPeriod.get(r.period) ?? [];
    list.push(r);
    byPeriod.set(r.period, list);
  }
  const issues: Issue[] = [];
  for (let i = 1; i < periods.length; i++) {
    const [from, to] = [periods[i - 1], periods[i]];
    const now = new Set((byPeriod.get(to) ?? []).map(vacancyKey));
    const reportedNow = reported.get(to) ?? new Set<string>();
    const told = new Set<string>();
    for (const r of byPeriod.get(from) ?? []) {
      const key = vacancyKey(r);
      if (r.status !== "open" || now.has(key) || !reportedNow.has(r.orgId) || told.has(key)) continue;
      told.add(key);
      issues.push(vacancyIssue("vacancy_vanished", { sheet: r.sheet, row: r.row, item: r.org }, "position", { position: r.position, subject: subjectPart(r), from, to }));
    }
  }
  return issues;
}
