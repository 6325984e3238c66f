/**
 * Two builds of `plankadry vacancies <file> --json` compared under the same load (issue 15: the machine is shared, so
 * one run of each says little). A long vacancy CSV over 24 months (vacanciesCsv.ts) is generated into a temporary
 * folder; then, pair after pair, the byte splitter of this build (splitBaseline.ts, mode bytes: the floor), this
 * build's CLI and the other build's CLI each run as a fresh child under /usr/bin/time (output to /dev/null), the order
 * of the two builds flipping every pair. Printed: each run's CPU seconds (user + sys), and the medians of CPU, of
 * each build ÷ the floor of its pair, and of this build ÷ the other. Never asserted. Not run by `npm run bench` (no
 * .bench in the name): it needs the other build, e.g. the base commit built in a temporary worktree.
 *   node build/bench/vacanciesPairs.js <other build folder, e.g. /tmp/base/build> [pairs = 5] [rows = 1000000]
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesCsv } from "./scale/vacanciesCsv";
import { type Run, timed } from "./scale/timed";

const HERE = path.join(__dirname, "..");

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The CLI of the build in `root` on `file`, as a child of its own. */
function cli(root: string, file: string): Run | string {
  const main = path.join(root, "src", "cli", "main.js");
  const script = `require(${JSON.stringify(main)}).main(["vacancies", ${JSON.stringify(file)}, "--json"]).then((c) => { process.exitCode = c; })`;
  return timed(process.execPath, ["-e", script]);
}

async function main(): Promise<void> {
  const [other, pairsArg, rowsArg] = process.argv.slice(2);
  if (!other) throw new Error("usage: node build/bench/vacanciesPairs.js <other build folder> [pairs] [rows]");
  const pairs = Number(pairsArg ?? 5);
  const rows = Number(rowsArg ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-vacpairs-"));
  const cpu = { floor: [] as number[], other: [] as number[], this: [] as number[], otherRatio: [] as number[], thisRatio: [] as number[], thisOther: [] as number[] };
  try {
    const file = path.join(dir, "vacancies.csv");
    await writeVacanciesCsv(file, rows);
    console.log(`${rows.toLocaleString("ru-RU")} vacancy rows over 24 months; this build ${HERE}, the other ${other}`);
    for (let p = 0; p < pairs; p++) {
      const floor = timed(process.execPath, [path.join(HERE, "bench", "scale", "splitBaseline.js"), "bytes", file]);
      const order = p % 2 === 0 ? (["this", "other"] as const) : (["other", "this"] as const);
      const runs: Partial<Record<"this" | "other", Run | string>> = {};
      for (const which of order) runs[which] = cli(which === "this" ? HERE : other, file);
      const [a, b] = [runs.this, runs.other];
      if (typeof floor === "string" || typeof a === "string" || typeof b === "string" || !a || !b) {
        console.log(`  pair ${p + 1}: not measured (${[floor, a, b].filter((r) => typeof r === "string").join("; ")})`);
        continue;
      }
      if (!a.ok || !b.ok) console.log(`  pair ${p + 1}: a run FAILED (this ${a.ok ? "ok" : "failed"}, other ${b.ok ? "ok" : "failed"})`);
      cpu.floor.push(floor.cpu);
      cpu.this.push(a.cpu);
      cpu.other.push(b.cpu);
      cpu.thisRatio.push(a.cpu / floor.cpu);
      cpu.otherRatio.push(b.cpu / floor.cpu);
      cpu.thisOther.push(a.cpu / b.cpu);
      console.log(`  pair ${p + 1}: floor ${floor.cpu.toFixed(2)} s, this ${a.cpu.toFixed(2)} s (${(a.cpu / floor.cpu).toFixed(2)}×), other ${b.cpu.toFixed(2)} s (${(b.cpu / floor.cpu).toFixed(2)}×) CPU`);
    }
    if (cpu.floor.length === 0) return;
    console.log(`medians of ${cpu.floor.length} pairs (CPU): floor ${median(cpu.floor).toFixed(2)} s, this ${median(cpu.this).toFixed(2)} s, other ${median(cpu.other).toFixed(2)} s`);
    console.log(`  this ÷ floor ${median(cpu.thisRatio).toFixed(2)}, other ÷ floor ${median(cpu.otherRatio).toFixed(2)}, this ÷ other ${median(cpu.thisOther).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
