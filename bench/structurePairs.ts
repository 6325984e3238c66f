/**
 * Two builds of `structure` on a plan .xlsx compared under the same load (issue 15: the machine is shared, so one
 * run of each says little). Each measurement is a fresh child process that loads the 10k-item plan .xlsx with exceljs
 * (the baseline, best of three; the same exceljs for both builds), then reads the file into a grid and structures it,
 * each best of three, as structure.bench.ts does. Children of the two builds alternate (the order flips every pair),
 * and the medians of each stage's CPU ms and of (read + structure) ÷ load are printed. Not a benchmark run by
 * `npm run bench` (no .bench in the name): it needs the other build.
 *   node build/bench/structurePairs.js <other build folder, e.g. /tmp/base/build> [pairs = 7] [items = 10000]
 */
import * as path from "path";
import { runPairs } from "./planPairs";

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

void runPairs<Stages>({ script: __filename, name: "structurePairs", child, stages: ["load", "read", "structure"], ratio, widths: [6, 6, 9, 9, 10, 8], about: "CPU ms, best of three in each child" });
