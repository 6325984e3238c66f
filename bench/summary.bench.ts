/**
 * The full summary workbook of a 1k / 10k-item plan (what `plankadry summary` does after reading: the plan sheet,
 * validation, the summary sheets, the .xlsx written), against exceljs loading the plan's own .xlsx (issue 15's goal:
 * ≤ 2× at 10k), by stage: validation, the sheet specs (plan sheet and summary sheets), the .xlsx written. CPU
 * milliseconds of the run of three with the smallest sum (its stages, not each stage's best), each stage also as a
 * share of the load; the file is written into a temporary folder, removed after.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { planSheet } from "../src/core/plan/planSheets";
import { validatePlan } from "../src/core/plan/validate";
import { summarySheets } from "../src/core/summary";
import { readInput } from "../src/io/readInput";
import { writeXlsx } from "../src/xlsx";
import { row } from "./measure";
import { cpuTimed, loadBaseline, writePlanXlsx } from "./xlsxPlanFile";

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-summary-"));
  const widths = [8, 12, 12, 10, 10, 10, 10, 10, 8, 7, 6];
  try {
    console.log(row(["items", "load cpu ms", "validate ms", "sheets ms", "write ms", "val ÷ load", "sh ÷ load", "wr ÷ load", "÷ load", "sheets", "MB"], widths));
    for (const items of [1_000, 10_000]) {
      const file = path.join(dir, `plan-${items}.xlsx`);
      await writePlanXlsx(file, items);
      const load = await loadBaseline(file);
      const result = structurePlan((await readInput(file)).documents[0]);
      if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
      const plan = result.plan;
      let best = { validate: Infinity, sheets: Infinity, write: Infinity };
      let out = { sheets: 0, bytes: 0 };
      for (let i = 0; i < 3; i++) {
        const issues = await cpuTimed(() => validatePlan(plan));
        const built = await cpuTimed(() => [
          planSheet(plan),
          ...summarySheets(plan, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues: issues.value }),
        ]);
        const written = await cpuTimed(() => writeXlsx(built.value));
        const run = { validate: issues.cpuMs, sheets: built.cpuMs, write: written.cpuMs };
        if (total(run) < total(best)) best = run;
        out = { sheets: built.value.length, bytes: written.value.length };
      }
      const share = (ms: number) => (ms / load).toFixed(2);
      console.log(row([items, load, best.validate, best.sheets, best.write, share(best.validate), share(best.sheets), share(best.write), share(total(best)), out.sheets, out.bytes / 1048576], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function total(t: { validate: number; sheets: number; write: number }): number {
  return t.validate + t.sheets + t.write;
}

void main();
