/**
 * The 10k-item plan of the summary benchmarks as the CLI reads it (written to a temporary .xlsx by xlsxPlanFile,
 * read back, structured), and the summary's sheets for it with the options every summary benchmark uses.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { itemCells, planSheet } from "../src/core/plan/planSheets";
import type { Plan } from "../src/core/plan/types";
import type { Issue } from "../src/core/issues";
import { summarySheets } from "../src/core/summary";
import { readInput } from "../src/io/readInput";
import { writePlanXlsx } from "./xlsxPlanFile";

export async function structuredBenchPlan(items: number): Promise<Plan> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-bench-plan-"));
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const result = structurePlan((await readInput(file)).documents[0]);
    if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
    return result.plan;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The plan's sheet and the summary sheets, as `plankadry summary` makes them for the bench plan. */
export const benchSummarySheets = (plan: Plan, issues: readonly Issue[]) => {
  const items = itemCells(plan);
  return [planSheet(plan, "ru", items), ...summarySheets(plan, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues, itemCells: items })];
};
