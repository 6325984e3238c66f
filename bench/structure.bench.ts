/**
 * `structure` of a plan .xlsx of 1k / 10k / 100k items (the file read, its sheet turned into a grid, the plan
 * structured: what loadPlan does), against exceljs loading the same file and nothing else (issue 15's goal: ≤ 1.3×
 * at 10k). CPU milliseconds, best of three: the machine may be shared. The file is written into a temporary folder,
 * removed after. A second figure keeps the older baseline: the plan pasted as text, read into a grid.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { readInput } from "../src/io/readInput";
import { row } from "./measure";
import { cpuTimed, loadBaseline, writePlanXlsx } from "./xlsxPlanFile";

async function best<T>(runs: number, work: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  let out = await cpuTimed(work);
  for (let i = 1; i < runs; i++) {
    const next = await cpuTimed(work);
    if (next.cpuMs < out.cpuMs) out = next;
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-structure-"));
  const widths = [8, 12, 10, 14, 12, 9, 8];
  try {
    console.log(row(["items", "load cpu ms", "read ms", "structure ms", "total ms", "÷ load", "items"], widths));
    for (const items of [1_000, 10_000, 100_000]) {
      const file = path.join(dir, `plan-${items}.xlsx`);
      await writePlanXlsx(file, items);
      const runs = items > 10_000 ? 1 : 3;
      const load = await loadBaseline(file, runs);
      const read = await best(runs, () => readInput(file));
      const structured = await best(runs, async () => structurePlan(read.value.documents[0]));
      const found = structured.value.ok ? structured.value.plan.items.length : 0;
      const total = read.cpuMs + structured.cpuMs;
      console.log(row([items, load, read.cpuMs, structured.cpuMs, total, total / load, found], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
