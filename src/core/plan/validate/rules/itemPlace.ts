import type { Plan, PlanItem } from "../../types";
import type { Finding } from "../ruleDefinition";
import type { PlanKey } from "../../columns/columnCatalogue";

/** Where a finding about an item points: its number, sheet, first source row and a column. */
export function atItem(plan: Plan, it: PlanItem, column: PlanKey | null, rest: Omit<Finding, "item" | "sheet" | "row" | "column"> = {}): Finding {
  return { item: it.number, sheet: it.source.sheet ?? plan.meta.sheet, row: it.source.rows[0] ?? null, column, ...rest };
}

/** One-line text clipped for a message parameter. */
export function clip(s: string, n = 80): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}

/** Whether the plan has the column at all: rules about a missing value stay quiet when the whole column is missing. */
export function hasColumn(plan: Plan, key: PlanKey): boolean {
  return plan.columns[key] !== null;
}
