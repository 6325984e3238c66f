import type { Merge } from "../../core/grid";
import { CellBudget, checkGridSize } from "../gridLimits";

/**
 * Lays out cells with column and row spans the way HTML tables and Word tables do: each cell takes the first free
 * column of its row, a span occupies the cells to its right and below, the text stays in the top-left cell and a
 * Merge records the area. Rows are padded to the widest row so the grid is rectangular.
 */
export interface SpanCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
}

/** HTML's own limit on colspan; anything above is a typo or an attack. */
export const MAX_COLSPAN = 1000;

export function layoutSpans(rows: readonly (readonly SpanCell[])[]): { cells: string[][]; merges: Merge[] } {
  // The spans' cells are counted before any is laid out: a refusal costs nothing.
  const budget = new CellBudget();
  rows.forEach((row, r) => {
    for (const cell of row) budget.take(Math.min(Math.max(1, cell.colspan), MAX_COLSPAN) * Math.min(Math.max(1, cell.rowspan), rows.length - r));
  });
  const taken: boolean[][] = rows.map(() => []);
  const cells: string[][] = rows.map(() => []);
  const merges: Merge[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r][c]) c++;
      const colspan = Math.min(Math.max(1, cell.colspan), MAX_COLSPAN);
      const rowspan = Math.min(Math.max(1, cell.rowspan), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          taken[r + dr][c + dc] = true;
          cells[r + dr][c + dc] = dr === 0 && dc === 0 ? cell.text : "";
        }
      }
      if (colspan > 1 || rowspan > 1) merges.push({ top: r, left: c, bottom: r + rowspan - 1, right: c + colspan - 1 });
      c += colspan;
    }
  });
  const width = taken.reduce((w, row) => Math.max(w, row.length), 0);
  checkGridSize(rows.length, width);
  return { cells: cells.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? "")), merges };
}
