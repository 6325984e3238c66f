/**
 * Staffing indicators at national scale (issue 15): a person-level CSV of 100 000 and 1 000 000 rows (and 10 000 000
 * with BENCH_10M=1: about 1.3 GB on disk and a few minutes) generated into a temporary folder and removed after.
 * Each program runs as its own process under /usr/bin/time, which gives wall time, CPU time and peak RSS:
 *   - readline: a floor, Node's readline and String.split on ";" (no quotes handled);
 *   - bytes: the other floor, the tool's own byte splitter (quotes handled), each field decoded, nothing else;
 *   - tool:  `plankadry indicators <file> --json`, output to /dev/null;
 *   - pandas: read_csv + groupby of five shares by organisation, type and total (skipped, saying why, without pandas).
 * Printed: seconds (wall and CPU: user + sys of the child), peak RSS, tool ÷ each floor, tool ÷ pandas, and
 * 10M ÷ 1M. Figures, never asserted.
 * The machine may be shared: CPU seconds are the steadier figure when others are busy.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writePersonsCsv } from "./scale/personsCsv";
import { fmt, pandasReason, PYTHON, ratio, type Run, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");

async function main(): Promise<void> {
  const sizes = [100_000, 1_000_000, ...(process.env.BENCH_10M ? [10_000_000] : [])];
  if (!process.env.BENCH_10M) console.log("10 000 000 rows: skipped (set BENCH_10M=1; about 1.3 GB of temporary CSV and several minutes)");
  const noPandas = pandasReason();
  if (noPandas) console.log(`pandas: skipped (${noPandas})`);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-scale-"));
  const tool: Record<number, Run | string> = {};
  try {
    for (const rows of sizes) {
      const file = path.join(dir, `persons-${rows}.csv`);
      await writePersonsCsv(file, rows);
      const mb = statSync(file).size / 1048576;
      const floor = (mode: string) => timed(process.execPath, [path.join(__dirname, "scale", "splitBaseline.js"), mode, file]);
      const readline = floor("readline");
      const bytes = floor("bytes");
      tool[rows] = timed(process.execPath, [path.join(ROOT, "bin", "plankadry.js"), "indicators", file, "--json", "--as-of", "2026-09-01"]);
      // pandas holds the table whole (about 640 MB at 1M rows): at 10M it would take most of a shared machine's memory.
      const pandas = noPandas ? noPandas : rows > 1_000_000 ? "not run above 1M rows: pandas holds the whole table" : timed(PYTHON, [path.join(ROOT, "bench", "scale", "pandasShares.py"), file]);
      console.log(`\n${rows.toLocaleString("ru-RU")} person rows (${mb.toFixed(0)} MB CSV)`);
      console.log(`  readline+split ${fmt(readline)}`);
      console.log(`  byte splitter  ${fmt(bytes)}`);
      console.log(`  tool           ${fmt(tool[rows])}`);
      console.log(`  pandas         ${fmt(pandas)}`);
      console.log(`  tool ÷ readline+split: ${ratio(tool[rows], readline)}`);
      console.log(`  tool ÷ byte splitter:  ${ratio(tool[rows], bytes)}`);
      console.log(`  tool ÷ pandas:         ${ratio(tool[rows], pandas)}`);
      rmSync(file);
    }
    if (tool[10_000_000]) console.log(`\n10M ÷ 1M (tool): ${ratio(tool[10_000_000], tool[1_000_000])}; peak RSS at 10M ${fmt(tool[10_000_000])}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
