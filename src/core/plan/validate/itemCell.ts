import type { PlanKey } from "../columns/columnCatalogue";
import { PLAN_SHEET_LAYOUT } from "../planSheets";
import type { Plan } from "../types";

/**
 * Where an issue about an item is on the structured plan sheet (planSheet): 0-based row and column, found from the
 * issue's source row (item numbers can repeat, source rows cannot) and its logical column. Null for issues that are
 * not about one cell of an item (a missing column, a dropped row).
 */
export function itemCellLocator(plan: Plan): (issue: { row?: number | null; column?: string | null }) => { row: number; col: number; column: PlanKey } | null {
  const itemAt = new Map<number, number>();
  plan.items.forEach((it, i) => {
    for (const r of it.source.rows) if (!itemAt.has(r)) itemAt.set(r, i);
  });
  const columns: Readonly<Record<string, number>> = PLAN_SHEET_LAYOUT.columns;
  return (issue) => {
    if (issue.row === null || issue.row === undefined || !issue.column || !isPlanKey(issue.column)) return null;
    const index = itemAt.get(issue.row);
    if (index === undefined) return null;
    return { row: PLAN_SHEET_LAYOUT.firstItemRow + index, col: columns[issue.column], column: issue.column };
  };
}

function isPlanKey(column: string): column is PlanKey {
  return column === "number" || column === "name" || column === "responsible" || column === "deadline" || column === "result";
}
