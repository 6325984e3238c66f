import type { Grid } from "../../core/grid";
import type { PlanKey } from "../../core/plan";
import type { Plan, PlanItem } from "../../core/plan/types";
import { oneLine } from "../../core/text/normalize";
import { type ColumnMeaning, columnLetter, findHeaderRow, itemColumns } from "../../app/columnOverrides";

/** One column of the source table as the preview shows it. */
export interface DetectedColumn {
  /** 1-based sheet column. */
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly meaning: ColumnMeaning;
  /** The first item's text in this column, shortened: what the column holds. */
  readonly sample: string;
}

const SAMPLE_CHARS = 60;

/**
 * The columns of the plan table: every non-empty header cell with the meaning structuring gave it. When the header
 * was guessed from the content (no header row), every column with text in the items' rows, so that any of them can
 * be given a meaning by hand.
 */
export function detectedColumns(grid: Grid, plan: Plan): DetectedColumn[] {
  const byCol = new Map<number, PlanKey>();
  for (const [key, col] of Object.entries(plan.columnPositions) as [PlanKey, number][]) byCol.set(col, key);
  const headerIndex = findHeaderRow(grid, plan);
  const first = plan.items[0];
  if (headerIndex < 0) {
    const firstRow = grid.rows.find((r) => r.row === first?.source.rows[0]);
    return itemColumns(grid, plan).map((col) => {
      const key = byCol.get(col);
      const c = column(col, key ? (plan.columns[key] ?? "") : "", key ?? "extra", first);
      return key || !firstRow ? c : { ...c, sample: shorten(firstRow.cells[col - (firstRow.col ?? 1)] ?? "") };
    });
  }
  const row = grid.rows[headerIndex];
  const base = row.col ?? 1;
  return row.cells.flatMap((cell, i) => {
    const header = oneLine(cell);
    const col = base + i;
    if (header === "" && !byCol.has(col)) return [];
    return [column(col, header, byCol.get(col) ?? "extra", first)];
  });
}

function column(col: number, header: string, meaning: ColumnMeaning, first: PlanItem | undefined): DetectedColumn {
  return { col, letter: columnLetter(col), header, meaning, sample: shorten(first ? sampleOf(first, meaning, header) : "") };
}

function sampleOf(item: PlanItem, meaning: ColumnMeaning, header: string): string {
  switch (meaning) {
    case "number":
      return item.number ?? "";
    case "name":
      return item.name;
    case "responsible":
      return item.responsible.text;
    case "deadline":
      return item.deadline.text;
    case "result":
      return item.result;
    case "extra":
      return Object.entries(item.extra).find(([h]) => oneLine(h) === header)?.[1] ?? "";
  }
}

function shorten(s: string): string {
  const line = oneLine(s);
  return line.length > SAMPLE_CHARS ? `${line.slice(0, SAMPLE_CHARS - 1)}…` : line;
}
