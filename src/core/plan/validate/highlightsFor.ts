import { formatIssue } from "../../issues/formatIssue";
import type { Issue, Locale, Severity } from "../../issues/issue";
import type { PlanKey } from "../columns/columnCatalogue";
import type { Plan } from "../types";
import { itemCellLocator } from "./itemCell";

export interface Highlight {
  /** 0-based row on the structured plan sheet (planSheet), as in SheetSpec and PLAN_SHEET_LAYOUT. */
  readonly row: number;
  readonly column: PlanKey;
  /** The worst severity of the issues in the cell: the fill colour. */
  readonly severity: Severity;
  /** The issues' messages, one per line: the cell's note. */
  readonly message: string;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Cells of the structured plan sheet to fill and annotate, one per cell however many issues it has. */
export function highlightsFor(plan: Plan, issues: readonly Issue[], locale: Locale = "ru"): Highlight[] {
  const locate = itemCellLocator(plan);
  const cells = new Map<string, { row: number; column: PlanKey; severity: Severity; messages: string[] }>();
  for (const issue of issues) {
    const at = locate(issue);
    if (!at) continue;
    const key = `${at.row}:${at.column}`;
    const message = formatIssue(issue, locale).message;
    const cell = cells.get(key);
    if (!cell) cells.set(key, { row: at.row, column: at.column, severity: issue.severity, messages: [message] });
    else {
      if (RANK[issue.severity] > RANK[cell.severity]) cell.severity = issue.severity;
      if (!cell.messages.includes(message)) cell.messages.push(message);
    }
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.column.localeCompare(b.column))
    .map((c) => ({ row: c.row, column: c.column, severity: c.severity, message: c.messages.join("\n") }));
}
