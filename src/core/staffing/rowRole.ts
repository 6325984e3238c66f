import type { GridRow } from "../grid";
import { foldText } from "../text/normalize";
import { typeFromCell } from "./orgType";
import { matchStaffingHeader, type StaffingColumn } from "./staffingColumns";
import type { OrgType } from "./types";

/**
 * What a row of a staffing table is, before its cells are read: data, a subtotal ("Итого", "Всего"), a breakdown
 * of the row above ("в том числе", "из них"), a section naming an organisation type or an organisation for the rows
 * below, a header repeated after a page break, or blank.
 */
export type RowRole =
  | { readonly kind: "data" }
  | { readonly kind: "blank" }
  | { readonly kind: "subtotal"; readonly label: string }
  | { readonly kind: "breakdown" }
  | { readonly kind: "sectionType"; readonly type: OrgType }
  | { readonly kind: "sectionOrg"; readonly org: string }
  | { readonly kind: "header" };

const SUBTOTAL = /^(итого|всего|итог|в целом|общий итог)(\s|$|:|-)/;
const HAS_DIGIT = /\d/;
/**
 * Cheap test first, on the raw cell: every subtotal and breakdown label begins with ит, из, вс, об or в followed by
 * a non-letter (в том числе, в т.ч.), in either case or with a Latin look-alike. Surnames on И, В and О (most
 * rows of a staff list) are thus not folded at all.
 */
const MAY_BE_LABEL = /^\s*(?:[иИ][тТTзЗ]|[вВbB][сСcC]|[оОoO][бБ]|[вВbB](?![\p{L}\p{N}]))/u;
/**
 * A cell with nothing but whitespace in it. Trimmed only when it begins with whitespace (every character trim
 * removes is below 33, U+00A0 or from U+1680 on): every cell of every row is asked, and nearly none does.
 */
export function blank(c: string | undefined): boolean {
  if (c === undefined || c === "") return true;
  const f = c.charCodeAt(0);
  return (f <= 32 || f === 0xa0 || f >= 0x1680) && c.trim() === "";
}

/** Letters a label can begin with (MAY_BE_LABEL's first letters, with their look-alikes). */
const LABEL_STARTS = new Set([..."иИвВbBоОoO"].map((c) => c.charCodeAt(0)));

/**
 * MAY_BE_LABEL, its expression run only on a cell that begins with one of its letters or with whitespace: every cell of
 * a data row is asked, and nearly none begins so.
 */
export function mayBeLabel(cell: string): boolean {
  return cell !== "" && labelMayStartWith(cell.charCodeAt(0)) && MAY_BE_LABEL.test(cell);
}

/** Whether a cell beginning with this character (UTF-16 unit) may be a label: one of its letters, or whitespace. */
export function labelMayStartWith(c: number): boolean {
  return LABEL_STARTS.has(c) || c <= 32 || c === 0xa0 || c >= 0x1680;
}

const BREAKDOWN = /^(в том числе|в т\.? ?ч\.?|из них|из числа)(\s|$|:)/;

/** Cells where a subtotal or breakdown label can be: the organisation, name, type and position cells, and the first filled one. */
const LABEL_KEYS: readonly StaffingColumn[] = ["org", "fio", "type", "position"];

/** Roles without fields are shared: a million data rows make no million objects. */
const DATA: RowRole = Object.freeze({ kind: "data" });
const BLANK: RowRole = Object.freeze({ kind: "blank" });
const BREAKDOWN_ROLE: RowRole = Object.freeze({ kind: "breakdown" });
const HEADER_ROLE: RowRole = Object.freeze({ kind: "header" });

/** The label columns of a table (where labelOf looks), looked up once per table rather than once per row. */
const labelColumnsOf = new WeakMap<ReadonlyMap<StaffingColumn, number>, (number | undefined)[]>();
export function labelColumns(columns: ReadonlyMap<StaffingColumn, number>): (number | undefined)[] {
  let found = labelColumnsOf.get(columns);
  if (!found) labelColumnsOf.set(columns, (found = LABEL_KEYS.map((k) => columns.get(k))));
  return found;
}

function labelOf(row: GridRow, columns: ReadonlyMap<StaffingColumn, number>): RowRole | null {
  const at = labelColumns(columns);
  for (let k = 0; k <= LABEL_KEYS.length; k++) {
    const c = k < LABEL_KEYS.length ? at[k] : row.cells.findIndex((x) => !blank(x));
    const label = c === undefined || c < 0 ? "" : (row.cells[c] ?? "");
    if (!mayBeLabel(label)) continue;
    const folded = foldText(label);
    if (SUBTOTAL.test(folded)) return { kind: "subtotal", label };
    if (BREAKDOWN.test(folded)) return BREAKDOWN_ROLE;
  }
  return null;
}

/** What rowRole looks at in one cell: worked out once per distinct text of a column by a reader of field bytes. */
export interface CellLook {
  readonly blank: boolean;
  /** The cell may be a subtotal or breakdown label (the cheap test before the labels are matched). */
  readonly mayBeLabel: boolean;
  readonly digit: boolean;
}

/** Whether a cell has a digit (rowRole: a row with one is data rather than a header). */
export function hasDigit(cell: string): boolean {
  return HAS_DIGIT.test(cell);
}

/**
 * Whether rowRole would call a row data, judged on how its cells look (`looks`, one per cell; `labelAt`, the table's
 * labelColumns): two cells filled or more, a digit somewhere, and no label column nor the first filled cell that
 * may be a label. False means "ask rowRole with the row's cells": a section, a subtotal, a blank or a header row, or
 * a label-like cell rowRole must read (rare in a long list), so the answer is always rowRole's.
 */
export function surelyData(looks: readonly CellLook[], length: number, labelAt: readonly (number | undefined)[]): boolean {
  let filled = 0;
  let digit = false;
  for (let i = 0; i < length; i++) {
    const l = looks[i];
    if (l.blank) continue;
    // The first filled cell is one labelOf reads.
    if (filled === 0 && l.mayBeLabel) return false;
    filled += 1;
    digit ||= l.digit;
  }
  if (filled < 2 || !digit) return false;
  for (const c of labelAt) if (c !== undefined && c < length && looks[c].mayBeLabel) return false;
  return true;
}

export function rowRole(row: GridRow, columns: ReadonlyMap<StaffingColumn, number>): RowRole {
  let filled = 0;
  let only = "";
  for (const c of row.cells) {
    if (blank(c)) continue;
    filled += 1;
    only = c;
  }
  if (filled === 0) return BLANK;
  const label = labelOf(row, columns);
  if (label) return label;
  if (filled === 1 && !/^\s*[\d.,%\s-]+\s*$/.test(only)) {
    const type = typeFromCell(only);
    if (type !== null && type !== "unknown") return { kind: "sectionType", type };
    if (!columns.has("org") || row.cells[columns.get("org")!]?.trim() === only.trim()) return { kind: "sectionOrg", org: only.trim() };
  }
  if (row.cells.some((c) => c !== undefined && HAS_DIGIT.test(c))) return DATA;
  let headerLike = 0;
  for (const [key, c] of columns) if (matchStaffingHeader(row.cells[c] ?? "")?.key === key) headerLike += 1;
  if (headerLike >= 2) return HEADER_ROLE;
  return DATA;
}
