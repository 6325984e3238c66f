/**
 * The harness of the pair benches (structurePairs, summaryPairs): two builds measured on one generated plan .xlsx,
 * each measurement a fresh child process of the calling script (`<script> child <build root> <file>`, which prints
 * its stages as JSON), the two builds alternating and the order flipping every pair, then the medians. Each bench
 * says only what a child measures and which columns it prints.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { median, row } from "./measure";
import { writePlanXlsx } from "./xlsxPlanFile";

export interface PairBench<S extends object> {
  /** The calling script (its __filename): the children run it. */
  readonly script: string;
  readonly name: string;
  /** What one child does, printing its stages: run when the script is called as `child <root> <file>`. */
  readonly child: (root: string, file: string) => Promise<void>;
  /** The stages printed, in order, and the ratio printed last. */
  readonly stages: readonly (keyof S & string)[];
  readonly ratio: (s: S) => number;
  readonly widths: readonly number[];
  /** Printed before the table: what the figures are. */
  readonly about: string;
}

const builds = ["base", "this"] as const;
type Build = (typeof builds)[number];

function measureIn<S>(script: string, root: string, file: string): S {
  const run = spawnSync(process.execPath, [script, "child", root, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`child for ${root} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as S;
}

/** The bench's command line: `child <root> <file>` in a child, else `<other build folder> [pairs] [items]`. */
export async function runPairs<S extends object>(bench: PairBench<S>): Promise<void> {
  const [first, second, third] = process.argv.slice(2);
  if (first === "child" && second && third) return bench.child(second, third);
  if (!first) {
    console.error(`usage: ${bench.name}.js <other build folder> [pairs] [items]`);
    process.exitCode = 2;
    return;
  }
  const roots: Record<Build, string> = { base: path.resolve(first), this: path.resolve(path.dirname(bench.script), "..") };
  const pairs = Number(second ?? 7);
  const items = Number(third ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), `plankadry-${bench.name}-`));
  const cells = (s: S) => bench.stages.map((k) => s[k] as unknown as number);
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const runs: Record<Build, S[]> = { base: [], this: [] };
    console.log(`${items} items, ${pairs} pairs; ${bench.about} (base = ${roots.base}):`);
    console.log(row(["pair", "build", ...bench.stages, "÷ load"], bench.widths));
    for (let p = 0; p < pairs; p++) {
      for (const name of p % 2 ? [...builds].reverse() : builds) {
        const s = measureIn<S>(bench.script, roots[name], file);
        runs[name].push(s);
        console.log(row([p + 1, name, ...cells(s), bench.ratio(s).toFixed(2)], bench.widths));
      }
    }
    console.log("\nmedians:");
    console.log(row(["", "build", ...bench.stages, "÷ load"], bench.widths));
    for (const name of builds) {
      const r = runs[name];
      const medians = bench.stages.map((k) => median(r.map((s) => s[k] as unknown as number)));
      console.log(row(["", name, ...medians, median(r.map(bench.ratio)).toFixed(2)], bench.widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
