import type { Issue } from "../../core/issues/issue";
import type { Plan, PlanItem } from "../../core/plan/types";
import { itemCellLocator } from "../../core/plan/validate/itemCell";
import { PLAN_SHEET_LAYOUT } from "../../core/plan/planSheets";

/** One cell of the structured plan sheet to rewrite, 0-based as in SheetSpec. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** A fix: the cells to write on the structured plan sheet and the plan as it is after them. */
export interface Fix {
  readonly edits: readonly CellEdit[];
  readonly plan: Plan;
}

type Locate = ReturnType<typeof itemCellLocator>;
type FixMaker = (plan: Plan, issue: Issue, locate: Locate) => Fix | null;

/**
 * The codes whose suggestion can be applied, and how. Fixes touch the structured plan sheet only (the source stays
 * as the user pasted it), one cell at a time, so statuses typed into that sheet survive.
 */
const FIXES: Readonly<Record<string, FixMaker>> = {
  /** Replace the variant spelling by the preferred one inside the responsible cell (other parties stay). */
  responsible_variant(plan, issue, locate) {
    const variant = issue.params?.variant;
    const preferred = issue.suggestion;
    const at = locate(issue);
    if (typeof variant !== "string" || !preferred || !at) return null;
    const index = at.row - PLAN_SHEET_LAYOUT.firstItemRow;
    const item = plan.items[index];
    if (!item.responsible.text.includes(variant)) return null;
    const swap = (s: string | null) => (s === null ? null : s.split(variant).join(preferred));
    const responsible = {
      text: swap(item.responsible.text)!,
      parties: item.responsible.parties.map((p) => ({ ...p, text: swap(p.text)!, org: swap(p.org), position: swap(p.position), person: swap(p.person) })),
    };
    return { edits: [{ row: at.row, col: at.col, text: responsible.text }], plan: withItem(plan, index, { ...item, responsible }) };
  },
  /** A page-break tail: the first line goes back to the previous item's cell, as the suggestion reads. */
  continuation_suspected(plan, issue, locate) {
    const at = locate(issue);
    const head = issue.params?.text;
    if (!at || !issue.suggestion || typeof head !== "string" || (at.column !== "name" && at.column !== "result")) return null;
    const index = at.row - PLAN_SHEET_LAYOUT.firstItemRow;
    if (index < 1) return null;
    const key = at.column;
    const item = plan.items[index];
    const lines = item[key].split("\n");
    if (lines[0].trim() !== head.trim()) return null;
    const rest = lines.slice(1).join("\n").trim();
    const previous = plan.items[index - 1];
    const next = withItem(withItem(plan, index - 1, { ...previous, [key]: issue.suggestion }), index, { ...item, [key]: rest });
    return { edits: [{ row: at.row - 1, col: at.col, text: issue.suggestion }, { row: at.row, col: at.col, text: rest }], plan: next };
  },
};

export function canFix(issue: Issue): boolean {
  return Boolean(issue.suggestion) && issue.code in FIXES;
}

export function fixFor(plan: Plan, issue: Issue): Fix | null {
  const make = FIXES[issue.code];
  return make !== undefined && issue.suggestion ? make(plan, issue, itemCellLocator(plan)) : null;
}

function withItem(plan: Plan, index: number, item: PlanItem): Plan {
  return { ...plan, items: plan.items.map((it, i) => (i === index ? item : it)) };
}
