import type { Grid, GridRow } from "../grid";
import { isColumnNumbers } from "./rowShapes";

/**
 * Header search shared by every table kind. A kind says how it reads a row of labels as a header and how good a
 * header is; the kernel scans the first rows, tries two-row headers (a caption over sub-captions, merged or not),
 * keeps the best and steps over a row of column numbers under it.
 */
export interface HeaderSpec<G> {
  /** The labels read as a header of this kind, or null when they are not one. */
  read(labels: readonly string[]): G | null;
  score(guess: G): number;
  /** Two-row headers; without this only single rows are headers. */
  readonly twoRows?: TwoRowSpec<G>;
  /** How many rows from the top a header may be (title blocks sit above it). */
  readonly scanRows?: number;
}

export interface TwoRowSpec<G> {
  /** Whether `lower` may continue the header row `upper` (labels only, no data). */
  mayContinue(lower: GridRow, upper: GridRow, guess: G | null): boolean;
  /**
   * Label of one column from the caption above (spread over its merge), the sub-caption below and the nearest
   * caption on the left (text tables lose merges: a sub-caption under an empty cell may belong to it).
   */
  combine(upper: string, lower: string, left: string): string;
  /**
   * Whether the two rows together make the better header than the upper one alone (and the lower alone); the rows'
   * own readings are null where a row alone is no header of this kind.
   */
  better(two: G, upper: G | null, lower: G | null, rows: readonly [GridRow, GridRow]): boolean;
}

export interface HeaderFound<G> {
  /** Index of the (first) header row in the grid. */
  readonly row: number;
  readonly rows: 1 | 2;
  readonly guess: G;
  readonly labels: readonly string[];
  /** Index of the first row under the header and its column numbers. */
  readonly firstDataRow: number;
}

/** Headers sit under a title block and a few notes; 40 rows cover every form seen so far. */
export const HEADER_SCAN_ROWS = 40;

export function findHeader<G>(grid: Grid, spec: HeaderSpec<G>): HeaderFound<G> | null {
  const rows = grid.rows;
  const limit = Math.min(rows.length, spec.scanRows ?? HEADER_SCAN_ROWS);
  const single = rows.slice(0, limit + 1).map((r) => (isColumnNumbers(r.cells) ? null : spec.read(r.cells)));
  let best: { row: number; rows: 1 | 2; guess: G; labels: readonly string[]; score: number } | null = null;
  const consider = (row: number, n: 1 | 2, guess: G | null, labels: readonly string[]) => {
    if (guess === null) return;
    const score = spec.score(guess);
    if (!best || score > best.score) best = { row, rows: n, guess, labels, score };
  };
  for (let r = 0; r < limit; r++) {
    // The two-row reading goes first: at an equal score the header that names more of the table wins.
    const two = spec.twoRows;
    const lower = rows[r + 1];
    if (two && lower && !isColumnNumbers(lower.cells) && !writtenAcross(grid, r + 1) && two.mayContinue(lower, rows[r], single[r])) {
      const labels = stackedLabels(grid, r, two.combine);
      const guess = spec.read(labels);
      if (guess !== null && two.better(guess, single[r], single[r + 1] ?? null, [rows[r], lower])) consider(r, 2, guess, labels);
    }
    consider(r, 1, single[r], rows[r].cells);
  }
  if (!best) return null;
  const found: { row: number; rows: 1 | 2; guess: G; labels: readonly string[] } = best;
  let first = found.row + found.rows;
  if (rows[first] && isColumnNumbers(rows[first].cells)) first += 1;
  return { ...found, firstDataRow: first };
}

/**
 * A row whose one text fills a cell merged over half the table or more: a title across the table (a section heading
 * right under the header, «Кадровое планирование и мониторинг»), never sub-captions, which stand each under its own
 * column.
 */
function writtenAcross(grid: Grid, r: number): boolean {
  if (grid.merges.length === 0 || grid.rows[r].cells.filter((c) => c.trim() !== "").length !== 1) return false;
  // The table's width is a pass over all its rows: found only for a row that may be a title.
  const width = grid.rows.reduce((w, row) => Math.max(w, row.cells.length), 0);
  return grid.merges.some((m) => m.top === r && m.bottom === r && m.right - m.left + 1 >= Math.max(2, Math.ceil(width / 2)));
}

/**
 * Labels of a header of two rows: the caption above each column (a merged caption spread over its columns) joined
 * with the sub-caption below, as the table kind combines them.
 */
export function stackedLabels(grid: Grid, r: number, combine: TwoRowSpec<unknown>["combine"]): string[] {
  const top = [...grid.rows[r].cells];
  for (const m of grid.merges) {
    if (m.top > r || m.bottom < r) continue;
    for (let c = m.left + 1; c <= m.right; c++) top[c] = grid.rows[m.top].cells[m.left] ?? "";
  }
  const sub = grid.rows[r + 1]?.cells ?? [];
  const width = Math.max(top.length, sub.length);
  let left = "";
  return Array.from({ length: width }, (_, c) => {
    const upper = (top[c] ?? "").trim();
    const lower = (sub[c] ?? "").trim();
    if (upper) left = upper;
    return combine(upper, lower, left);
  });
}
