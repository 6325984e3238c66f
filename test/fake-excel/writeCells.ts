/**
 * 2-D writes of `values`, `formulas` and `numberFormat`: the array must have the range's exact shape, every
 * cell is checked before any is changed, and strings are coerced as Excel does (coerce.ts).
 */
import { areaCols, areaRows, type Area } from "./address";
import { coerceInput, type Coerced } from "./coerce";
import type { FakeRuntime } from "./context";
import { fail, SHAPE_MISMATCH } from "./officeError";
import { cellAt, peekCell, DEFAULT_FORMAT, type SheetState } from "./state";

export type MatrixKind = "values" | "formulas" | "numberFormat";

function checkShape(input: unknown, area: Area, location: string): readonly (readonly unknown[])[] {
  const rows = areaRows(area);
  const cols = areaCols(area);
  const ok = Array.isArray(input) && input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) fail("InvalidArgument", location, SHAPE_MISMATCH);
  return input as unknown[][];
}

export function writeMatrix(runtime: FakeRuntime, sheet: SheetState, area: Area, kind: MatrixKind, input: unknown): void {
  const location = `Range.${kind}`;
  const matrix = checkShape(input, area, location);
  if (kind === "numberFormat") return writeFormats(sheet, area, matrix, location);
  const planned: [number, number, Coerced][] = [];
  matrix.forEach((row, r) =>
    row.forEach((input, c) => {
      const current = peekCell(sheet, area.top + r, area.left + c)?.numberFormat ?? DEFAULT_FORMAT;
      const coerced = coerceInput(input, current, location, runtime.currentYear);
      if (coerced) planned.push([area.top + r, area.left + c, coerced]);
    }),
  );
  for (const [r, c, coerced] of planned) {
    const cell = cellAt(sheet, r, c);
    cell.value = coerced.value;
    if (coerced.formula === undefined) delete cell.formula;
    else cell.formula = coerced.formula;
    if (coerced.numberFormat) cell.numberFormat = coerced.numberFormat;
  }
}

function writeFormats(sheet: SheetState, area: Area, matrix: readonly (readonly unknown[])[], location: string): void {
  for (const row of matrix) for (const f of row) if (f !== null && typeof f !== "string") fail("InvalidArgument", location);
  matrix.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f === "string") cellAt(sheet, area.top + r, area.left + c).numberFormat = f === "" ? DEFAULT_FORMAT : f;
    }),
  );
}

/** Reads a 2-D property of every cell of an area (reads over 5M cells fail as in Excel). */
export function readMatrix<T>(sheet: SheetState, area: Area, read: (cell: ReturnType<typeof peekCell>) => T): T[][] {
  if (areaRows(area) * areaCols(area) > 5_000_000) fail("RangeExceedsLimit", "Range.load");
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = sheet.rows[r];
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(cells?.[c]));
    out.push(row);
  }
  return out;
}

/** One value when every cell agrees, else null (format properties read this way, OFFICEJS.md §2). */
export function aggregate<T>(sheet: SheetState, area: Area, read: (cell: ReturnType<typeof peekCell>) => T): T | null {
  let first = true;
  let result: T | null = null;
  for (let r = area.top; r <= area.bottom; r++) {
    const cells = sheet.rows[r];
    for (let c = area.left; c <= area.right; c++) {
      const v = read(cells?.[c]);
      if (first) [result, first] = [v, false];
      else if (v !== result) return null;
      if (!cells) break; // a missing row reads as defaults in every column
    }
  }
  return result;
}
