/**
 * Vacancy tables at scale (issue 15): a long vacancy CSV over 24 months of 100 000 and 1 000 000 rows generated into
 * a temporary folder and removed after. Each program runs as its own process under /usr/bin/time:
 *   - bytes: the floor, the tool's byte splitter alone (each field decoded, nothing else);
 *   - tool:  `plankadry vacancies <file> --json` (streamed, checked, summed), output to /dev/null;
 *   - pandas: read_csv, open vacancies summed by month × organisation, month × position, month, the month-to-month
 *     change of each organisation and the duplicate check (skipped, saying why, without pandas).
 * Printed: seconds (wall, and CPU as user + sys of the child), peak RSS, tool ÷ floor, tool ÷ pandas. Never asserted.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesCsv } from "./scale/vacanciesCsv";
import { fmt, pandasReason, PYTHON, ratio, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const noPandas = pandasReason();
  if (noPandas) console.log(`pandas: skipped (${noPandas})`);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-vacscale-"));
  try {
    for (const rows of asked.length > 0 ? asked : [100_000, 1_000_000]) {
      const file = path.join(dir, `vacancies-${rows}.csv`);
      await writeVacanciesCsv(file, rows);
      const mb = statSync(file).size / 1048576;
      const bytes = timed(process.execPath, [path.join(__dirname, "scale", "splitBaseline.js"), "bytes", file]);
      const tool = timed(process.execPath, [path.join(ROOT, "bin", "plankadry.js"), "vacancies", file, "--json"]);
      const pandas = noPandas ?? timed(PYTHON, [path.join(ROOT, "bench", "scale", "pandasVacancies.py"), file]);
      console.log(`\n${rows.toLocaleString("ru-RU")} vacancy rows over 24 months (${mb.toFixed(0)} MB CSV)`);
      console.log(`  byte splitter ${fmt(bytes)}`);
      console.log(`  tool          ${fmt(tool)}`);
      console.log(`  pandas        ${fmt(pandas)}`);
      console.log(`  tool ÷ byte splitter: ${ratio(tool, bytes)}`);
      console.log(`  tool ÷ pandas:        ${ratio(tool, pandas)}`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
