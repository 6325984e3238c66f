import type { Issue } from "../issues/issue";
import { oneLine } from "../text/normalize";
import { aggregateVacancies } from "./aggregateVacancies";
import { hoursPerRateLookup } from "./hoursPerRate";
import { checkLedger, type LedgerChecks } from "./ledgerChecks";
import { findDuplicates, findMissing, findVanished, orgId, type PlacedRecord } from "./monthChecks";
import { groupOrgVariants } from "./orgVariants";
import { readVacancyInput } from "./readVacancyInput";
import { ReportBook } from "./reportBook";
import type { ReadVacancies, VacanciesOptions, VacanciesReport, VacanciesReportStream, VacancyInput, VacancyRecord } from "./types";
import { append, vacancyIssue } from "./vacancyIssue";
import { VacancyLedger } from "./vacancyLedger";

export type ConsolidateResult = { ok: true; report: VacanciesReport } | { ok: false; issues: Issue[] };
export type ConsolidateStream = { ok: true; report: VacanciesReportStream } | { ok: false; issues: Issue[] };

/**
 * Reads monthly vacancy tables in any of their shapes (one long table with a period column, a sheet per month,
 * a file per organisation and month), checks them and consolidates them per month, organisation and position.
 * Inputs without a vacancy table (other sheets of the workbook) are skipped; none at all is a failure.
 */
export function consolidateVacancies(inputs: readonly VacancyInput[], opts: VacanciesOptions = {}): ConsolidateResult {
  const normFor = hoursPerRateLookup(opts.hoursPerRate);
  const severalFiles = new Set(inputs.map((i) => i.file || i.doc.name)).size > 1;
  return consolidateRead(
    inputs.map((input) => readVacancyInput(input, normFor, severalFiles)),
    opts,
    inputs.map((i) => i.file),
  );
}

/**
 * Checks and consolidates inputs already read (held whole by readVacancyInput, or streamed row by row by
 * VacancyStream); `files` name the inputs when none has a vacancy table.
 */
export function consolidateRead(reads: readonly ReadVacancies[], opts: VacanciesOptions, files: readonly string[]): ConsolidateResult {
  const result = consolidateStream(reads, opts, files);
  return result.ok ? { ok: true, report: wholeReport(result.report) } : result;
}

/** A streamed report with its lists made once and held (for a workbook, which holds everything anyway). */
export function wholeReport(report: VacanciesReportStream): VacanciesReport {
  // The keys in the order the report is printed.
  return { periods: report.periods, totals: report.totals, byOrg: [...report.byOrg], byPosition: report.byPosition, changes: [...report.changes], missing: report.missing, issues: report.issues };
}

/**
 * What consolidateRead gives, its rows of an organisation a month (and their changes) made as they are walked:
 * printed one by one, a national report never holds them all.
 */
export function consolidateStream(reads: readonly ReadVacancies[], opts: VacanciesOptions, files: readonly string[]): ConsolidateStream {
  const records: VacancyRecord[] = [];
  let reports = new ReportBook();
  const issues: Issue[] = [];
  let found = false;
  // Streamed inputs keep their rows in a ledger: then every input's rows go into one, in input order.
  let ledger: VacancyLedger | null = reads.some((r) => r.ledger) ? new VacancyLedger() : null;
  for (const read of reads) {
    found ||= read.found;
    if (!ledger) append(records, read.records);
    else if (read.ledger) ledger = ledger.count === 0 ? read.ledger : ledger.absorb(read.ledger);
    else for (const r of read.records) ledger.add(r);
    reports = reports.size === 0 ? read.reports : reports.absorb(read.reports);
    append(issues, read.issues);
  }
  if (!found) {
    // An input whose table lost its cells says so; else no input holds a vacancy table.
    const uncelled = issues.filter((i) => i.code === "table_without_cells");
    return { ok: false, issues: uncelled.length > 0 ? uncelled : [vacancyIssue("vacancy_table_not_found", { sheet: null, row: null, item: files.join(", ") || null })] };
  }
  if (reports.size === 0) return { ok: false, issues };

  const reference = opts.reference ? [...new Set(opts.reference.map(oneLine).filter((s) => s !== ""))] : undefined;
  const grouping = groupOrgVariants(reports.spellingTotals(), reference);
  append(issues, grouping.issues);
  // One id string per spelling, however many months report it.
  const { spellings } = reports;
  const ids = spellings.org.map((org, s) => orgId(spellings.municipality[s], grouping.canonical(spellings.municipality[s], org)));
  const reported = new Map<string, Set<string>>();
  for (let i = 0; i < reports.size; i++) {
    const period = reports.period(i);
    let here = reported.get(period);
    if (!here) reported.set(period, (here = new Set()));
    here.add(ids[reports.spelling(i)]);
  }
  const periods = [...reported.keys()].sort();
  const checks = ledger ? checkLedger(ledger, periods, reported, grouping.canonical) : checkRecords(records, periods, reported, grouping.canonical);

  append(issues, checks.duplicates);
  const { missing, issues: missingIssues } = findMissing(periods, reported, reference);
  append(issues, missingIssues);
  if (reference) append(issues, notInReference(reports, grouping.canonical, new Set(reference)));
  append(issues, checks.vanished);
  return { ok: true, report: { periods, ...checks.aggregates, missing, issues } };
}

/** The month checks and sums over rows held whole: the organisation of each row is replaced by its unified one. */
function checkRecords(records: VacancyRecord[], periods: readonly string[], reported: ReadonlyMap<string, ReadonlySet<string>>, canonicalOf: (municipality: string | null, org: string) => string): LedgerChecks {
  const placed: PlacedRecord[] = records;
  // Records come organisation by organisation: the row above's answer is nearly always this row's.
  let asWritten: { municipality: string | null; org: string } | null = null;
  let canonical = "";
  let id = "";
  for (const r of placed) {
    if (asWritten === null || asWritten.org !== r.org || asWritten.municipality !== r.municipality) {
      asWritten = { municipality: r.municipality, org: r.org };
      canonical = canonicalOf(r.municipality, r.org);
      id = orgId(r.municipality, canonical);
    }
    r.org = canonical;
    r.orgId = id;
  }
  return { duplicates: findDuplicates(placed), vanished: findVanished(periods, placed, reported), aggregates: aggregateVacancies(periods, placed, reported) };
}

function notInReference(reports: ReportBook, canonical: (municipality: string | null, org: string) => string, reference: ReadonlySet<string>): Issue[] {
  const told = new Set<string>();
  const issues: Issue[] = [];
  for (const r of reports) {
    const org = canonical(r.municipality, r.org);
    if (reference.has(org) || told.has(org)) continue;
    told.add(org);
    issues.push(vacancyIssue("org_not_in_reference", { sheet: r.sheet, row: r.row, item: org }, "org"));
  }
  return issues;
}
