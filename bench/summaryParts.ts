/**
 * The summary workbook of summary.bench.ts, kept to compare writers part for part (issue 15: a faster writer must
 * write the same workbook). Not a benchmark (no .bench in the name): run it from two builds and compare.
 *   node build/bench/summaryParts.js write out.xlsx [items]   the workbook of a plan of `items` (10,000) items
 *   node build/bench/summaryParts.js compare a.xlsx b.xlsx    every part of both, byte for byte
 * The document properties' times (dcterms:created, dcterms:modified) are the only bytes allowed to differ. Exits 1
 * when the workbooks differ.
 */
import { writeFileSync } from "fs";
import { validatePlan } from "../src/core/plan/validate";
import { writeXlsx } from "../src/xlsx";
import { compareWorkbooks } from "./workbookParts";
import { benchSummarySheets, structuredBenchPlan } from "./benchPlan";

async function write(out: string, items: number): Promise<void> {
  const plan = await structuredBenchPlan(items);
  writeFileSync(out, await writeXlsx(benchSummarySheets(plan, validatePlan(plan))));
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
