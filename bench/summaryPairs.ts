/**
 * Two builds of the summary pipeline compared under the same load (issue 15: the machine is shared, so one run of
 * each says little). Each measurement is a fresh child process that loads the 10k-item plan .xlsx with exceljs
 * (the baseline, best of three; the same exceljs for both builds) and runs validation, the sheet specs and the .xlsx writer RUNS (five) times, keeping the
 * run with the smallest CPU sum, as summary.bench.ts does. Children of the two builds alternate (the order flips every
 * pair), and the medians of each stage's CPU ms and of the ratio to the load are printed. Not a benchmark run by
 * `npm run bench` (no .bench in the name): it needs the other build.
 *   node build/bench/summaryPairs.js <other build folder, e.g. /tmp/base/build> [pairs = 7] [items = 10000]
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { runPairs } from "./planPairs";

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
    // Shared item cells, as the CLI makes them, where the build has them (older builds made each sheet its own).
    itemCells: load("src/core/plan/planSheets").itemCells as typeof import("../src/core/plan/planSheets").itemCells | undefined,
    validatePlan: load("src/core/plan/validate").validatePlan as typeof import("../src/core/plan/validate").validatePlan,
    summarySheets: load("src/core/summary").summarySheets as typeof import("../src/core/summary").summarySheets,
    readInput: load("src/io/readInput").readInput as typeof import("../src/io/readInput").readInput,
    writeXlsx: load("src/xlsx").writeXlsx as typeof import("../src/xlsx").writeXlsx,
    cpuTimed: load("bench/xlsxPlanFile").cpuTimed as typeof import("./xlsxPlanFile").cpuTimed,
  };
}

/**
 * Runs of the pipeline in each child, the best kept. Three were too few to find one run that is both warm and clean
 * (--trace-gc of a child, write stage: the first run cold, 540 ms; the second 233 ms; the third 394 ms, a major
 * collection of the earlier runs' garbage falling into it, its validation 106 ms where the second's was 224): the
 * best sum then took either the cold validation or the collection, and the write stage swung from 220 to 340 ms.
 */
const RUNS = Number(process.env.SUMMARY_RUNS ?? 5);

async function child(root: string, file: string): Promise<void> {
  const m = modulesOf(root);
  let load = Infinity;
  for (let i = 0; i < 3; i++) load = Math.min(load, (await m.cpuTimed(() => new ExcelJS.Workbook().xlsx.readFile(file))).cpuMs);
  const result = m.structurePlan((await m.readInput(file)).documents[0]);
  if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
  const plan = result.plan;
  let best: Stages | null = null;
  for (let i = 0; i < RUNS; i++) {
    const issues = await m.cpuTimed(() => m.validatePlan(plan));
    const options = { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues: issues.value };
    const built = await m.cpuTimed(() => {
      const items = m.itemCells?.(plan);
      return [m.planSheet(plan, "ru", items), ...m.summarySheets(plan, { ...options, ...(items ? { itemCells: items } : {}) })];
    });
    const written = await m.cpuTimed(() => m.writeXlsx(built.value));
    const run = { load, validate: issues.cpuMs, sheets: built.cpuMs, write: written.cpuMs };
    if (!best || sum(run) < sum(best)) best = run;
  }
  process.stdout.write(JSON.stringify(best));
}

function sum(s: Stages): number {
  return s.validate + s.sheets + s.write;
}

void runPairs<Stages>({ script: __filename, name: "summaryPairs", child, stages: ["load", "validate", "sheets", "write"], ratio: (s) => sum(s) / s.load, widths: [6, 6, 9, 9, 9, 9, 8], about: "CPU ms of each child's best run" });
