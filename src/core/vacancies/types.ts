import type { SourceDocument } from "../grid";
import type { Issue } from "../issues/issue";
import type { ReportBook } from "./reportBook";
import type { VacancyLedger } from "./vacancyLedger";

/** One sheet of a workbook, or one CSV/text file, with the file it came from (the file name can carry the period). */
export interface VacancyInput {
  readonly doc: SourceDocument;
  readonly file: string;
}

export interface VacanciesOptions {
  /** Organisations that must report every month; without it, the organisations of earlier months are expected. */
  readonly reference?: readonly string[];
  /** Weekly hours of one rate by position stem ("учитель" → 18); merged over the defaults. */
  readonly hoursPerRate?: Readonly<Record<string, number>>;
  /** ISO date of the run (not used for checks that need a report date: those use the table's own date). */
  readonly today?: string;
}

export interface VacancyTotals {
  period: string;
  orgs: number;
  vacancies: number;
  rates: number;
  hours: number;
}

export interface OrgMonth {
  period: string;
  org: string;
  municipality: string | null;
  vacancies: number;
  rates: number;
  hours: number;
}

export interface PositionMonth {
  period: string;
  position: string;
  subject: string | null;
  vacancies: number;
  rates: number;
  hours: number;
}

export interface OrgChange {
  org: string;
  municipality: string | null;
  from: string;
  to: string;
  rates: number;
  vacancies: number;
  hours: number;
}

export interface MissingReport {
  period: string;
  org: string;
}

export interface VacanciesReport {
  periods: string[];
  totals: VacancyTotals[];
  byOrg: OrgMonth[];
  byPosition: PositionMonth[];
  changes: OrgChange[];
  missing: MissingReport[];
  issues: Issue[];
}

/** The report with its lists of an organisation a month (byOrg, changes) made each time they are walked. */
export interface VacanciesReportStream extends Omit<VacanciesReport, "byOrg" | "changes"> {
  readonly byOrg: Iterable<OrgMonth>;
  readonly changes: Iterable<OrgChange>;
}

export type VacancyStatus = "open" | "closed";

/** One vacancy row as read from a source table, before organisation names are unified. */
export interface VacancyRecord {
  readonly period: string;
  readonly municipality: string | null;
  /**
   * Organisation as written; replaced by the consolidated spelling, and orgId set, once spelling variants are
   * grouped (in place: a million rows are not copied for it).
   */
  org: string;
  orgId: string;
  readonly position: string;
  readonly subject: string | null;
  /** Position and subject folded for matching ("учитель|физика"): what identifies a vacancy within an organisation. */
  readonly posKey: string;
  /** Counted quantities; invalid or missing values count as 0 (and were reported). */
  readonly vacancies: number;
  readonly rates: number;
  readonly hours: number;
  readonly status: VacancyStatus;
  readonly sheet: string | null;
  readonly row: number;
}

/** An organisation that reported for a month (it may have no vacancies), with its first row in one table. */
export interface OrgReport {
  readonly period: string;
  readonly municipality: string | null;
  readonly org: string;
  readonly sheet: string | null;
  readonly row: number;
  /** Rows of the table that name it this way: the most used spelling wins. */
  rows: number;
}

/** What reading one input yields. */
export interface ReadVacancies {
  /** The rows read, unless they were kept in compact form in `ledger` (a streamed file: then this is empty). */
  readonly records: VacancyRecord[];
  readonly ledger?: VacancyLedger;
  /** One per organisation and month (a report noted twice, in two tables of the input, is one with their rows). */
  readonly reports: ReportBook;
  readonly issues: Issue[];
  /** False when no vacancy table was found in the input (a plan sheet of the same workbook). */
  readonly found: boolean;
}
