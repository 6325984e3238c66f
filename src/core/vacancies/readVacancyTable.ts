import type { FieldRow } from "../fieldRow";
import type { GridRow } from "../grid";
import type { Issue } from "../issues/issue";
import { FieldMemo } from "../fieldMemo";
import { CellMemo, oneLineCached as oneLine, positionKey } from "./memoText";
import type { VacancyTable } from "./findVacancyTable";
import { endOfPeriod, type PeriodFound, readDateCell, readPeriodCell } from "./periodText";
import { type CountCell, readCount } from "./readCount";
import { countsOf } from "./readRowCounts";
import type { TableContext } from "./tableContext";
import { ReportBook } from "./reportBook";
import type { VacancyRecord } from "./types";
import { vacancyIssue, type RowPlace } from "./vacancyIssue";
import type { VacancyColumn } from "./vacancyColumns";
import { sectionRow } from "./sectionRows";
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
  /** Rows titled with an organisation's name said whose the rows under them are (sectionRow): no one-school file. */
  readonly orgsTitled: boolean;
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

/** The cell of a row in column i, as read ("" when the row is shorter). */
function rawAt(cells: readonly string[], i: number): string {
  return cells[i] ?? "";
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

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim() !== "") return false;
  return true;
}

/** The header again, as tables copied across pages repeat it (`header` trimmed). */
function isRepeatedHeader(cells: readonly string[], header: readonly string[]): boolean {
  if (cells.length !== header.length) return false;
  for (let i = 0; i < cells.length; i++) if (cells[i].trim() !== header[i]) return false;
  return true;
}

/** Reads the rows under the header of one vacancy table. Merged cells (org, period written once) are filled down. */
export function readVacancyTable(src: TableSource): TableRead {
  const reader = new VacancyRowReader(src);
  const rows = src.table.grid.rows;
  for (let r = src.table.headerRow + 1; r < rows.length; r++) reader.push(rows[r]);
  return reader.result();
}

/** An organisation or municipality cell: its one-line text, and whether it says the row is a subtotal. */
interface NameCell {
  readonly text: string;
  readonly subtotal: boolean;
  /**
   * The cell alone shows that its row is none of the rows passed over whole (blank, column numbers, the header
   * again): a text, not a number, not the header's. A row read from its bytes is then read without the others.
   */
  readonly marksRow: boolean;
}

/** A position cell, with what the rows of that position share. */
interface PositionCell extends NameCell {
  readonly noVacancy: boolean;
  readonly norm: number | null;
  /** Subject cells of this position, each with the pair's matching key. */
  readonly subjects: CellMemo<SubjectCell>;
}

interface SubjectCell {
  readonly subject: string | null;
  readonly posKey: string;
}

/**
 * A subject cell: its facts are its position's (PositionCell.subjects), so it keeps the pair it made with the
 * position it came with last: a school's subjects mostly come with one position each, and the row then finds its
 * pair without a look-up.
 */
interface SubjectText {
  readonly text: string;
  position: PositionCell | null;
  pair: SubjectCell | null;
}

/** A text cell as its trimmed text and what it reads as (a period, a date, a status). */
interface ReadCell<T> {
  readonly text: string;
  readonly value: T;
}

const DIGITS = /^\d+$/;

/** NameCell.marksRow of a cell in the column headed `header` (trimmed). */
const marksRow = (trimmed: string, header: string | undefined): boolean => trimmed !== "" && !DIGITS.test(trimmed) && trimmed !== header;

const nameCell =
  (header: string | undefined) =>
  (cell: string): NameCell => {
    const text = cell.trim();
    return { text: oneLine(text), subtotal: isSubtotal(text), marksRow: marksRow(text, header) };
  };

/**
 * The facts of one column's cells, each distinct text worked out once: asked by text (rows given as cells) or by
 * the bytes of a field (rows read straight from a file's bytes, FieldMemo), with the same answers.
 */
class ColumnMemo<T> {
  readonly bytes: FieldMemo<T>;

  constructor(readonly of: (cell: string) => T) {
    this.bytes = new FieldMemo(of);
  }
}

const memoOf = <T>(make: (cell: string) => T): ColumnMemo<T> => {
  const memo = new CellMemo(make);
  return new ColumnMemo((cell) => memo.of(cell));
};

/** A date cell: null for none («-» included), "" for one that does not read as a date. */
const dateCell = (cell: string): ReadCell<string | null> => {
  const text = cell.trim();
  return { text, value: text === "" || text === "-" || text === "—" ? null : (readDateCell(text) ?? "") };
};

const statusCell = (cell: string): ReadCell<ReturnType<typeof readStatus>> => {
  const text = cell.trim();
  return { text, value: readStatus(text) };
};

const periodCell = (cell: string): ReadCell<PeriodFound | null> => {
  const text = cell.trim();
  return { text, value: text === "" ? null : readPeriodCell(text) };
};

/**
 * The rows under the header of one vacancy table, one at a time: the whole table held in memory, or a streamed
 * file whose rows are dropped once read. Keeps the records, one report per organisation and month, and the issues.
 * Each column's cells are read through a memo of their own (CellMemo): a table of a million rows reads each
 * distinct text of a column once, and a row costs a few comparisons and look-ups.
 */
export class VacancyRowReader {
  private readonly out: Omit<TableRead, "orgsTitled"> = { records: [], reports: new ReportBook(), issues: [] };
  private readonly header: readonly string[];
  private readonly labels: Readonly<Record<string, string>>;
  private readonly at: ColumnAt;
  /** False when the table has no period at all (reported once, rows not read). */
  private readonly readable: boolean;
  private readonly orgs: ColumnMemo<NameCell>;
  private readonly municipalities: ColumnMemo<NameCell>;
  private readonly positions: ColumnMemo<PositionCell>;
  private readonly subjects = memoOf((cell): SubjectText => ({ text: cell, position: null, pair: null }));
  private readonly periods = memoOf(periodCell);
  private readonly statuses = memoOf(statusCell);
  private readonly opened = memoOf(dateCell);
  private readonly closed = memoOf(dateCell);
  private readonly rates = new ColumnMemo(readCount);
  private readonly hours = new ColumnMemo(readCount);
  private readonly vacancies = new ColumnMemo(readCount);
  private readonly hoursPerRate = new ColumnMemo(readCount);
  /** The row being read: its cells, or its fields when it came from bytes (then `cells` is not its). */
  private cells: readonly string[] = [];
  private fields: FieldRow | null = null;
  private lastOrg: string | null;
  private orgsTitled = false;
  private lastMunicipality: string | null = null;
  private lastPeriod: PeriodFound | null;
  /** The month monthEnd gave the last day of last, and that day. */
  private endOf: string | null = null;
  private end = "";
  /** The row being read and its organisation: where its issues are. */
  private row = 0;

  constructor(private readonly src: TableSource) {
    const { table, context, sheet } = src;
    const col = table.columns;
    const header = table.grid.rows[table.headerRow].cells;
    this.header = header.map((c) => c.trim());
    this.labels = Object.fromEntries(Object.entries(col).map(([k, i]) => [k, oneLine(header[i] ?? k)]));
    this.at = new ColumnAt(col);
    this.lastOrg = context.org;
    this.lastPeriod = context.period;
    this.readable = col.period !== undefined || Boolean(context.period);
    if (!this.readable) this.out.issues.push(vacancyIssue("period_unknown", { sheet, row: null, item: null }, "period", { file: src.file }));
    this.orgs = memoOf(nameCell(this.header[this.at.org]));
    this.municipalities = memoOf(nameCell(this.header[this.at.municipality]));
    this.positions = memoOf((cell) => {
      const trimmed = cell.trim();
      const text = oneLine(trimmed);
      return {
        text,
        subtotal: isSubtotal(text),
        marksRow: marksRow(trimmed, this.header[this.at.position]),
        noVacancy: text === "" || saysNoVacancy(text),
        norm: src.normFor(text),
        subjects: new CellMemo((subjectCell) => {
          const subject = oneLine(subjectCell.trim());
          return { subject: subject === "" ? null : subject, posKey: positionKey(text, subject) };
        }, 1000),
      };
    });
  }

  push(gridRow: GridRow): void {
    if (!this.readable) return;
    const cells = gridRow.cells;
    if (isBlank(cells) || isColumnNumbers(cells) || isRepeatedHeader(cells, this.header)) return;
    this.cells = cells;
    this.fields = null;
    const { at } = this;
    const section = sectionRow(cells, at);
    // A group's title is no organisation; an organisation's name over its rows reads as its cell would.
    if (section?.kind === "group") return;
    if (section?.kind === "org") this.orgsTitled = true;
    const org = section?.kind === "org" ? this.orgs.of(section.name) : at.org < 0 ? null : this.cell(this.orgs, at.org);
    this.read(gridRow.row, at.position < 0 ? this.positions.of("") : this.cell(this.positions, at.position), org);
  }

  /**
   * A row read straight from a file's bytes: each cell it needs worked out of its field's bytes (decoded only when
   * not seen lately). A row whose position or organisation does not show it is a data row is read as cells.
   */
  pushFields(row: FieldRow): void {
    if (!this.readable) return;
    const { at } = this;
    const position = at.position < 0 ? this.positions.of("") : this.positions.bytes.of(row, at.position);
    const org = at.org < 0 ? null : this.orgs.bytes.of(row, at.org);
    // A row with no position may be a section's title (sectionRow): read as cells, as the few rows like it are.
    if (!(position.marksRow || org?.marksRow) || position.text === "") {
      this.push({ cells: row.cells(), row: row.row });
      return;
    }
    this.fields = row;
    this.read(row.row, position, org);
    this.fields = null;
  }

  /** The facts of the row's cell in column i, from its bytes or its text. */
  private cell<T>(memo: ColumnMemo<T>, i: number): T {
    return this.fields !== null ? memo.bytes.of(this.fields, i) : memo.of(rawAt(this.cells, i));
  }

  /** The row being read (push, pushFields), its checks passed, with its position and organisation cells. */
  private read(row: number, position: PositionCell, org: NameCell | null): void {
    const { src, out, at } = this;
    const { context } = src;
    const municipality = at.municipality < 0 ? null : this.cell(this.municipalities, at.municipality);
    if (position.subtotal || org?.subtotal || municipality?.subtotal) return;
    this.lastOrg = org?.text || this.lastOrg;
    this.lastMunicipality = municipality?.text || this.lastMunicipality;
    this.row = row;
    if (!this.lastOrg) {
      out.issues.push(vacancyIssue("org_empty", this.place(), "org"));
      return;
    }
    const period = this.rowPeriod(at.period < 0 ? undefined : this.cell(this.periods, at.period), context.period);
    if (!period) {
      out.issues.push(vacancyIssue("period_unknown", this.place(), "period", { file: src.file }));
      return;
    }
    this.lastPeriod = period;
    this.readRow(this.lastOrg, period, position);
  }

  result(): TableRead {
    return { records: this.out.records, reports: this.out.reports, issues: this.out.issues, orgsTitled: this.orgsTitled };
  }

  private place(): RowPlace {
    return { sheet: this.src.sheet, row: this.row, item: this.lastOrg };
  }

  /** A row's period: its own cell, else the one above (merged cells), else the table's. */
  private rowPeriod(cell: ReadCell<PeriodFound | null> | undefined, table: PeriodFound | null): PeriodFound | null {
    if (cell === undefined || cell.text === "") return this.lastPeriod ?? table;
    const found = cell.value;
    if (!found) return null;
    // A period cell naming only the month borrows the table's report date of the same month.
    return found.date === null && table?.period === found.period ? table : found;
  }

  private readRow(org: string, period: PeriodFound, position: PositionCell): void {
    const { src, out, at, labels } = this;
    const municipality = this.lastMunicipality;
    out.reports.note(period.period, municipality, org, src.sheet, this.row);
    const counts = countsOf(this.count(this.rates, at.rates), this.count(this.hours, at.hours), this.count(this.vacancies, at.vacancies), this.count(this.hoursPerRate, at.hoursPerRate), at.rates >= 0, labels, position.norm);
    // An organisation with nothing vacant writes its name with an empty or "нет" position and zeros.
    if (counts.nothing && (position.noVacancy || !counts.findings.some((x) => x.code === "count_missing"))) return;
    for (const x of counts.findings) if (src.table.typedCells || x.code !== "number_as_text") out.issues.push(vacancyIssue(x.code, this.place(), x.column, x.params));
    const statusCell = at.status < 0 ? null : this.cell(this.statuses, at.status);
    const status = statusCell ? statusCell.value : null;
    if (status === "unknown") out.issues.push(vacancyIssue("status_unknown", this.place(), "status", { value: statusCell!.text }));
    const closedCell = at.closed < 0 ? null : this.cell(this.closed, at.closed);
    const closedOn = this.dateOf(closedCell, "closed");
    const openedOn = this.dateOf(at.opened < 0 ? null : this.cell(this.opened, at.opened), "opened");
    const closed = status === "closed" || ((status === null || status === "unknown") && closedOn !== null);
    if (closed && (closedCell === null || closedCell.text === "")) out.issues.push(vacancyIssue("closed_without_date", this.place(), "closed"));
    if (openedOn) {
      const reportDate = period.date ?? this.monthEnd(period.period);
      if (openedOn > reportDate) out.issues.push(vacancyIssue("opened_after_report", this.place(), "opened", { opened: ruDate(openedOn), reportDate: ruDate(reportDate) }));
    }
    const pair = at.subject < 0 ? position.subjects.of("") : this.pairOf(position, this.cell(this.subjects, at.subject));
    // One literal with every field: a spread made a million records of another, larger shape.
    const record: VacancyRecord = {
      period: period.period,
      municipality,
      org,
      orgId: "",
      position: position.text,
      subject: pair.subject,
      posKey: pair.posKey,
      vacancies: counts.vacancies,
      rates: counts.rates,
      hours: counts.hours,
      status: closed ? "closed" : "open",
      sheet: src.sheet,
      row: this.row,
    };
    if (src.keep) src.keep(record);
    else out.records.push(record);
  }

  /** The last day of the month of a period: the rows of a month come together, so asked of the last one mostly. */
  private monthEnd(period: string): string {
    if (period !== this.endOf) {
      this.endOf = period;
      this.end = monthEnd(period);
    }
    return this.end;
  }

  /** The pair of a position and a subject cell: the subject's last pair when it was with this position last. */
  private pairOf(position: PositionCell, subject: SubjectText): SubjectCell {
    if (subject.position === position) return subject.pair!;
    const pair = position.subjects.of(subject.text);
    subject.position = position;
    subject.pair = pair;
    return pair;
  }

  /** A count cell of the row: empty where the table has no such column. */
  private count(memo: ColumnMemo<CountCell>, i: number): CountCell {
    return i < 0 ? readCount(undefined) : this.cell(memo, i);
  }

  /** The ISO date of a date cell, null for none; one that does not read as a date is reported (and is none). */
  private dateOf(cell: ReadCell<string | null> | null, column: "opened" | "closed"): string | null {
    if (cell === null || cell.value === null) return null;
    if (cell.value === "") {
      this.out.issues.push(vacancyIssue("date_unreadable", this.place(), column, { value: cell.text, label: this.labels[column] ?? column }));
      return null;
    }
    return cell.value;
  }
}

/** The last day of each month seen: asked on every row with an opening date. */
const monthEnds = new Map<string, string>();
const MONTH_CACHE_LIMIT = 50_000;

function monthEnd(period: string): string {
  let end = monthEnds.get(period);
  if (end === undefined) {
    if (monthEnds.size >= MONTH_CACHE_LIMIT) monthEnds.clear();
    monthEnds.set(period, (end = endOfPeriod(period)));
  }
  return end;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
