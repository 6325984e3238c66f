/**
 * Staffing indicators of a person-level .xlsx of 100 000 and 1 000 000 rows (issue 15), generated with exceljs's
 * streaming writer into a temporary folder (shared strings and styles as Excel writes them) and removed after. Each
 * program runs as its own process under /usr/bin/time (wall, CPU, peak RSS):
 *   - floor:  exceljs's streaming reader going through every row and doing nothing else (bench/xlsxReadFloor);
 *   - reader: our streaming reader (src/xlsx/read/streamWorkbook) going through every row, nothing else;
 *   - tool:   `plankadry indicators <file> --json` (the workbook streamed by our reader);
 *   - whole:  the same with `--sheet Кадры`, which reads the workbook whole (the path before streaming; 100k only:
 *             a million rows held whole takes gigabytes).
 * Printed: seconds, peak RSS, tool ÷ floor, tool ÷ reader, tool ÷ whole. Figures, never asserted.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly ok: boolean;
}

const TIME = "/usr/bin/time";
const ROOT = path.join(__dirname, "..", "..");
const HEADER = ["Организация", "Тип", "ФИО", "Дата рождения", "Группа персонала", "Ставка", "Образование", "Категория"];
const TYPES = ["ОО", "ДОО", "ДО"];
const NAMES = ["МБОУ «СОШ № %»", "МБДОУ «Детский сад № %»", "МБУ ДО «ДДТ № %»"];
const GROUPS = ["педагог", "педагог", "педагог", "педагогический", "АУП", "прочие"];
const RATES = [1, 1, 0.5, 1.25, 0.75, 1.5];
const EDUCATION = ["высшее педагогическое", "высшее", "СПО", "среднее профессиональное", "высшее педагогическое"];
const CATEGORY = ["высшая", "первая", "СЗД", "нет", "", "Высшая"];
const SURNAMES = ["Иванова", "Петрова", "Сидорова", "Кузнецова", "Смирнова", "Попова", "Волкова", "Соколова"];

/** Organisations of 200–600 people one after another, a birth date as a date cell, a rate as a number. */
async function writePersonsXlsx(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Кадры");
  ws.addRow(["Сведения о педагогических работниках по состоянию на 01.09.2026"]).commit();
  ws.addRow(HEADER).commit();
  let seed = 20260901;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  let written = 0;
  for (let org = 0; written < rows; org++) {
    const type = org % 3;
    const name = NAMES[type].replace("%", String(org + 1));
    const people = 200 + (next() % 400);
    for (let p = 0; p < people && written < rows; p++, written++) {
      const r = next();
      const born = new Date(Date.UTC(1960 + (r % 40), (r >>> 5) % 12, 1 + ((r >>> 9) % 28)));
      const row = ws.addRow([name, TYPES[type], `${SURNAMES[(r >>> 4) % 8]} ${org}-${p}`, born, GROUPS[(r >>> 7) % 6], RATES[(r >>> 10) % 6], EDUCATION[(r >>> 13) % 5], CATEGORY[(r >>> 16) % 6]]);
      row.getCell(4).numFmt = "dd.mm.yyyy";
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
}

function timed(args: string[]): Run | string {
  if (!existsSync(TIME)) return `${TIME} not found`;
  const run = spawnSync(TIME, ["-f", "@@%e %U %S %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? "");
  if (!m) return `no timing (${(run.stderr ?? "").trim().slice(0, 200)})`;
  return { wall: +m[1], cpu: +m[2] + +m[3], rssMb: +m[4] / 1024, ok: run.status === 0 };
}

const fmt = (r: Run | string) => (typeof r === "string" ? `— (${r})` : `${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB peak${r.ok ? "" : " FAILED"}`);
const ratio = (a: Run | string, b: Run | string) => (typeof a === "string" || typeof b === "string" ? "—" : `${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-xlsx-staffing-"));
  const cli = path.join(ROOT, "bin", "plankadry.js");
  try {
    for (const rows of [100_000, 1_000_000]) {
      const file = path.join(dir, `persons-${rows}.xlsx`);
      await writePersonsXlsx(file, rows);
      const floor = timed([path.join(__dirname, "xlsxReadFloor.js"), "exceljs", file]);
      const reader = timed([path.join(__dirname, "xlsxReadFloor.js"), "ours", file]);
      const tool = timed([cli, "indicators", file, "--json", "--as-of", "2026-09-01"]);
      const whole = rows <= 100_000 ? timed([cli, "indicators", file, "--json", "--as-of", "2026-09-01", "--sheet", "Кадры"]) : "skipped: held whole it takes gigabytes";
      console.log(`\n${rows.toLocaleString("ru-RU")} person rows (${(statSync(file).size / 1048576).toFixed(0)} MB .xlsx)`);
      console.log(`  floor  ${fmt(floor)}`);
      console.log(`  reader ${fmt(reader)}`);
      console.log(`  tool   ${fmt(tool)}`);
      console.log(`  whole  ${fmt(whole)}`);
      console.log(`  tool ÷ floor: ${ratio(tool, floor)}`);
      console.log(`  tool ÷ reader: ${ratio(tool, reader)}`);
      console.log(`  tool ÷ whole: ${ratio(tool, whole)}`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
