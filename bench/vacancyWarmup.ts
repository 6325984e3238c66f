/**
 * How much of the consolidation's time in one run of `plankadry vacancies` is the work and how much is the engine
 * warming up (issue 15): the long vacancy CSV of vacancyParts.ts (24 months) is read once, then consolidateStream
 * runs again and again on what was read, in the same process, each run's CPU ms printed. The command runs it once,
 * cold: its code is still interpreted or baseline-compiled for most of that run. The gap between the first runs and
 * the last is what no cut to the algorithms alone can take away; a cut to them shows in the last runs first. Not a
 * benchmark run by `npm run bench` (no .bench in the name).
 *   node build/bench/vacancyWarmup.js [runs = 10] [rows = 1000000]
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { streamVacancyFile } from "../src/cli/streamVacancies";
import { consolidateStream } from "../src/core/vacancies/consolidateVacancies";
import { writeVacanciesCsv } from "./scale/vacanciesCsv";
import { cpuTimed } from "./xlsxPlanFile";

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10);
  const rows = Number(process.argv[3] ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-vacwarm-"));
  try {
    const file = path.join(dir, "vacancies.csv");
    await writeVacanciesCsv(file, rows);
    const today = new Date().toISOString().slice(0, 10);
    const ctx = { positionals: [file], options: { json: true }, locale: "ru" as const, out: () => undefined, err: () => undefined, today };
    const read = await cpuTimed(() => streamVacancyFile(ctx, file, { today }, false));
    if (!read.value) throw new Error("not a vacancy CSV");
    const streamed = read.value;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await cpuTimed(() => consolidateStream([streamed], { today }, [file]));
      if (!run.value.ok) throw new Error("no vacancies found");
      times.push(run.cpuMs);
    }
    console.log(`${rows.toLocaleString("ru-RU")} vacancy rows over 24 months: read ${read.cpuMs.toFixed(0)} ms CPU; consolidateStream run after run on what was read, CPU ms:`);
    console.log(`  ${times.map((t) => t.toFixed(0)).join("  ")}`);
    console.log(`  first ÷ last: ${(times[0] / times[times.length - 1]).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
