/**
 * Two builds of `structure` on a plan .xlsx compared under the same load (issue 15: the machine is shared, so one
 * run of each says little). Each measurement is a fresh child process that loads the 10k-item plan .xlsx with exceljs
 * (the baseline, best of three; the same exceljs for both builds), then reads the file into a grid and structures it,
 * each best of three, as structure.bench.ts does. Children of the two builds alternate (the order flips every pair),
 * and the medians of each stage's CPU ms and of (read + structure) ÷ load are printed. Not a benchmark run by
 * `npm run bench` (no .bench in the name): it needs the other build.
 *   node build/bench/structurePairs.js <other build folder, e.g. /tmp/base/build> [pairs = 7] [items = 10000]
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { median, row } from "./measure";
import { writePlanXlsx } from "./xlsxPlanFile";

interface Stages {
  readonly load: number;
  readonly read: number;
  readonly structure: number;
}

/** The pieces of one build the child runs: each build's own modules, found under its build folder. */
function modulesOf(root: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (module: string) => require(path.join(root, module));
  return {
    structurePlan: load("src/core/plan").structurePlan as typeof import("../src/core/plan").structurePlan,
    readInput: load("src/io/readInput").readInput as typeof import("../src/io/readInput").readInput,
    cpuTimed: load("bench/xlsxPlanFile").cpuTimed as typeof import("./xlsxPlanFile").cpuTimed,
    loadBaseline: load("bench/xlsxPlanFile").loadBaseline as typeof import("./xlsxPlanFile").loadBaseline,
  };
}

async function child(root: string, file: string): Promise<void> {
  const m = modulesOf(root);
  const load = await m.loadBaseline(file, 3);
  let read = Infinity;
  let structure = Infinity;
  for (let i = 0; i < 3; i++) {
    const doc = await m.cpuTimed(() => m.readInput(file));
    const result = await m.cpuTimed(() => m.structurePlan(doc.value.documents[0]));
    if (!result.value.ok) throw new Error(`not a plan: ${result.value.failure.reason}`);
    read = Math.min(read, doc.cpuMs);
    structure = Math.min(structure, result.cpuMs);
  }
  process.stdout.write(JSON.stringify({ load, read, structure }));
}

const ratio = (s: Stages): number => (s.read + s.structure) / s.load;

function measureIn(root: string, file: string): Stages {
  const run = spawnSync(process.execPath, [__filename, "child", root, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`child for ${root} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Stages;
}

async function main(): Promise<void> {
  const [first, second, third] = process.argv.slice(2);
  if (first === "child" && second && third) return child(second, third);
  if (!first) {
    console.error("usage: structurePairs.js <other build folder> [pairs] [items]");
    process.exitCode = 2;
    return;
  }
  const builds = { base: path.resolve(first), this: path.resolve(__dirname, "..") };
  const pairs = Number(second ?? 7);
  const items = Number(third ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-structpairs-"));
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const runs: Record<keyof typeof builds, Stages[]> = { base: [], this: [] };
    const widths = [6, 6, 9, 9, 10, 8];
    console.log(`${items} items, ${pairs} pairs; CPU ms, best of three in each child (base = ${builds.base}):`);
    console.log(row(["pair", "build", "load", "read", "structure", "÷ load"], widths));
    for (let p = 0; p < pairs; p++) {
      const order: (keyof typeof builds)[] = p % 2 ? ["this", "base"] : ["base", "this"];
      for (const name of order) {
        const s = measureIn(builds[name], file);
        runs[name].push(s);
        console.log(row([p + 1, name, s.load, s.read, s.structure, ratio(s).toFixed(2)], widths));
      }
    }
    console.log("\nmedians:");
    console.log(row(["", "build", "load", "read", "structure", "÷ load"], widths));
    for (const name of ["base", "this"] as const) {
      const r = runs[name];
      const of = (k: keyof Stages) => median(r.map((s) => s[k]));
      console.log(row(["", name, of("load"), of("read"), of("structure"), median(r.map(ratio)).toFixed(2)], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
