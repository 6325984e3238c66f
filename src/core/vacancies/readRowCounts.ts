import type { IssueParams } from "../issues/issue";
import { type CountCell, countValue } from "./readCount";
import type { VacancyCode } from "./vacancyIssue";

/** The count columns of a row (where findings are). */
export interface RowCountCells {
  readonly rates?: string;
  readonly hours?: string;
  readonly vacancies?: string;
  readonly hoursPerRate?: string;
}

export interface RowFinding {
  readonly code: VacancyCode;
  readonly column: keyof RowCountCells;
  readonly params: IssueParams;
}

export interface RowCounts {
  readonly rates: number;
  readonly hours: number;
  readonly vacancies: number;
  /** True when no count cell holds a positive number: with no position, the row just says "no vacancies". */
  readonly nothing: boolean;
  readonly findings: readonly RowFinding[];
}

/** Messages round numbers to one decimal; the rate implied by the hours needs two ("0,25", "1,11"). */
function twoDecimals(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

export const MISMATCH_TOLERANCE = 0.01;
/** Most rows have nothing to report: they share this (never pushed to) instead of an array each. */
const NO_FINDINGS: readonly RowFinding[] = Object.freeze([]);

function cellFinding(column: keyof RowCountCells, c: CountCell, label: string): RowFinding | null {
  if (c.kind === "negative") return { code: "count_negative", column, params: { value: c.text, label } };
  if (c.kind === "invalid") return { code: "count_not_number", column, params: { value: c.text, label } };
  if (c.kind === "number" && c.asText) return { code: "number_as_text", column, params: { value: c.text, number: c.value } };
  return null;
}

/** The findings with f added (made on the first): a closure doing it would be made once a row. */
function noted(findings: RowFinding[] | null, f: RowFinding | null): RowFinding[] | null {
  if (f) (findings ??= []).push(f);
  return findings;
}

/** Cells that read as zero or nothing at all. */
const isNil = (c: CountCell): boolean => c.kind === "empty" || countValue(c) === 0;

/**
 * Reads rates, hours and the number of vacancies of a row from its four count cells (an absent column reads as
 * empty; `hasRates`: the table has a rates column). A missing rate is derived from the hours and the norm (and the
 * other way round); values that are negative or not numbers count as nothing and are reported. When both rates and
 * hours are given they must agree with the norm. Called once a row on tables of millions of rows: the cells come
 * read (each distinct text once, by the row reader), and nothing is built for a row without findings but its result.
 */
export function countsOf(ratesCell: CountCell, hoursCell: CountCell, vacanciesCell: CountCell, normCell: CountCell, hasRates: boolean, labels: Readonly<Record<string, string>>, defaultNorm: number | null): RowCounts {
  let findings: RowFinding[] | null = null;
  // In the order of the columns: rates, hours, vacancies, hours per rate.
  if (ratesCell.kind !== "empty") findings = noted(findings, cellFinding("rates", ratesCell, labels.rates ?? "rates"));
  if (hoursCell.kind !== "empty") findings = noted(findings, cellFinding("hours", hoursCell, labels.hours ?? "hours"));
  if (vacanciesCell.kind !== "empty") findings = noted(findings, cellFinding("vacancies", vacanciesCell, labels.vacancies ?? "vacancies"));
  if (normCell.kind !== "empty") findings = noted(findings, cellFinding("hoursPerRate", normCell, labels.hoursPerRate ?? "hoursPerRate"));
  const givenNorm = countValue(normCell);
  const norm = givenNorm !== null && givenNorm > 0 ? givenNorm : defaultNorm;
  let rates = countValue(ratesCell);
  let hours = countValue(hoursCell);
  const nothing = isNil(ratesCell) && isNil(hoursCell) && isNil(vacanciesCell);
  if (rates !== null && hours !== null && norm !== null && Math.abs(rates - hours / norm) > MISMATCH_TOLERANCE) {
    findings = noted(findings, { code: "rates_hours_mismatch", column: "hours", params: { rates, hours, norm, expected: twoDecimals(hours / norm) } });
  }
  if (ratesCell.kind === "empty" && hours !== null && norm !== null) rates = hours / norm;
  if (hoursCell.kind === "empty" && rates !== null && norm !== null) hours = rates * norm;
  const noCounts = ratesCell.kind === "empty" && hoursCell.kind === "empty" && vacanciesCell.kind === "empty";
  if (noCounts) findings = noted(findings, { code: "count_missing", column: hasRates ? "rates" : "hours", params: {} });
  const given = countValue(vacanciesCell);
  return { rates: rates ?? 0, hours: hours ?? 0, vacancies: given ?? 1, nothing, findings: findings ?? NO_FINDINGS };
}
