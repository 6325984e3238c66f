/**
 * The summary workbook of summary.bench.ts, kept to compare writers part for part (issue 15: a faster writer must
 * write the same workbook). Not a benchmark (no .bench in the name): run it from two builds and compare.
 *   node build/bench/summaryParts.js write out.xlsx [items]   the workbook of a plan of `items` (10,000) items
 *   node build/bench/summaryParts.js compare a.xlsx b.xlsx    every part of both, byte for byte
 * The document properties' times (dcterms:created, dcterms:modified) are the only bytes allowed to differ. Exits 1
 * when the workbooks differ.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { planSheet } from "../src/core/plan/planSheets";
import { validatePlan } from "../src/core/plan/validate";
import { summarySheets } from "../src/core/summary";
import { readInput } from "../src/io/readInput";
import { writeXlsx } from "../src/xlsx";
import { compareWorkbooks } from "./workbookParts";
import { writePlanXlsx } from "./xlsxPlanFile";

async function write(out: string, items: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-parts-"));
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const result = structurePlan((await readInput(file)).documents[0]);
    if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
    const plan = result.plan;
    const issues = validatePlan(plan);
    const specs = [planSheet(plan), ...summarySheets(plan, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues })];
    writeFileSync(out, await writeXlsx(specs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [command, first, second] = process.argv.slice(2);
  if (command === "write" && first) return write(first, Number(second ?? 10_000));
  if (command === "compare" && first && second) {
    if (!(await compareWorkbooks(first, second))) process.exitCode = 1;
    return;
  }
  console.error("usage: summaryParts.js write out.xlsx [items] | compare a.xlsx b.xlsx");
  process.exitCode = 2;
}

void main();
