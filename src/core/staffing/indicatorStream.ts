import type { FieldRow } from "../fieldRow";
import type { GridRow, SourceDocument } from "../grid";
import type { Issue } from "../issues/issue";
import { indicatorsReport, notStaffing, uncelledStaffing, SinkSet, type Sources } from "./computeIndicators";
import { findTableInGrid, type StaffingTable } from "./findStaffingTable";
import { OrgIndex } from "./orgIndex";
import { PersonTally } from "./personTally";
import { CountTableReader } from "./readCountTable";
import type { PersonReader } from "./readPersons";
import { resolveAsOf } from "./resolveAsOf";
import { resolveCatalogue, type ResolvedCatalogue } from "./resolveCatalogue";
import type { ComputeResult, IndicatorsOptions } from "./types";

/** Rows the header search reads (findTableInGrid looks at 40, plus a second header row and a row of column numbers). */
const HEADER_WINDOW = 48;
/**
 * Persons held before they are added up (at the next organisation boundary): larger than any one organisation, and
 * small enough that the store and its map of names stay in the processor caches and out of the old generation.
 */
const PERSON_WINDOW = 1 << 15;

type Stage =
  | { readonly kind: "header"; readonly rows: GridRow[] }
  | { readonly kind: "persons"; readonly tally: PersonTally; readonly reader: PersonReader; readonly sheet: string; readonly asOfIssues: Issue[] }
  | { readonly kind: "counts"; readonly reader: CountTableReader; readonly asOfIssues: Issue[] }
  | { readonly kind: "done"; readonly result: ComputeResult };

/**
 * Indicators of one staffing table that arrives row by row (a streamed CSV): the header is found in the first
 * rows, then every row goes straight into the person tally or the count reader and is dropped. Memory stays flat
 * whatever the number of rows. Gives what computeIndicators gives for the same table held whole; a person list
 * longer than the window is judged window by window (see PersonTally).
 */
export class IndicatorStream {
  private stage: Stage = { kind: "header", rows: [] };
  private readonly catalogue: ResolvedCatalogue | null;
  private readonly sinks = new SinkSet();
  private readonly orgs = new OrgIndex();
  private readonly doc: SourceDocument;

  constructor(
    name: string,
    private readonly opts: IndicatorsOptions & { readonly window?: number } = {},
  ) {
    this.doc = { name, sheet: null, blocks: [] };
    const resolved = resolveCatalogue(opts.catalogue);
    this.catalogue = resolved.ok ? resolved.catalogue : null;
    if (!resolved.ok) this.stage = { kind: "done", result: { ok: false, issues: resolved.issues } };
  }

  push(rows: readonly GridRow[]): void {
    for (const row of rows) {
      const stage = this.stage;
      if (stage.kind === "persons" || stage.kind === "counts") stage.reader.push(row);
      else if (stage.kind === "header") {
        stage.rows.push(row);
        if (stage.rows.length >= HEADER_WINDOW) this.stage = this.start(stage.rows);
      }
    }
  }

  /** One row as its fields' bytes (streamCsv's `fields`): decoded only where the person reader needs the text. */
  pushFields(row: FieldRow): void {
    const stage = this.stage;
    if (stage.kind === "persons") stage.reader.pushFields(row);
    else if (stage.kind !== "done") this.push([{ cells: row.cells(), row: row.row }]);
  }

  finish(): ComputeResult {
    const stage = this.stage.kind === "header" ? this.start(this.stage.rows) : this.stage;
    if (stage.kind === "done") return stage.result;
    const src: Sources =
      stage.kind === "persons"
        ? { persons: stage.tally, personSheets: [stage.sheet], personRows: stage.reader.rows, counts: [], orgs: this.orgs }
        : { persons: null, personSheets: [], personRows: 0, counts: [stage.reader.result()], orgs: this.orgs };
    const report = indicatorsReport(src, this.catalogue!, stage.asOfIssues, this.sinks);
    this.stage = { kind: "done", result: { ok: true, report } };
    return this.stage.result;
  }

  /** Finds the header in the first rows and reads the rows below it. */
  private start(rows: GridRow[]): Exclude<Stage, { kind: "header" }> {
    const grid = { rows, merges: [] };
    const table: StaffingTable | null = findTableInGrid(this.doc, grid, false);
    if (!table) return { kind: "done", result: notStaffing([this.doc], uncelledStaffing({ ...this.doc, blocks: [{ kind: "table", grid, format: "csv" }] })) };
    const asOf = resolveAsOf(this.opts, [table]);
    if (!asOf.ok) return { kind: "done", result: { ok: false, issues: [asOf.issue] } };
    const sink = this.sinks.of(null);
    const catalogue = this.catalogue!;
    let stage: Extract<Stage, { kind: "persons" | "counts" }>;
    if (table.kind === "persons") {
      const tally = new PersonTally([table], catalogue.definitions, catalogue.population, asOf.date, this.orgs, this.opts.window ?? PERSON_WINDOW);
      stage = { kind: "persons", tally, reader: tally.reader(table, sink), sheet: this.doc.name, asOfIssues: asOf.issues };
    } else {
      stage = { kind: "counts", reader: new CountTableReader(table, null, this.orgs, sink), asOfIssues: asOf.issues };
    }
    for (let r = table.firstDataRow; r < rows.length; r++) stage.reader.push(rows[r]);
    return stage;
  }
}
