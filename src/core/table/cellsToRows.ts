import type { GridRow } from "../grid";

/**
 * Rows from a stream of cells, for text that lost its rows but kept its cells (a web page or a legal database copied
 * as text: one cell per line or paragraph). The header gives the number of columns; a cell that starts a row (an
 * item number) opens the next row, so a row with an empty cell left out still ends where it should; a cell that
 * cannot start a row where one must start is a row of its own (a section title).
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
  let i = 0;
  while (i < cells.length) {
    const first = cells[i];
    if (!spec.startsRow(first.text)) {
      rows.push({ cells: [first.text], row: first.line });
      i++;
      continue;
    }
    const row = [first.text];
    i++;
    while (i < cells.length && row.length < spec.width && !spec.startsRow(cells[i].text)) row.push(cells[i++].text);
    const short = row.length < spec.width;
    rows.push({
      cells: row,
      row: first.line,
      ...(short ? { notes: [{ code: "column_uncertain" as const, text: `в строке ${row.length} ячеек из ${spec.width}: ячейки разнесены по столбцам слева направо` }] } : {}),
    });
  }
  return rows;
}
