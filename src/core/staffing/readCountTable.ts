import type { GridRow } from "../grid";
import type { ParsedRow } from "./cellSchemas";
import { rowParser } from "./cellSchemas";
import { parseNumber } from "../text/numbers";
import type { StaffingTable, TableKind } from "./findStaffingTable";
import type { IssueSink } from "./issueSink";
import { NO_ORG, type OrgIndex } from "./orgIndex";
import { typeFromCell } from "./orgType";
import { placeRow, reportNumbersAsText, reportProblems, type ReadState } from "./readPersons";
import { rowRole } from "./rowRole";
import { COUNT_COLUMNS, type StaffingColumn } from "./staffingColumns";
import { SubtotalChecker } from "./subtotalChecker";
import { ORG_TYPES } from "./types";

/**
 * An aggregated table (one row per organisation) or a staff schedule (one row per organisation and position):
 * counts per row, subtotal rows left out and checked.
 */
export interface CountTable {
  readonly kind: Exclude<TableKind, "persons">;
  readonly sheet: string | null;
  /** Count columns the table has. */
  readonly present: ReadonlySet<StaffingColumn>;
  readonly org: number[];
  /** ORG_TYPES index + 1, 0 when not stated (resolved from the organisation later). */
  readonly type: number[];
  /** Source row of each data row. */
  readonly row: number[];
  /** Values per count column; NaN for a blank or unreadable cell. */
  readonly values: ReadonlyMap<StaffingColumn, number[]>;
  /** Percentages the table states next to its counts ("с высшим образованием, %"). */
  readonly statedPercents: ReadonlyMap<StaffingColumn, number[]>;
  readonly rows: number;
}

/** A count table read row by row (a streamed file has no grid to hold); the rows keep numbers only. */
export class CountTableReader {
  private readonly keys: StaffingColumn[];
  private readonly countKeys: StaffingColumn[];
  private readonly parse: ReturnType<typeof rowParser>;
  private readonly values: Map<StaffingColumn, number[]>;
  private readonly statedPercents: Map<StaffingColumn, number[]>;
  private readonly out = { org: [] as number[], type: [] as number[], row: [] as number[] };
  private readonly subtotals: SubtotalChecker;
  private readonly state: ReadState = { org: null, type: null, sectionType: null };
  /** Where each of `keys` is in a row. */
  private readonly at: number[];

  constructor(
    private readonly table: Pick<StaffingTable, "kind" | "columns" | "labels" | "percentColumns" | "typedCells">,
    private readonly sheet: string | null,
    private readonly orgs: OrgIndex,
    private readonly sink: IssueSink,
  ) {
    this.keys = [...table.columns.keys()].filter((k) => k !== "number");
    this.countKeys = this.keys.filter((k) => COUNT_COLUMNS.includes(k));
    this.parse = rowParser(this.keys);
    this.at = this.keys.map((k) => table.columns.get(k)!);
    this.values = new Map(this.countKeys.map((k) => [k, [] as number[]]));
    this.statedPercents = new Map([...table.percentColumns.keys()].map((k) => [k, [] as number[]]));
    this.subtotals = new SubtotalChecker(this.countKeys);
  }

  push(gridRow: GridRow): void {
    const { table, state, at, countKeys, sink, out } = this;
    const count = (p: ParsedRow) => (i: number) => (p[countKeys[i]] as { value: number } | null | undefined)?.value ?? null;
    const role = rowRole(gridRow, table.columns);
    if (role.kind === "sectionType") state.sectionType = role.type;
    if (role.kind === "sectionOrg") state.org = role.org;
    if (role.kind === "subtotal") this.subtotals.check(gridRow.row, role.label, count(this.parse(gridRow.cells, at).row), table.labels, sink);
    if (role.kind !== "data") return;
    const { row: p, problems } = this.parse(gridRow.cells, at);
    reportProblems(problems, gridRow.row, table, sink);
    reportNumbersAsText(p, countKeys, gridRow.row, table, sink);
    this.subtotals.addData(gridRow.row, count(p));
    const typeCell = p.type === undefined ? null : typeFromCell(p.type);
    if (typeCell === "unknown") sink.add("row_invalid", { row: gridRow.row, column: "type", params: { label: table.labels.get("type") ?? "type", value: p.type ?? "" } });
    const place = placeRow(p.org, typeCell === "unknown" ? null : typeCell, state);
    const org = this.orgs.indexOf(place.org ?? NO_ORG);
    this.orgs.stateType(org, place.type);
    out.org.push(org);
    out.type.push(place.type ? ORG_TYPES.indexOf(place.type) + 1 : 0);
    out.row.push(gridRow.row);
    for (const k of countKeys) this.values.get(k)!.push((p[k] as { value: number } | null | undefined)?.value ?? NaN);
    for (const [k, c] of table.percentColumns) this.statedPercents.get(k)!.push(parseNumber(gridRow.cells[c] ?? "")?.value ?? NaN);
  }

  result(): CountTable {
    const kind = this.table.kind === "persons" ? "aggregated" : this.table.kind;
    return { kind, sheet: this.sheet, present: new Set(this.countKeys), ...this.out, values: this.values, statedPercents: this.statedPercents, rows: this.out.row.length };
  }
}

export function readCountTable(table: StaffingTable, orgs: OrgIndex, sink: IssueSink): CountTable {
  const reader = new CountTableReader(table, table.doc.sheet, orgs, sink);
  for (let r = table.firstDataRow; r < table.grid.rows.length; r++) reader.push(table.grid.rows[r]);
  return reader.result();
}
