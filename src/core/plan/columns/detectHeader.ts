import type { GridRow } from "../../grid";
import { type ColumnKey, PLAN_KEYS } from "./columnCatalogue";
import { isNotAPlanHeader, matchHeader } from "./matchHeader";

/** Where each logical column is (0-based cell index), and the header texts of all columns. */
export interface ColumnLayout {
  /** Index of the header row in the grid, or -1 when the columns were recognised by content. */
  readonly headerRow: number;
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Header text of every cell of the header row (empty when guessed): pages repeat this row. */
  readonly headers: readonly string[];
  /** Rows the header takes (2 when a row of sub-headers, "начало | окончание", sits under it). */
  readonly headerRows?: number;
  /** Column names when they differ from `headers` (header and sub-header joined). */
  readonly names?: readonly string[];
  /** Columns that are none of the logical ones: kept as extra, never dropped. */
  readonly extra: readonly { readonly index: number; readonly header: string }[];
  /** Number of plan keys recognised: the table's score as a plan. */
  readonly score: number;
  readonly notAPlan: boolean;
}

/** A header row names a plan when it has a name column and a responsible or deadline column. */
export function isPlanLayout(layout: ColumnLayout): boolean {
  const has = (k: ColumnKey) => layout.index[k] !== undefined;
  return !layout.notAPlan && has("name") && (has("responsible") || has("deadline"));
}

/** Reads one row as a header. */
export function layoutFromHeader(row: GridRow, rowIndex: number): ColumnLayout {
  const index: Partial<Record<ColumnKey, number>> = {};
  const extra: { index: number; header: string }[] = [];
  let notAPlan = false;
  row.cells.forEach((text, i) => {
    if (text.trim() === "") return;
    if (isNotAPlanHeader(text)) notAPlan = true;
    const key = matchHeader(text);
    if (key && index[key] === undefined) index[key] = i;
    else if (key !== "derived") extra.push({ index: i, header: text.trim() });
  });
  promoteNameColumn(index, extra);
  const score = PLAN_KEYS.filter((k) => index[k] !== undefined).length;
  return { headerRow: rowIndex, index, headers: row.cells, extra, score, notAPlan };
}

/** A plan whose name column has an unusual header ("Направление работы") still has one: the first extra column. */
function promoteNameColumn(index: Partial<Record<ColumnKey, number>>, extra: { index: number; header: string }[]): void {
  const known = ["responsible", "deadline", "result"].filter((k) => index[k as ColumnKey] !== undefined).length;
  if (index.name !== undefined || known < 2 || extra.length === 0) return;
  const first = extra.shift()!;
  index.name = first.index;
}

/** The best header row among the first rows of a grid, or null when none names plan columns. */
export function detectHeader(rows: readonly GridRow[], maxScan = 40): ColumnLayout | null {
  let best: ColumnLayout | null = null;
  const limit = Math.min(rows.length, maxScan);
  for (let i = 0; i < limit; i++) {
    const nonEmpty = rows[i].cells.filter((c) => c.trim() !== "").length;
    if (nonEmpty < 2) continue;
    const layout = layoutFromHeader(rows[i], i);
    if (layout.score < 2) continue;
    if (!best || layout.score > best.score) best = layout;
  }
  return best;
}

/**
 * A row of short captions right under the header, with nothing in the number column ("начало | окончание" under a
 * merged «Срок»), belongs to the header: column names join both rows, the text under an empty header cell taking
 * the caption on its left.
 */
export function withSubHeader(layout: ColumnLayout, rows: readonly GridRow[]): ColumnLayout {
  const sub = rows[layout.headerRow + 1];
  const numberCol = layout.index.number;
  if (!sub || numberCol === undefined || (sub.cells[numberCol] ?? "").trim() !== "") return layout;
  const cells = sub.cells.map((c) => c.trim());
  const filled = cells.filter(Boolean);
  if (filled.length === 0 || filled.some((c) => c.length > 40 || /\d/.test(c))) return layout;
  let left = "";
  const names = layout.headers.map((h, i) => {
    if (h.trim()) left = h.trim();
    return [h.trim() || (cells[i] ? left : ""), cells[i] ?? ""].filter(Boolean).join(" ");
  });
  const combined = layoutFromHeader({ cells: names, row: rows[layout.headerRow].row }, layout.headerRow);
  return { ...combined, headers: layout.headers, names, headerRows: 2 };
}
