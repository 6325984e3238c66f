/**
 * Two builds of the summary pipeline compared under the same load (issue 15: the machine is shared, so one run of
 * each says little). Each measurement is a fresh child process that loads the 10k-item plan .xlsx with exceljs
 * (the baseline, best of three; the same exceljs for both builds) and runs validation, the sheet specs and the .xlsx writer three times, keeping the
 * run with the smallest CPU sum, as summary.bench.ts does. Children of the two builds alternate (the order flips every
 * pair), and the medians of each stage's CPU ms and of the ratio to the load are printed. Not a benchmark run by
 * `npm run bench` (no .bench in the name): it needs the other build.
 *   node build/bench/summaryPairs.js <other build folder, e.g. /tmp/base/build> [pairs = 7] [items = 10000]
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { median, row } from "./measure";
import { writePlanXlsx } from "./xlsxPlanFile";

interface Stages {
  readonly load: number;
  readonly validate: number;
  readonly sheets: number;
  readonly write: number;
}

/** The pieces of one build the child runs: each build's own modules, found under its build folder. */
function modulesOf(root: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (module: string) => require(path.join(root, module));
  return {
    structurePlan: load("src/core/plan").structurePlan as typeof import("../src/core/plan").structurePlan,
    planSheet: load("src/core/plan/planSheets").planSheet as typeof import("../src/core/plan/planSheets").planSheet,
    validatePlan: load("src/core/plan/validate").validatePlan as typeof import("../src/core/plan/validate").validatePlan,
    summarySheets: load("src/core/summary").summarySheets as typeof import("../src/core/summary").summarySheets,
    readInput: load("src/io/readInput").readInput as typeof import("../src/io/readInput").readInput,
    writeXlsx: load("src/xlsx").writeXlsx as typeof import("../src/xlsx").writeXlsx,
    cpuTimed: load("bench/xlsxPlanFile").cpuTimed as typeof import("./xlsxPlanFile").cpuTimed,
  };
}

async function child(root: string, file: string): Promise<void> {
  const m = modulesOf(root);
  let load = Infinity;
  for (let i = 0; i < 3; i++) load = Math.min(load, (await m.cpuTimed(() => new ExcelJS.Workbook().xlsx.readFile(file))).cpuMs);
  const result = m.structurePlan((await m.readInput(file)).documents[0]);
  if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
  const plan = result.plan;
  let best: Stages | null = null;
  for (let i = 0; i < 3; i++) {
    const issues = await m.cpuTimed(() => m.validatePlan(plan));
    const options = { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues: issues.value };
    const built = await m.cpuTimed(() => [m.planSheet(plan), ...m.summarySheets(plan, options)]);
    const written = await m.cpuTimed(() => m.writeXlsx(built.value));
    const run = { load, validate: issues.cpuMs, sheets: built.cpuMs, write: written.cpuMs };
    if (!best || sum(run) < sum(best)) best = run;
  }
  process.stdout.write(JSON.stringify(best));
}

function sum(s: Stages): number {
  return s.validate + s.sheets + s.write;
}

function measureIn(root: string, file: string): Stages {
  const run = spawnSync(process.execPath, [__filename, "child", root, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`child for ${root} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Stages;
}

async function main(): Promise<void> {
  const [first, second, third] = process.argv.slice(2);
  if (first === "child" && second && third) return child(second, third);
  if (!first) {
    console.error("usage: summaryPairs.js <other build folder> [pairs] [items]");
    process.exitCode = 2;
    return;
  }
  const builds = { base: path.resolve(first), this: path.resolve(__dirname, "..") };
  const pairs = Number(second ?? 7);
  const items = Number(third ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-pairs-"));
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const runs: Record<keyof typeof builds, Stages[]> = { base: [], this: [] };
    const widths = [6, 6, 9, 9, 9, 9, 8];
    console.log(`${items} items, ${pairs} pairs; CPU ms of each child's best run (base = ${builds.base}):`);
    console.log(row(["pair", "build", "load", "validate", "sheets", "write", "÷ load"], widths));
    for (let p = 0; p < pairs; p++) {
      const order: (keyof typeof builds)[] = p % 2 ? ["this", "base"] : ["base", "this"];
      for (const name of order) {
        const s = measureIn(builds[name], file);
        runs[name].push(s);
        console.log(row([p + 1, name, s.load, s.validate, s.sheets, s.write, (sum(s) / s.load).toFixed(2)], widths));
      }
    }
    console.log("\nmedians:");
    console.log(row(["", "build", "load", "validate", "sheets", "write", "÷ load"], widths));
    for (const name of ["base", "this"] as const) {
      const r = runs[name];
      const of = (k: keyof Stages) => median(r.map((s) => s[k]));
      console.log(row(["", name, of("load"), of("validate"), of("sheets"), of("write"), median(r.map((s) => sum(s) / s.load)).toFixed(2)], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
