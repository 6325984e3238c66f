import type { IssueParams } from "../issues/issue";
import { type CountCell, countValue, readCount } from "./readCount";
import type { VacancyCode } from "./vacancyIssue";

/** The count cells of one row, as text, and the header labels for messages. */
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
  readonly findings: RowFinding[];
}

/** Messages round numbers to one decimal; the rate implied by the hours needs two ("0,25", "1,11"). */
function twoDecimals(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

const COUNT_COLUMNS = ["rates", "hours", "vacancies", "hoursPerRate"] as const;
export const MISMATCH_TOLERANCE = 0.01;

function cellFindings(column: keyof RowCountCells, c: CountCell, label: string): RowFinding[] {
  if (c.kind === "negative") return [{ code: "count_negative", column, params: { value: c.text, label } }];
  if (c.kind === "invalid") return [{ code: "count_not_number", column, params: { value: c.text, label } }];
  if (c.kind === "number" && c.asText) return [{ code: "number_as_text", column, params: { value: c.text, number: c.value } }];
  return [];
}

/**
 * Reads rates, hours and the number of vacancies of a row. A missing rate is derived from the hours and the norm
 * (and the other way round); values that are negative or not numbers count as nothing and are reported. When both
 * rates and hours are given they must agree with the norm.
 */
export function readRowCounts(cells: RowCountCells, labels: Readonly<Record<string, string>>, defaultNorm: number | null): RowCounts {
  const read = Object.fromEntries(COUNT_COLUMNS.map((k) => [k, readCount(cells[k])])) as Record<(typeof COUNT_COLUMNS)[number], CountCell>;
  const findings = COUNT_COLUMNS.flatMap((k) => cellFindings(k, read[k], labels[k] ?? k));
  const givenNorm = countValue(read.hoursPerRate);
  const norm = givenNorm !== null && givenNorm > 0 ? givenNorm : defaultNorm;
  let rates = countValue(read.rates);
  let hours = countValue(read.hours);
  const nothing = COUNT_COLUMNS.every((k) => k === "hoursPerRate" || read[k].kind === "empty" || countValue(read[k]) === 0);
  if (rates !== null && hours !== null && norm !== null && Math.abs(rates - hours / norm) > MISMATCH_TOLERANCE) {
    findings.push({ code: "rates_hours_mismatch", column: "hours", params: { rates, hours, norm, expected: twoDecimals(hours / norm) } });
  }
  if (read.rates.kind === "empty" && hours !== null && norm !== null) rates = hours / norm;
  if (read.hours.kind === "empty" && rates !== null && norm !== null) hours = rates * norm;
  const noCounts = read.rates.kind === "empty" && read.hours.kind === "empty" && read.vacancies.kind === "empty";
  if (noCounts) findings.push({ code: "count_missing", column: cells.rates !== undefined ? "rates" : "hours", params: {} });
  const given = countValue(read.vacancies);
  return { rates: rates ?? 0, hours: hours ?? 0, vacancies: given ?? 1, nothing, findings };
}
