import type { ParsedRow } from "./cellSchemas";
import { rowParser } from "./cellSchemas";
import { percentCell } from "./cellSchemas";
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

export function readCountTable(table: StaffingTable, orgs: OrgIndex, sink: IssueSink): CountTable {
  const keys = [...table.columns.keys()].filter((k) => k !== "number");
  const countKeys = keys.filter((k) => COUNT_COLUMNS.includes(k));
  const parse = rowParser(keys);
  const values = new Map(countKeys.map((k) => [k, [] as number[]]));
  const statedPercents = new Map([...table.percentColumns.keys()].map((k) => [k, [] as number[]]));
  const out = { org: [] as number[], type: [] as number[], row: [] as number[] };
  const subtotals = new SubtotalChecker(countKeys);
  const state: ReadState = { org: null, type: null, sectionType: null };
  const cells: Partial<Record<StaffingColumn, string>> = {};
  const count = (p: ParsedRow) => (i: number) => (p[countKeys[i]] as { value: number } | null | undefined)?.value ?? null;
  for (let r = table.firstDataRow; r < table.grid.rows.length; r++) {
    const gridRow = table.grid.rows[r];
    const role = rowRole(gridRow, table.columns);
    if (role.kind === "sectionType") state.sectionType = role.type;
    if (role.kind === "sectionOrg") state.org = role.org;
    for (const k of keys) cells[k] = gridRow.cells[table.columns.get(k)!] ?? "";
    if (role.kind === "subtotal") subtotals.check(gridRow.row, role.label, count(parse(cells).row), table.labels, sink);
    if (role.kind !== "data") continue;
    const { row: p, problems } = parse(cells);
    reportProblems(problems, gridRow.row, table, sink);
    reportNumbersAsText(p, countKeys, gridRow.row, sink);
    subtotals.addData(gridRow.row, count(p));
    const typeCell = p.type === undefined ? null : typeFromCell(p.type);
    if (typeCell === "unknown") sink.add("row_invalid", { row: gridRow.row, column: "type", params: { label: table.labels.get("type") ?? "type", value: p.type ?? "" } });
    const place = placeRow(p.org, typeCell === "unknown" ? null : typeCell, state);
    const org = orgs.indexOf(place.org ?? NO_ORG);
    orgs.stateType(org, place.type);
    out.org.push(org);
    out.type.push(place.type ? ORG_TYPES.indexOf(place.type) + 1 : 0);
    out.row.push(gridRow.row);
    for (const k of countKeys) values.get(k)!.push((p[k] as { value: number } | null | undefined)?.value ?? NaN);
    for (const [k, c] of table.percentColumns) statedPercents.get(k)!.push(percentCell.safeParse(gridRow.cells[c] ?? "").data ?? NaN);
  }
  const kind = table.kind === "persons" ? "aggregated" : table.kind;
  return { kind, sheet: table.doc.sheet, present: new Set(countKeys), ...out, values, statedPercents, rows: out.row.length };
}
