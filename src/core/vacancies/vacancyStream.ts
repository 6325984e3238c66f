import type { FieldRow } from "../fieldRow";
import { type GridRow, makeGrid, type SourceDocument } from "../grid";
import { type UncelledHeader, uncelledHeader, uncelledParams } from "../table/uncelledHeader";
import { findVacancyTables, VACANCY_CAPTIONS } from "./findVacancyTable";
import { hoursPerRateLookup } from "./hoursPerRate";
import { sourceLabel } from "./readVacancyInput";
import { VacancyRowReader } from "./readVacancyTable";
import { ReportBook } from "./reportBook";
import { tableContext, type TableContext } from "./tableContext";
import type { ReadVacancies, VacanciesOptions, VacancyRecord } from "./types";
import { VacancyLedger } from "./vacancyLedger";
import { vacancyIssue } from "./vacancyIssue";

/** Rows the header search reads: a title, a date line and the header are at the top of a vacancy table. */
const HEADER_WINDOW = 48;

type Stage =
  | { readonly kind: "header"; readonly rows: GridRow[] }
  | { readonly kind: "rows"; readonly reader: VacancyRowReader; readonly ledger: VacancyLedger; readonly context: TableContext; readonly headerRow: number }
  | { readonly kind: "none"; readonly uncelled?: UncelledHeader };

/**
 * The vacancy table of one delimited file that arrives row by row (a streamed CSV): the header is found in the
 * first rows, then each row goes straight into the row reader and on into a VacancyLedger, which keeps what the
 * checks and the sums need in compact form (a few numbers a row), and is dropped. Gives what readVacancyInput gives
 * for the same file held whole (its one table), its rows in the ledger; hand the result to consolidateRead with the
 * other inputs.
 */
export class VacancyStream {
  private stage: Stage = { kind: "header", rows: [] };
  private readonly doc: SourceDocument;

  constructor(
    private readonly file: string,
    private readonly opts: Pick<VacanciesOptions, "hoursPerRate"> & {
      readonly severalFiles?: boolean;
      /** The worksheet whose rows these are (a streamed .xlsx, or a sheet the pane streams): a month named by the sheet, issues naming it. */
      readonly sheet?: string;
    } = {},
  ) {
    this.doc = { name: file.split(/[\\/]/).pop() ?? file, sheet: opts.sheet ?? null, blocks: [] };
  }

  push(rows: readonly GridRow[]): void {
    for (const row of rows) {
      const stage = this.stage;
      if (stage.kind === "rows") stage.reader.push(row);
      else if (stage.kind === "header") {
        stage.rows.push(row);
        if (stage.rows.length >= HEADER_WINDOW) this.stage = this.start(stage.rows);
      }
    }
  }

  /** One row as its fields' bytes (streamCsv's `fields`): decoded only where the table's header is still sought. */
  pushFields(row: FieldRow): void {
    const stage = this.stage;
    if (stage.kind === "rows") stage.reader.pushFields(row);
    else if (stage.kind === "header") this.push([{ cells: row.cells(), row: row.row }]);
  }

  finish(): ReadVacancies {
    const stage = this.stage.kind === "header" ? this.start(this.stage.rows) : this.stage;
    this.stage = { kind: "none" };
    if (stage.kind !== "rows") {
      // No table, but its header in lines with no cells (a PDF's text pasted into column A): the user hears so.
      const uncelled = stage.kind === "none" ? stage.uncelled : undefined;
      const issues = uncelled ? [vacancyIssue("table_without_cells", { sheet: this.label(), row: uncelled.first, item: null }, null, uncelledParams(uncelled))] : [];
      return { records: [], reports: new ReportBook(), issues, found: false };
    }
    const read = stage.reader.result();
    const reports = read.reports;
    const { context } = stage;
    // A one-school file whose table is empty still counts as that school's report for the month (a file whose rows
    // are titled with their organisations is no one-school file).
    if (context.org && context.period && !read.orgsTitled) reports.note(context.period.period, null, context.org, this.label(), stage.headerRow);
    return { records: read.records, ledger: stage.ledger, reports, issues: read.issues, found: true };
  }

  private label(): string {
    return sourceLabel({ doc: this.doc, file: this.file }, this.opts.severalFiles ?? false);
  }

  private start(rows: GridRow[]): Stage {
    const grid = makeGrid(rows);
    const doc: SourceDocument = { ...this.doc, blocks: rows.length > 0 ? [{ kind: "table", grid, format: this.opts.sheet !== undefined ? "sheet" : "csv" }] : [] };
    const table = findVacancyTables(doc)[0];
    if (!table) return { kind: "none", uncelled: uncelledHeader(doc, VACANCY_CAPTIONS) ?? undefined };
    const context = tableContext(this.doc.sheet, table.context, this.file, table.columns.org !== undefined);
    const ledger = new VacancyLedger();
    const keep = (record: VacancyRecord) => ledger.add(record);
    const reader = new VacancyRowReader({ table, context, sheet: this.label(), file: this.file, normFor: hoursPerRateLookup(this.opts.hoursPerRate), keep });
    for (let r = table.headerRow + 1; r < rows.length; r++) reader.push(rows[r]);
    return { kind: "rows", reader, ledger, context, headerRow: grid.rows[table.headerRow].row };
  }
}
