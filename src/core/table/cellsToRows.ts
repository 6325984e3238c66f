import type { GridRow } from "../grid";
import { isAmountCell, opensSumRow } from "./sumRows";

/**
 * Rows from a stream of cells, for text that lost its rows but kept its cells (a web page or a legal database copied
 * as text: one cell per line or paragraph). The header gives the number of columns; a cell that starts a row (an
 * item number) opens the next row, so a row with an empty cell left out still ends where it should; a cell that
 * cannot start a row where one must start is a row of its own (a section title). A sum row («Итого по разделу 1»)
 * opens a row too, with the cells before its label where the page gave them (the number's, a deadline's or a sum's
 * before the name's column).
 */
export interface StreamCell {
  readonly text: string;
  /** Source line where the cell starts, 1-based. */
  readonly line: number;
}

export interface CellRowsSpec {
  /** Columns of the table: the number of header cells. */
  readonly width: number;
  /** Whether a cell opens a row (an item number). */
  readonly startsRow: (text: string) => boolean;
}

export function cellsToRows(cells: readonly StreamCell[], spec: CellRowsSpec): GridRow[] {
  const rows: GridRow[] = [];
  const textAt = (k: number) => cells[k]?.text;
  const opensRow = (k: number) => spec.startsRow(cells[k].text) || cellsBeforeSum(textAt, k, spec.width) >= 0;
  let i = 0;
  while (i < cells.length) {
    const first = cells[i];
    // «1 | 2 | … | 7»: the columns' numbers under the header (again on every page), one row the plan reader drops.
    if (isColumnNumberRun(cells, i, spec.width)) {
      rows.push({ cells: cells.slice(i, i + spec.width).map((c) => c.text), row: first.line });
      i += spec.width;
      continue;
    }
    if (!opensRow(i)) {
      rows.push({ cells: [first.text], row: first.line });
      i++;
      continue;
    }
    const row = [first.text];
    // A sum row's label goes on from the cells before it (the number's, and any other column's before the label).
    const before = spec.startsRow(first.text) ? 0 : Math.max(0, cellsBeforeSum(textAt, i, spec.width));
    for (let k = 0; k < before; k++) row.push(cells[++i].text);
    i++;
    // Cells before a sum row's label end this row where it cannot take them all; else the row takes what it lacks,
    // and the rest open the sum row.
    const endsRow = (k: number) => {
      const lead = cellsBeforeSum(textAt, k, spec.width);
      return spec.startsRow(cells[k].text) || (lead >= 0 && row.length + lead < spec.width);
    };
    while (i < cells.length && row.length < spec.width && !endsRow(i)) row.push(cells[i++].text);
    const short = row.length < spec.width;
    rows.push({
      cells: row,
      row: first.line,
      ...(short ? { notes: [{ code: "column_uncertain" as const, text: `в строке ${row.length} ячеек из ${spec.width}: ячейки разнесены по столбцам слева направо` }] } : {}),
    });
  }
  return rows;
}

/** Cells `i` … `i + width − 1` are «1», «2», … «width». */
function isColumnNumberRun(cells: readonly StreamCell[], i: number, width: number): boolean {
  if (width < 3 || i + width > cells.length) return false;
  for (let k = 0; k < width; k++) if (cells[i + k].text.trim() !== String(k + 1)) return false;
  return true;
}

/**
 * How many cells from `k` come before a sum row's label («Итого по разделу 1»), fewer than a row holds; -1 where no
 * label follows them. The label stands in the name's column: every column before it is a cell of the sum row, empty or
 * a sum (the money's columns before the name's).
 */
export function cellsBeforeSum(textAt: (k: number) => string | undefined, k: number, width: number): number {
  const emptyOrSum = (text: string | undefined) => text !== undefined && (text.trim() === "" || isAmountCell(text));
  let m = 0;
  while (m < width - 1 && emptyOrSum(textAt(k + m))) m++;
  const label = textAt(k + m);
  return label !== undefined && opensSumRow(label) ? m : -1;
}
