import type { FieldRow } from "../fieldRow";
import type { GridRow } from "../grid";
import type { ParsedRow, RowProblem } from "./cellSchemas";
import { rowParser } from "./cellSchemas";
import type { StaffingTable } from "./findStaffingTable";
import type { IssueSink } from "./issueSink";
import { NO_ORG } from "./orgIndex";
import { typeFromCell } from "./orgType";
import { type NameBytes, PersonKeys } from "./personKeys";
import type { PersonStore } from "./personStore";
import { plainUtf8Text } from "./personKey";
import { groupFromPosition } from "./positionGroup";
import { FieldCells } from "./fieldCells";
import { rowRole } from "./rowRole";
import type { Ymd } from "./staffDate";
import type { StaffingColumn } from "./staffingColumns";
import { SubtotalChecker } from "./subtotalChecker";
import { ORG_TYPES, type OrgType } from "./types";
import { valueCode } from "./valueVocab";

const MAIN = valueCode("employment", "main");
const INTERNAL = valueCode("employment", "internal");
const NUMBER_COLUMNS: readonly StaffingColumn[] = ["rate", "experience"];

/** Where the reader is in a sheet: fill-down of merged organisation and type cells, and section rows. */
export interface ReadState {
  /** Organisation of the row above (merged cells leave the rows below blank) or of a section row. */
  org: string | null;
  /** Type of the row above, while the organisation stays the same. */
  type: OrgType | null;
  /** Type named by the last section row ("Дошкольные образовательные организации"). */
  sectionType: OrgType | null;
}

/** The organisation and type of a data row: its own cells, else the row above, else the section. */
export function placeRow(orgCell: string | undefined, typeCell: OrgType | null, state: ReadState): { org: string | null; type: OrgType | null } {
  if (orgCell) {
    if (orgCell !== state.org) state.type = null;
    state.org = orgCell;
  }
  if (typeCell) state.type = typeCell;
  return { org: state.org, type: state.type ?? state.sectionType };
}

export function reportProblems(problems: readonly RowProblem[], row: number, table: Pick<StaffingTable, "labels">, sink: IssueSink): void {
  for (const p of problems) sink.add("row_invalid", { row, column: p.column, params: { label: table.labels.get(p.column) ?? p.column, value: p.value } });
}

export function reportNumbersAsText(parsed: ParsedRow, keys: readonly StaffingColumn[], row: number, table: Pick<StaffingTable, "typedCells">, sink: IssueSink): void {
  if (!table.typedCells) return;
  for (const k of keys) {
    const cell = parsed[k] as { value: number; asText: boolean; text: string } | null | undefined;
    if (cell && cell.asText && sink.counted("number_as_text")) sink.listed("number_as_text", { row, column: k, params: { value: cell.text, number: cell.value } });
  }
}

/** The header of a staffing table: what a row reader needs (a streamed table has no grid to hold). */
export type TableHeader = Pick<StaffingTable, "columns" | "labels" | "typedCells">;

/** Makes room before a new person of organisation `org` is added (the tally may empty the store here). */
export type BeforeAdd = (org: number) => void;

/**
 * Reads a person-level table row by row into the store. Persons are counted once: a person (ФИО + date of birth,
 * else ФИО + organisation) with an internal part-time row adds its rate to the main row; two main rows are a
 * duplicate. External part-timers and ГПХ rows are kept as their own entries: the population filters leave them out.
 */
export class PersonReader {
  /** Data rows read. */
  rows = 0;
  private readonly keys: StaffingColumn[];
  private readonly parse: ReturnType<typeof rowParser>;
  private readonly subtotals: SubtotalChecker;
  private readonly state: ReadState = { org: null, type: null, sectionType: null };
  private readonly at: number[];
  /** The number columns the table has (those whose cells may be numbers typed as text). */
  private readonly numberKeys: StaffingColumn[];
  /** The cells of rows given as fields (pushFields), made at the first. */
  private fields: FieldCells | null = null;

  constructor(
    private readonly table: TableHeader,
    private readonly store: PersonStore,
    private readonly asOf: Ymd | null,
    private readonly sink: IssueSink,
    private readonly seen: PersonKeys,
    private readonly beforeAdd: BeforeAdd = () => undefined,
  ) {
    this.keys = [...table.columns.keys()].filter((k) => k !== "number");
    this.at = this.keys.map((k) => table.columns.get(k)!);
    this.parse = rowParser(this.keys);
    this.numberKeys = NUMBER_COLUMNS.filter((k) => this.keys.includes(k));
    this.subtotals = new SubtotalChecker(table.columns.has("rate") ? ["rate"] : []);
  }

  /** Reads one row below the header. */
  push(gridRow: GridRow): void {
    const { table, state, at, sink } = this;
    const role = rowRole(gridRow, table.columns);
    if (role.kind === "sectionType") state.sectionType = role.type;
    if (role.kind === "sectionOrg") {
      state.org = role.org;
      state.type = null;
    }
    if (role.kind === "subtotal") {
      const { row: parsed } = this.parse(gridRow.cells, at);
      this.subtotals.check(gridRow.row, role.label, () => parsed.rate?.value ?? null, table.labels, sink);
    }
    if (role.kind !== "data") return;
    const { row: p, problems } = this.parse(gridRow.cells, at);
    this.readData(p, problems, gridRow.row);
  }

  /**
   * One row as its fields' bytes (streamCsv's `fields`): a row that is surely data is read from its fields' facts,
   * each worked out once per distinct bytes of its column; any other row (a section, a subtotal, a label-like
   * cell) is read as cells by `push`, so every row is read as `push` reads it.
   */
  pushFields(fieldRow: FieldRow): void {
    const fields = (this.fields ??= new FieldCells(this.keys, this.at, this.table.columns));
    if (!fields.see(fieldRow)) {
      this.push({ cells: fieldRow.cells(), row: fieldRow.row });
      return;
    }
    const { row: p, problems } = fields.parse(fieldRow);
    this.readData(p, problems, fieldRow.row, fields.name());
  }

  /** `name`: the name's field as bytes when it was read so (parse then leaves p.fio out), else null. */
  private readData(p: ParsedRow, problems: readonly RowProblem[], row: number, name: NameBytes | null = null): void {
    const { table, sink } = this;
    this.rows += 1;
    reportProblems(problems, row, table, sink);
    reportNumbersAsText(p, this.numberKeys, row, table, sink);
    this.subtotals.addData(row, () => p.rate?.value ?? null);
    addPerson(p, name ?? p.fio ?? "", row, table, this.store, this.asOf, sink, this.seen, this.state, this.beforeAdd);
  }
}

/** The columns a person table brings to the store (a position column gives the group). */
export function personColumns(table: TableHeader): StaffingColumn[] {
  const keys = [...table.columns.keys()].filter((k) => k !== "number");
  if (!table.columns.has("group") && table.columns.has("position")) keys.push("group");
  return keys;
}

/** `fio`: the name as written, or its field's bytes (decoded only for an issue that names the person). */
function addPerson(p: ParsedRow, fio: string | NameBytes, row: number, table: TableHeader, store: PersonStore, asOf: Ymd | null, sink: IssueSink, seen: PersonKeys, state: ReadState, beforeAdd: BeforeAdd): void {
  const typeCell = p.type === undefined ? null : typeFromCell(p.type);
  if (typeCell === "unknown") sink.add("row_invalid", { row, column: "type", params: { label: table.labels.get("type") ?? "type", value: p.type ?? "" } });
  const place = placeRow(p.org, typeCell === "unknown" ? null : typeCell, state);
  const org = store.orgs.indexOf(place.org ?? NO_ORG);
  store.orgs.stateType(org, place.type);
  const employment = p.employment ?? MAIN;
  const rate = p.rate?.value ?? 0;
  const dismissed = p.dismissalDate !== undefined && p.dismissalDate > 0 && asOf !== null && p.dismissalDate <= asOf;
  const keyed = fio !== "" && (employment === MAIN || employment === INTERNAL) && seen.name(fio);
  const scope = PersonKeys.scopeOf(p.birthDate, org);
  const existing = keyed ? seen.find(scope, dismissed) : -1;
  if (existing >= 0) {
    const before = store.employment[existing];
    if (employment === MAIN && before === MAIN) {
      if (sink.counted("duplicate_person")) {
        const person = typeof fio === "string" ? fio : plainUtf8Text(fio.bytes, fio.start, fio.end);
        sink.listed("duplicate_person", { row, item: person, params: { person, firstRow: store.row[existing] } });
      }
      return;
    }
    store.rate[existing] += rate;
    if (employment === MAIN) fill(store, existing, p, row, org, employment, store.rate[existing], place.type);
    return;
  }
  beforeAdd(org);
  const i = store.add();
  fill(store, i, p, row, org, employment, rate, place.type);
  if (keyed) seen.add(scope, dismissed, i);
}

function fill(store: PersonStore, i: number, p: ParsedRow, row: number, org: number, employment: number, rate: number, type: OrgType | null): void {
  store.row[i] = row;
  store.org[i] = org;
  store.type[i] = type ? ORG_TYPES.indexOf(type) + 1 : 0;
  store.group[i] = p.group ? p.group : groupFromPosition(p.position ?? "");
  store.employment[i] = employment;
  store.education[i] = p.education ?? 0;
  store.category[i] = p.category ?? 0;
  store.sex[i] = p.sex ?? 0;
  store.young[i] = p.youngSpecialist === undefined ? 0 : p.youngSpecialist ? 2 : 1;
  store.mentor[i] = p.mentor === undefined ? 0 : p.mentor ? 2 : 1;
  store.birth[i] = p.birthDate ?? 0;
  store.training[i] = p.training ?? 0;
  store.hire[i] = p.hireDate ?? 0;
  store.dismissal[i] = p.dismissalDate ?? 0;
  store.experience[i] = p.experience?.value ?? NaN;
  store.rate[i] = rate;
}
