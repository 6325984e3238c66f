import type { PlanKey } from "../../core/plan";
import type { ColumnMeaning } from "../../app/columnOverrides";
import type { DetectedColumn } from "./detectedColumns";

/** What else a reassignment changed: a column that lost its meaning, a plan column no column has any more. */
export type Consequence =
  | { readonly kind: "became"; readonly letter: string; readonly header: string; readonly from: ColumnMeaning; readonly to: ColumnMeaning }
  | { readonly kind: "lost"; readonly meaning: PlanKey };

const PLAN_KEYS: readonly PlanKey[] = ["number", "name", "responsible", "deadline", "result"];

/** Compares the columns before and after the user gave column `col` a meaning. */
export function reassignConsequences(before: readonly DetectedColumn[], after: readonly DetectedColumn[], col: number): Consequence[] {
  const was = new Map(before.map((c) => [c.col, c]));
  const out: Consequence[] = [];
  for (const c of after) {
    const prev = was.get(c.col);
    if (c.col !== col && prev && prev.meaning !== c.meaning) out.push({ kind: "became", letter: c.letter, header: c.header, from: prev.meaning, to: c.meaning });
  }
  const had = new Set(before.map((c) => c.meaning));
  const has = new Set(after.map((c) => c.meaning));
  for (const key of PLAN_KEYS) if (had.has(key) && !has.has(key)) out.push({ kind: "lost", meaning: key });
  return out;
}
