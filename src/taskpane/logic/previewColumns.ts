import type { PlanKey } from "../../core/plan";
import type { PlanSession } from "../planSession";
import { type DetectedColumn, detectedColumns } from "./detectedColumns";

/** The columns of the source table with the meaning they have now: chosen by hand, or as the plan in use reads them. */
export function previewColumns(session: PlanSession): DetectedColumn[] {
  const now = new Map<number, PlanKey>();
  for (const [key, col] of Object.entries(session.plan.columnPositions) as [PlanKey, number][]) now.set(col, key);
  return detectedColumns(session.read.grid, session.detected).map((c) => ({ ...c, meaning: session.overrides.get(c.col) ?? now.get(c.col) ?? "extra" }));
}
