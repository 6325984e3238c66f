import type { GridRow } from "../grid";
import type { Issue } from "../issues/issue";
import { oneLineCached as oneLine, positionKey } from "./memoText";
import type { VacancyTable } from "./findVacancyTable";
import { endOfPeriod, type PeriodFound, readDateCell, readPeriodCell } from "./periodText";
import { readRowCounts } from "./readRowCounts";
import type { TableContext } from "./tableContext";
import type { OrgReport, VacancyRecord } from "./types";
import { vacancyIssue, type RowPlace } from "./vacancyIssue";
import type { VacancyColumn } from "./vacancyColumns";
import { isSubtotal, readStatus, saysNoVacancy } from "./vacancyStatus";

export interface TableSource {
  readonly table: VacancyTable;
  readonly context: TableContext;
  /** What issues name as the sheet: the sheet name, or the file name for text files. */
  readonly sheet: string | null;
  readonly file: string;
  readonly normFor: (position: string) => number | null;
}

export interface TableRead {
  readonly records: VacancyRecord[];
  /** One per organisation and month of the table. */
  readonly reports: OrgReport[];
  readonly issues: Issue[];
}

interface TableReading extends TableRead {
  readonly reportIndex: Map<string, OrgReport>;
}

/** "1 2 3 4 5" under a header: column numbers, not data. */
function isColumnNumbers(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}

/** The header again, as tables copied across pages repeat it. */
function isRepeatedHeader(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => c.trim() === header[i].trim());
}

/** Reads the rows under the header of one vacancy table. Merged cells (org, period written once) are filled down. */
export function readVacancyTable(src: TableSource): TableRead {
  const { table, context, sheet } = src;
  const out: TableReading = { records: [], reports: [], issues: [], reportIndex: new Map() };
  const periodCells = new Map<string, PeriodFound | null>();
  const col = table.columns;
  const header = table.grid.rows[table.headerRow].cells;
  const labels = Object.fromEntries(Object.entries(col).map(([k, i]) => [k, oneLine(header[i] ?? k)]));
  if (col.period === undefined && !context.period) {
    out.issues.push(vacancyIssue("period_unknown", { sheet, row: null, item: null }, "period", { file: src.file }));
    return out;
  }
  const get = (cells: readonly string[], key: VacancyColumn): string | undefined => {
    const i = col[key];
    return i === undefined ? undefined : (cells[i] ?? "").trim();
  };
  let lastOrg = context.org;
  let lastMunicipality: string | null = null;
  let lastPeriod: PeriodFound | null = context.period;
  for (const gridRow of table.grid.rows.slice(table.headerRow + 1)) {
    const cells = gridRow.cells;
    if (cells.every((c) => c.trim() === "") || isColumnNumbers(cells) || isRepeatedHeader(cells, header)) continue;
    const position = oneLine(get(cells, "position") ?? "");
    if (isSubtotal([get(cells, "org") ?? "", get(cells, "municipality") ?? "", position])) continue;
    lastOrg = oneLine(get(cells, "org") ?? "") || lastOrg;
    lastMunicipality = oneLine(get(cells, "municipality") ?? "") || lastMunicipality;
    const place: RowPlace = { sheet, row: gridRow.row, item: lastOrg };
    if (!lastOrg) {
      out.issues.push(vacancyIssue("org_empty", place, "org"));
      continue;
    }
    const period = rowPeriod(get(cells, "period"), lastPeriod, context.period, periodCells);
    if (!period) {
      out.issues.push(vacancyIssue("period_unknown", place, "period", { file: src.file }));
      continue;
    }
    lastPeriod = period;
    readRow(src, gridRow, { org: lastOrg, municipality: lastMunicipality, period, position, labels, get, place }, out);
  }
  return { records: out.records, reports: out.reports, issues: out.issues };
}

/** A row's period: its own cell, else the one above (merged cells), else the table's. */
function rowPeriod(cell: string | undefined, above: PeriodFound | null, table: PeriodFound | null, seen: Map<string, PeriodFound | null>): PeriodFound | null {
  if (cell === undefined || cell === "") return above ?? table;
  let found = seen.get(cell);
  if (found === undefined) seen.set(cell, (found = readPeriodCell(cell)));
  if (!found) return null;
  // A period cell naming only the month borrows the table's report date of the same month.
  return found.date === null && table?.period === found.period ? table : found;
}

interface RowFacts {
  readonly org: string;
  readonly municipality: string | null;
  readonly period: PeriodFound;
  readonly position: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly get: (cells: readonly string[], key: VacancyColumn) => string | undefined;
  readonly place: RowPlace;
}

function readRow(src: TableSource, gridRow: GridRow, f: RowFacts, out: TableReading): void {
  const { cells } = gridRow;
  const { place, get } = f;
  const base = { period: f.period.period, municipality: f.municipality, org: f.org, orgId: "", sheet: src.sheet, row: gridRow.row };
  const reportKey = `${base.period}|${base.municipality ?? ""}|${base.org}`;
  const report = out.reportIndex.get(reportKey);
  if (report) report.rows += 1;
  else {
    const fresh = { period: base.period, municipality: base.municipality, org: base.org, sheet: base.sheet, row: base.row, rows: 1 };
    out.reportIndex.set(reportKey, fresh);
    out.reports.push(fresh);
  }
  const counts = readRowCounts(
    { rates: get(cells, "rates"), hours: get(cells, "hours"), vacancies: get(cells, "vacancies"), hoursPerRate: get(cells, "hoursPerRate") },
    f.labels,
    src.normFor(f.position),
  );
  // An organisation with nothing vacant writes its name with an empty or "нет" position and zeros.
  if (counts.nothing && (f.position === "" || saysNoVacancy(f.position) || !counts.findings.some((x) => x.code === "count_missing"))) return;
  for (const x of counts.findings) out.issues.push(vacancyIssue(x.code, place, x.column, x.params));
  const statusCell = get(cells, "status") ?? "";
  const status = readStatus(statusCell);
  if (status === "unknown") out.issues.push(vacancyIssue("status_unknown", place, "status", { value: statusCell }));
  const closedCell = get(cells, "closed") ?? "";
  const closedOn = dateOf(closedCell, "closed", f, out);
  const openedOn = dateOf(get(cells, "opened") ?? "", "opened", f, out);
  const closed = status === "closed" || ((status === null || status === "unknown") && closedOn !== null);
  if (closed && closedCell === "") out.issues.push(vacancyIssue("closed_without_date", place, "closed"));
  const reportDate = f.period.date ?? endOfPeriod(f.period.period);
  if (openedOn && openedOn > reportDate) out.issues.push(vacancyIssue("opened_after_report", place, "opened", { opened: ruDate(openedOn), reportDate: ruDate(reportDate) }));
  const subject = oneLine(get(cells, "subject") ?? "");
  out.records.push({ ...base, position: f.position, subject: subject === "" ? null : subject, posKey: positionKey(f.position, subject), vacancies: counts.vacancies, rates: counts.rates, hours: counts.hours, status: closed ? "closed" : "open" });
}

function dateOf(cell: string, column: "opened" | "closed", f: RowFacts, out: TableReading): string | null {
  if (cell === "" || cell === "-" || cell === "—") return null;
  const iso = readDateCell(cell);
  if (!iso) out.issues.push(vacancyIssue("date_unreadable", f.place, column, { value: cell, label: f.labels[column] ?? column }));
  return iso;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
