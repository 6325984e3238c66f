import type { GridRow } from "../grid";
import type { Issue } from "../issues/issue";
import { oneLineCached as oneLine, positionKey } from "./memoText";
import type { VacancyTable } from "./findVacancyTable";
import { endOfPeriod, type PeriodFound, readDateCell, readPeriodCell } from "./periodText";
import { readRowCounts } from "./readRowCounts";
import type { TableContext } from "./tableContext";
import { ReportBook } from "./reportBook";
import type { VacancyRecord } from "./types";
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
  /** Where each record goes instead of the result's records (a streamed file keeps them in compact form). */
  readonly keep?: (record: VacancyRecord) => void;
}

export interface TableRead {
  readonly records: VacancyRecord[];
  /** One per organisation and month of the table. */
  readonly reports: ReportBook;
  readonly issues: Issue[];
}

/** Where each column of a table is (-1: not there), in fields of their own: read a dozen times a row. */
class ColumnAt {
  readonly period: number;
  readonly municipality: number;
  readonly org: number;
  readonly position: number;
  readonly subject: number;
  readonly rates: number;
  readonly hours: number;
  readonly hoursPerRate: number;
  readonly vacancies: number;
  readonly opened: number;
  readonly status: number;
  readonly closed: number;

  constructor(col: Partial<Record<VacancyColumn, number>>) {
    this.period = col.period ?? -1;
    this.municipality = col.municipality ?? -1;
    this.org = col.org ?? -1;
    this.position = col.position ?? -1;
    this.subject = col.subject ?? -1;
    this.rates = col.rates ?? -1;
    this.hours = col.hours ?? -1;
    this.hoursPerRate = col.hoursPerRate ?? -1;
    this.vacancies = col.vacancies ?? -1;
    this.opened = col.opened ?? -1;
    this.status = col.status ?? -1;
    this.closed = col.closed ?? -1;
  }
}

/** The cell of a row in column i, trimmed; undefined when the table has no such column. */
function cellAt(cells: readonly string[], i: number): string | undefined {
  return i < 0 ? undefined : (cells[i] ?? "").trim();
}

/** "1 2 3 4 5" under a header: column numbers, not data. */
function isColumnNumbers(cells: readonly string[]): boolean {
  // Asked of every row: one pass, no arrays.
  let filled = 0;
  for (const cell of cells) {
    const c = cell.trim();
    if (c === "") continue;
    filled += 1;
    if (c !== String(filled)) return false;
  }
  return filled >= 3;
}

/** The header again, as tables copied across pages repeat it. */
function isRepeatedHeader(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => c.trim() === header[i].trim());
}

/** Reads the rows under the header of one vacancy table. Merged cells (org, period written once) are filled down. */
export function readVacancyTable(src: TableSource): TableRead {
  const reader = new VacancyRowReader(src);
  const rows = src.table.grid.rows;
  for (let r = src.table.headerRow + 1; r < rows.length; r++) reader.push(rows[r]);
  return reader.result();
}

/**
 * The rows under the header of one vacancy table, one at a time: the whole table held in memory, or a streamed
 * file whose rows are dropped once read. Keeps the records, one report per organisation and month, and the issues.
 */
export class VacancyRowReader {
  private readonly out: TableRead = { records: [], reports: new ReportBook(), issues: [] };
  private readonly periodCells = new Map<string, PeriodFound | null>();
  private readonly header: readonly string[];
  private readonly labels: Readonly<Record<string, string>>;
  private readonly at: ColumnAt;
  /** False when the table has no period at all (reported once, rows not read). */
  private readonly readable: boolean;
  private lastOrg: string | null;
  private lastMunicipality: string | null = null;
  private lastPeriod: PeriodFound | null;

  constructor(private readonly src: TableSource) {
    const { table, context, sheet } = src;
    const col = table.columns;
    this.header = table.grid.rows[table.headerRow].cells;
    const header = this.header;
    this.labels = Object.fromEntries(Object.entries(col).map(([k, i]) => [k, oneLine(header[i] ?? k)]));
    this.at = new ColumnAt(col);
    this.lastOrg = context.org;
    this.lastPeriod = context.period;
    this.readable = col.period !== undefined || Boolean(context.period);
    if (!this.readable) this.out.issues.push(vacancyIssue("period_unknown", { sheet, row: null, item: null }, "period", { file: src.file }));
  }

  push(gridRow: GridRow): void {
    if (!this.readable) return;
    const { src, out, at } = this;
    const { context, sheet } = src;
    const cells = gridRow.cells;
    if (cells.every((c) => c.trim() === "") || isColumnNumbers(cells) || isRepeatedHeader(cells, this.header)) return;
    const position = oneLine(cellAt(cells, at.position) ?? "");
    if (isSubtotal(cellAt(cells, at.org) ?? "", cellAt(cells, at.municipality) ?? "", position)) return;
    this.lastOrg = oneLine(cellAt(cells, at.org) ?? "") || this.lastOrg;
    this.lastMunicipality = oneLine(cellAt(cells, at.municipality) ?? "") || this.lastMunicipality;
    const place: RowPlace = { sheet, row: gridRow.row, item: this.lastOrg };
    if (!this.lastOrg) {
      out.issues.push(vacancyIssue("org_empty", place, "org"));
      return;
    }
    const period = rowPeriod(cellAt(cells, at.period), this.lastPeriod, context.period, this.periodCells);
    if (!period) {
      out.issues.push(vacancyIssue("period_unknown", place, "period", { file: src.file }));
      return;
    }
    this.lastPeriod = period;
    readRow(src, gridRow, { org: this.lastOrg, municipality: this.lastMunicipality, period, position, labels: this.labels, at, place }, out);
  }

  result(): TableRead {
    return { records: this.out.records, reports: this.out.reports, issues: this.out.issues };
  }
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
  readonly at: ColumnAt;
  readonly place: RowPlace;
}

function readRow(src: TableSource, gridRow: GridRow, f: RowFacts, out: TableRead): void {
  const { cells } = gridRow;
  const { place, at } = f;
  out.reports.note(f.period.period, f.municipality, f.org, src.sheet, gridRow.row);
  const counts = readRowCounts(
    { rates: cellAt(cells, at.rates), hours: cellAt(cells, at.hours), vacancies: cellAt(cells, at.vacancies), hoursPerRate: cellAt(cells, at.hoursPerRate) },
    f.labels,
    src.normFor(f.position),
  );
  // An organisation with nothing vacant writes its name with an empty or "нет" position and zeros.
  if (counts.nothing && (f.position === "" || saysNoVacancy(f.position) || !counts.findings.some((x) => x.code === "count_missing"))) return;
  for (const x of counts.findings) out.issues.push(vacancyIssue(x.code, place, x.column, x.params));
  const statusCell = cellAt(cells, at.status) ?? "";
  const status = readStatus(statusCell);
  if (status === "unknown") out.issues.push(vacancyIssue("status_unknown", place, "status", { value: statusCell }));
  const closedCell = cellAt(cells, at.closed) ?? "";
  const closedOn = dateOf(closedCell, "closed", f, out);
  const openedOn = dateOf(cellAt(cells, at.opened) ?? "", "opened", f, out);
  const closed = status === "closed" || ((status === null || status === "unknown") && closedOn !== null);
  if (closed && closedCell === "") out.issues.push(vacancyIssue("closed_without_date", place, "closed"));
  const reportDate = openedOn ? (f.period.date ?? monthEnd(f.period.period)) : "";
  if (openedOn && openedOn > reportDate) out.issues.push(vacancyIssue("opened_after_report", place, "opened", { opened: ruDate(openedOn), reportDate: ruDate(reportDate) }));
  const subject = oneLine(cellAt(cells, at.subject) ?? "");
  // One literal with every field: a spread made a million records of another, larger shape.
  const record: VacancyRecord = {
    period: f.period.period,
    municipality: f.municipality,
    org: f.org,
    orgId: "",
    position: f.position,
    subject: subject === "" ? null : subject,
    posKey: positionKey(f.position, subject),
    vacancies: counts.vacancies,
    rates: counts.rates,
    hours: counts.hours,
    status: closed ? "closed" : "open",
    sheet: src.sheet,
    row: gridRow.row,
  };
  if (src.keep) src.keep(record);
  else out.records.push(record);
}

/** The last day of each month seen: asked on every row with an opening date. */
const monthEnds = new Map<string, string>();

function monthEnd(period: string): string {
  let end = monthEnds.get(period);
  if (end === undefined) {
    if (monthEnds.size >= DATE_CACHE_LIMIT) monthEnds.clear();
    monthEnds.set(period, (end = endOfPeriod(period)));
  }
  return end;
}

/** Date cells repeat the same few thousand dates over a million rows: each text is read once. */
const DATE_CACHE_LIMIT = 50_000;
const dateCells = new Map<string, string | null>();

function dateOf(cell: string, column: "opened" | "closed", f: RowFacts, out: TableRead): string | null {
  if (cell === "" || cell === "-" || cell === "—") return null;
  let iso = dateCells.get(cell);
  if (iso === undefined) {
    if (dateCells.size >= DATE_CACHE_LIMIT) dateCells.clear();
    dateCells.set(cell, (iso = readDateCell(cell)));
  }
  if (!iso) out.issues.push(vacancyIssue("date_unreadable", f.place, column, { value: cell, label: f.labels[column] ?? column }));
  return iso;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
