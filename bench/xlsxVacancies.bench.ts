/**
 * Vacancy reports of a long vacancy .xlsx over 24 months, 100 000 and 1 000 000 rows (issue 15: vacancy workbooks
 * streamed with the flat memory of the CSV path), generated with exceljs's streaming writer into a temporary folder
 * (shared strings and styles as Excel writes them; the rows of vacanciesScale's CSV, rates and hours as numbers) and
 * removed after. Each program runs as its own process under /usr/bin/time (wall, CPU, peak RSS):
 *   - floor:  exceljs's streaming reader going through every row and doing nothing else (bench/xlsxReadFloor);
 *   - reader: our streaming reader (src/xlsx/read/streamWorkbook) going through every row, nothing else;
 *   - tool:   `plankadry vacancies <file> --json` (the workbook streamed by our reader), output to /dev/null.
 * Printed: seconds, peak RSS, tool ÷ floor, tool ÷ reader, 1M ÷ 100k. Figures, never asserted.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesXlsx } from "./scale/vacanciesXlsx";
import { fmt, ratio, type Run, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-xlsx-vacancies-"));
  const node = (...args: string[]) => timed(process.execPath, args);
  const tool = new Map<number, Run | string>();
  try {
    for (const rows of [100_000, 1_000_000]) {
      const file = path.join(dir, `vacancies-${rows}.xlsx`);
      await writeVacanciesXlsx(file, rows);
      const floor = node(path.join(__dirname, "xlsxReadFloor.js"), "exceljs", file);
      const reader = node(path.join(__dirname, "xlsxReadFloor.js"), "ours", file);
      const run = node(path.join(ROOT, "bin", "plankadry.js"), "vacancies", file, "--json");
      tool.set(rows, run);
      console.log(`\n${rows.toLocaleString("ru-RU")} vacancy rows over 24 months (${(statSync(file).size / 1048576).toFixed(0)} MB .xlsx)`);
      console.log(`  floor  ${fmt(floor)}`);
      console.log(`  reader ${fmt(reader)}`);
      console.log(`  tool   ${fmt(run)}`);
      console.log(`  tool ÷ floor:  ${ratio(run, floor)}`);
      console.log(`  tool ÷ reader: ${ratio(run, reader)}`);
      const tenth = tool.get(rows / 10);
      if (tenth !== undefined) console.log(`  tool 1M ÷ 100k: ${ratio(run, tenth)}`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
