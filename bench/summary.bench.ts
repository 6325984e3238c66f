/**
 * The full summary workbook of a 1k / 10k-item plan (what `plankadry summary` does after reading: the plan sheet,
 * validation, the summary sheets, the .xlsx written), against exceljs loading the plan's own .xlsx (issue 15's goal:
 * ≤ 2× at 10k), by stage: validation, the sheet specs (plan sheet and summary sheets), the .xlsx written. CPU
 * milliseconds of the run of three with the smallest sum (its stages, not each stage's best), each stage also as a
 * share of the load, then the wall time of that run against the load's best wall time (the machine may be shared:
 * CPU time is the steadier figure); the file is written into a temporary folder, removed after. Then the zlib levels over the
 * 10k workbook's parts: CPU time and size of each, against the level the writer uses (DEFLATE_LEVEL).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { planSheet } from "../src/core/plan/planSheets";
import { validatePlan } from "../src/core/plan/validate";
import { summarySheets } from "../src/core/summary";
import { readInput } from "../src/io/readInput";
import { writeXlsx } from "../src/xlsx";
import { DEFLATE_LEVEL, hostDeflateRaw } from "../src/xlsx/write/zipPackage";
import { row } from "./measure";
import { cpuTimed, loadBaseline, writePlanXlsx } from "./xlsxPlanFile";

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-summary-"));
  const widths = [8, 12, 12, 10, 10, 10, 10, 10, 8, 11, 7, 6];
  let workbook: Buffer | null = null;
  try {
    console.log(row(["items", "load cpu ms", "validate ms", "sheets ms", "write ms", "val ÷ load", "sh ÷ load", "wr ÷ load", "÷ load", "wall ÷ load", "sheets", "MB"], widths));
    for (const items of [1_000, 10_000]) {
      const file = path.join(dir, `plan-${items}.xlsx`);
      await writePlanXlsx(file, items);
      const load = await loadBaseline(file);
      let loadWall = Infinity;
      for (let i = 0; i < 3; i++) loadWall = Math.min(loadWall, (await cpuTimed(() => new ExcelJS.Workbook().xlsx.readFile(file))).wallMs);
      const result = structurePlan((await readInput(file)).documents[0]);
      if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
      const plan = result.plan;
      let best = { validate: Infinity, sheets: Infinity, write: Infinity };
      let bestWall = 0;
      let out = { sheets: 0, bytes: 0 };
      for (let i = 0; i < 3; i++) {
        const issues = await cpuTimed(() => validatePlan(plan));
        const built = await cpuTimed(() => [
          planSheet(plan),
          ...summarySheets(plan, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues: issues.value }),
        ]);
        const written = await cpuTimed(() => writeXlsx(built.value));
        const run = { validate: issues.cpuMs, sheets: built.cpuMs, write: written.cpuMs };
        if (total(run) < total(best)) [best, bestWall] = [run, issues.wallMs + built.wallMs + written.wallMs];
        out = { sheets: built.value.length, bytes: written.value.length };
        workbook = written.value;
      }
      const share = (ms: number) => (ms / load).toFixed(2);
      console.log(row([items, load, best.validate, best.sheets, best.write, share(best.validate), share(best.sheets), share(best.write), share(total(best)), (bestWall / loadWall).toFixed(2), out.sheets, out.bytes / 1048576], widths));
    }
    if (workbook) await deflateLevels(workbook);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every zlib level over the parts of a workbook: CPU ms (best of three) and MB deflated. */
async function deflateLevels(workbook: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(workbook);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async("uint8array")));
  const raw = parts.reduce((n, p) => n + p.length, 0);
  console.log(`\nzlib levels over the 10k workbook's ${(raw / 1048576).toFixed(1)} MB of parts (the writer uses ${DEFLATE_LEVEL}):`);
  const widths = [7, 10, 8];
  console.log(row(["level", "cpu ms", "MB"], widths));
  for (let level = 1; level <= 9; level++) {
    const deflate = hostDeflateRaw(level)!;
    let best = Infinity;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const done = await cpuTimed(async () => Promise.all(parts.map((p) => deflate([p]))));
      best = Math.min(best, done.cpuMs);
      bytes = done.value.reduce((n, chunks) => n + chunks.reduce((m, c) => m + c.length, 0), 0);
    }
    console.log(row([level, best, (bytes / 1048576).toFixed(2)], widths));
  }
}

function total(t: { validate: number; sheets: number; write: number }): number {
  return t.validate + t.sheets + t.write;
}

void main();
