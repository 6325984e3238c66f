/**
 * Vacancy tables at scale (issue 15): a long vacancy CSV over 24 months of 100 000 and 1 000 000 rows (and any other
 * sizes given: `npm run bench -- vacanciesScale 10000000`, about 1.3 GB of temporary CSV) generated into a temporary
 * folder and removed after. Each program runs as its own process under /usr/bin/time:
 *   - readline: the floor the issue names, Node's readline and String.split on ";" (no quotes handled);
 *   - bytes: the other floor, the tool's byte splitter alone (quotes handled, each field decoded, nothing else);
 *   - tool:  `plankadry vacancies <file> --json` (streamed, checked, summed), output to /dev/null;
 *   - pandas: read_csv, open vacancies summed by month × organisation, month × position, month, the month-to-month
 *     change of each organisation and the duplicate check (skipped, saying why, without pandas; not run above 1M
 *     rows, where it would hold gigabytes).
 * Printed: seconds (wall, and CPU as user + sys of the child), peak RSS, tool ÷ each floor, tool ÷ pandas, and each
 * size ÷ the size ten times smaller. Never asserted. The machine may be shared: CPU seconds are the steadier figure.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesCsv } from "./scale/vacanciesCsv";
import { fmt, pandasReason, PYTHON, ratio, type Run, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");
const PANDAS_MAX_ROWS = 1_000_000;

const short = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const sizes = [...new Set([100_000, 1_000_000, ...asked])].sort((a, b) => a - b);
  if (!asked.includes(10_000_000)) console.log("10 000 000 rows: skipped (npm run bench -- vacanciesScale 10000000; about 1.3 GB of temporary CSV)");
  const noPandas = pandasReason();
  if (noPandas) console.log(`pandas: skipped (${noPandas})`);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-vacscale-"));
  const tool = new Map<number, Run | string>();
  try {
    for (const rows of sizes) {
      const file = path.join(dir, `vacancies-${rows}.csv`);
      await writeVacanciesCsv(file, rows);
      const mb = statSync(file).size / 1048576;
      const floor = (mode: string) => timed(process.execPath, [path.join(__dirname, "scale", "splitBaseline.js"), mode, file]);
      const readline = floor("readline");
      const bytes = floor("bytes");
      const run = timed(process.execPath, [path.join(ROOT, "bin", "plankadry.js"), "vacancies", file, "--json"]);
      tool.set(rows, run);
      const pandas = noPandas ?? (rows > PANDAS_MAX_ROWS ? "not run above 1M rows: pandas holds the whole table" : timed(PYTHON, [path.join(ROOT, "bench", "scale", "pandasVacancies.py"), file]));
      console.log(`\n${rows.toLocaleString("ru-RU")} vacancy rows over 24 months (${mb.toFixed(0)} MB CSV)`);
      console.log(`  readline+split ${fmt(readline)}`);
      console.log(`  byte splitter  ${fmt(bytes)}`);
      console.log(`  tool           ${fmt(run)}`);
      console.log(`  pandas         ${fmt(pandas)}`);
      console.log(`  tool ÷ readline+split: ${ratio(run, readline)}`);
      console.log(`  tool ÷ byte splitter:  ${ratio(run, bytes)}`);
      console.log(`  tool ÷ pandas:         ${ratio(run, pandas)}`);
      const tenth = tool.get(rows / 10);
      if (tenth !== undefined) console.log(`  tool ${short(rows)} ÷ ${short(rows / 10)}:      ${ratio(run, tenth)}`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
