import type { GridRow, Merge, SourceDocument } from "../grid";
import { mergesWithin } from "../sheet/mergesWithin";
import type { Issue } from "../issues/issue";
import { indicatorsReport, notStaffing, SinkSet, type Sources, uncelledStaffing } from "./computeIndicators";
import { findTableInGrid, type StaffingTable } from "./findStaffingTable";
import { OrgIndex } from "./orgIndex";
import { PersonTally } from "./personTally";
import { CountTableReader, type CountTable } from "./readCountTable";
import { personColumns, type PersonReader } from "./readPersons";
import { resolveAsOf } from "./resolveAsOf";
import { resolveCatalogue, type ResolvedCatalogue } from "./resolveCatalogue";
import type { Ymd } from "./staffDate";
import type { ComputeResult, IndicatorsOptions } from "./types";

/** Rows the header search reads (as IndicatorStream: findTableInGrid looks at 40, plus a second header row and column numbers). */
const HEADER_WINDOW = 48;
/** Persons held before they are added up, as IndicatorStream holds them (see PersonTally). */
const PERSON_WINDOW = 1 << 15;

/** One sheet's rows as they arrive. */
export interface SheetFeed {
  push(rows: readonly GridRow[]): void;
  end(): void;
}

type SheetStage =
  | { readonly kind: "header"; readonly rows: GridRow[] }
  | { readonly kind: "reading"; readonly reader: { push(row: GridRow): void } }
  | { readonly kind: "ignored" };

/**
 * Indicators of a workbook whose sheets arrive one after another, row by row (a streamed .xlsx): each sheet's
 * header is found in its first rows, then its rows go straight into the person tally or a count reader, so memory
 * stays flat. Gives what computeIndicators gives for the same sheets held whole, in the order the whole read would
 * take them: persons first, then count tables in sheet order. Where one pass cannot give that (a count table before
 * the staff list, a second staff list with other columns, an as-of date stated only after the staff list was read),
 * `finish` returns null and the caller reads the workbook whole. A list longer than the window is judged window by
 * window, as the CSV stream judges it.
 */
export class SheetsIndicatorStream {
  private readonly catalogue: ResolvedCatalogue | null;
  private readonly failure: ComputeResult | null = null;
  private readonly sinks = new SinkSet();
  private readonly orgs = new OrgIndex();
  private readonly docs: SourceDocument[] = [];
  private readonly tables: StaffingTable[] = [];
  private readonly counts: CountTableReader[] = [];
  private tally: PersonTally | null = null;
  private tallyAsOf: Ymd | null = null;
  private readonly personSheets: string[] = [];
  private readonly personReaders: PersonReader[] = [];
  /** False once the one pass can no longer give the whole read's result. */
  private exact = true;
  /** The first sheet whose table lost its cells, told where no sheet holds a table. */
  private uncelled: Issue | null = null;

  constructor(
    private readonly name: string,
    private readonly opts: IndicatorsOptions & { readonly window?: number } = {},
  ) {
    const resolved = resolveCatalogue(opts.catalogue);
    this.catalogue = resolved.ok ? resolved.catalogue : null;
    if (!resolved.ok) this.failure = { ok: false, issues: resolved.issues };
  }

  /** Whether rows are still worth sending (false once the result is decided without them). */
  get wanted(): boolean {
    return this.exact && this.failure === null;
  }

  /** The next sheet of the workbook, with its merged areas (a header of two rows under a merged caption needs them). */
  sheet(sheet: string, merges: readonly Merge[] = []): SheetFeed {
    const doc: SourceDocument = { name: this.name, sheet, blocks: [] };
    this.docs.push(doc);
    let stage: SheetStage = { kind: "header", rows: [] };
    return {
      push: (rows) => {
        for (const row of rows) {
          if (stage.kind === "reading") stage.reader.push(row);
          else if (stage.kind === "header") {
            stage.rows.push(row);
            if (stage.rows.length >= HEADER_WINDOW) stage = this.start(doc, stage.rows, merges);
          }
        }
      },
      end: () => {
        if (stage.kind === "header") this.start(doc, stage.rows, merges);
        stage = { kind: "ignored" };
      },
    };
  }

  /** The report, or null when the one pass could not give the whole read's result. */
  finish(): ComputeResult | null {
    if (this.failure) return this.failure;
    if (!this.exact) return null;
    if (this.tables.length === 0) return notStaffing(this.docs, this.uncelled);
    const asOf = resolveAsOf(this.opts, this.tables);
    if (!asOf.ok) return { ok: false, issues: [asOf.issue] };
    if (this.tally && asOf.date !== this.tallyAsOf) return null;
    const counts: CountTable[] = this.counts.map((c) => c.result());
    counts.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "schedule" ? -1 : 1));
    const src: Sources = {
      persons: this.tally,
      personSheets: this.personSheets,
      personRows: this.personReaders.reduce((n, r) => n + r.rows, 0),
      counts,
      orgs: this.orgs,
    };
    return { ok: true, report: indicatorsReport(src, this.catalogue!, asOf.issues, this.sinks) };
  }

  /** Finds the sheet's table in its first rows and reads those below the header. */
  private start(doc: SourceDocument, rows: GridRow[], merges: readonly Merge[]): SheetStage {
    if (!this.wanted) return { kind: "ignored" };
    const grid = { rows, merges: mergesWithin(merges, rows) };
    const table = findTableInGrid(doc, grid, true);
    if (!table) {
      this.uncelled ??= uncelledStaffing({ ...doc, blocks: [{ kind: "table", grid, format: "sheet" }] });
      return { kind: "ignored" };
    }
    this.tables.push(table);
    const reader = table.kind === "persons" ? this.personReader(table) : this.countReader(table);
    if (!reader) {
      this.exact = false;
      return { kind: "ignored" };
    }
    for (let r = table.firstDataRow; r < rows.length; r++) reader.push(rows[r]);
    return { kind: "reading", reader };
  }

  private personReader(table: StaffingTable): PersonReader | null {
    // The whole read numbers organisations from the staff lists first: a count table read before cannot be undone.
    if (this.counts.length > 0) return null;
    if (!this.tally) {
      const asOf = resolveAsOf(this.opts, this.tables);
      if (!asOf.ok) return null;
      this.tallyAsOf = asOf.date;
      this.tally = new PersonTally([table], this.catalogue!.definitions, this.catalogue!.population, asOf.date, this.orgs, this.opts.window ?? PERSON_WINDOW);
    } else if (personColumns(table).some((k) => !this.tally!.present.has(k))) {
      return null;
    }
    const reader = this.tally.reader(table, this.sinks.of(table.doc.sheet));
    this.personSheets.push(table.doc.sheet ?? table.doc.name);
    this.personReaders.push(reader);
    return reader;
  }

  private countReader(table: StaffingTable): CountTableReader {
    const reader = new CountTableReader(table, table.doc.sheet, this.orgs, this.sinks.of(table.doc.sheet));
    this.counts.push(reader);
    return reader;
  }
}

