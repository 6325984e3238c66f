import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { gunzipSync, gzipSync } from "zlib";
import { writeVacanciesCsv } from "../../bench/scale/vacanciesCsv";
import type { VacancyInput } from "../../src/core/vacancies";
import { generateVacancies, rng } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderPerOrganisation, renderSheetPerMonth } from "../fixtures/vacancies/renderVacancies";
import { HOSTILE_HEADER, HOSTILE_VALUES } from "../fixtures/vacancies/hostileCells";
import { csvRecord, writeInputsAsCsv } from "../fixtures/vacancies/vacancyCsvFiles";
import { runCli } from "../helpers/runCli";

/**
 * What `plankadry vacancies` prints (--json, the listing, the brief lines with --out) and the workbook it writes,
 * compared with outputs captured from the code before the report was written as it is made (commit d852108): the
 * streamed report must print the same text to the byte. Inputs are generated here, the same on every machine:
 * the three shapes of the fixture generator as CSV files and as a workbook, a table of every kind of trouble over
 * two files with a reference list, and a long table of the scale benchmark. The workbook is compared by what it
 * holds (sheets, cells, number formats), so that a change in how workbooks are styled elsewhere does not fail here.
 *
 * The outputs were written by `VACANCY_OUTPUTS=write npx jest test/cli/vacancyOutputs.test.ts` on that commit, and
 * written again when a CSV's numbers stopped being remarked as «записано текстом» (a CSV's cells are all text): the
 * JSON outputs then differed from the old ones by those remarks alone (checked by script, every other field equal).
 */
const OUTPUTS = path.join(__dirname, "..", "fixtures", "vacancies", "outputs");
const WRITE = process.env.VACANCY_OUTPUTS === "write";
const TODAY = "2026-12-01";
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-vac-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const writeCsvFiles = (name: string, inputs: readonly VacancyInput[]): string[] => writeInputsAsCsv(path.join(tmp, name), inputs);

async function writeWorkbook(name: string, inputs: readonly VacancyInput[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const input of inputs) {
    const ws = wb.addWorksheet(input.doc.sheet ?? "Лист1");
    for (const block of input.doc.blocks) {
      if (block.kind === "text") ws.getCell(block.row, 1).value = block.text;
      else if (block.kind === "table") for (const row of block.grid.rows) row.cells.forEach((text, c) => text !== "" && (ws.getCell(row.row, c + 1).value = /^\d+(\.\d+)?$/.test(text) && String(Number(text)) === text ? Number(text) : text));
    }
  }
  const file = path.join(tmp, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A long table of every kind of trouble (spellings, municipalities, bad cells, subtotals), cut into two files. */
function hostileFiles(): string[] {
  const random = rng(20261128);
  const pick = (xs: readonly string[]) => xs[Math.floor(random() * xs.length)];
  const header = [...HOSTILE_HEADER];
  const rows = Array.from({ length: 240 }, () => HOSTILE_VALUES.map(pick));
  const dir = path.join(tmp, "hostile");
  mkdirSync(dir, { recursive: true });
  return [rows.slice(0, 100), rows.slice(100)].map((part, i) => {
    const file = path.join(dir, `часть ${i + 1}.csv`);
    writeFileSync(file, [header, ...part].map(csvRecord).join("\n") + "\n");
    return file;
  });
}

/** Sheets, cells and number formats of a workbook, as text. */
async function workbookText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const lines: string[] = [];
  wb.eachSheet((ws) => {
    lines.push(`# ${ws.name}`);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => cells.push(`${c}=${JSON.stringify(cell.value)}${cell.numFmt ? ` [${cell.numFmt}]` : ""}`));
      lines.push(`${r}: ${cells.join(" | ")}`);
    });
  });
  return lines.join("\n") + "\n";
}

/** Compares with the captured output (gzipped), or writes it in capture mode. Paths of this run's folder are written as «TMP». */
function same(name: string, actual: string): void {
  const text = actual.split(tmp).join("TMP");
  const file = path.join(OUTPUTS, `${name}.gz`);
  if (WRITE) {
    mkdirSync(OUTPUTS, { recursive: true });
    writeFileSync(file, gzipSync(text, { level: 9 }));
    return;
  }
  expect(existsSync(file)).toBe(true);
  expect(text).toBe(gunzipSync(readFileSync(file)).toString("utf8"));
}

async function outputs(name: string, files: readonly string[], extra: readonly string[] = []): Promise<void> {
  const json = await runCli(["vacancies", ...files, ...extra, "--json"], TODAY);
  expect(json.code).toBe(0);
  same(`${name}.json`, json.stdout);
  const listing = await runCli(["vacancies", ...files, ...extra], TODAY);
  same(`${name}.txt`, listing.stdout);
  const out = path.join(tmp, `${name}-out.xlsx`);
  const brief = await runCli(["vacancies", ...files, ...extra, "--out", out], TODAY);
  same(`${name}.brief.txt`, brief.stdout);
  same(`${name}.xlsx.txt`, await workbookText(out));
}

describe("vacancy outputs are those captured before the streamed report", () => {
  const g = generateVacancies(20261128, 5);
  test("one long table with a period column, as CSV", async () => outputs("long-csv", writeCsvFiles("long", renderLongTable(g).inputs)));
  test("a file per month, as CSV, in English", async () => outputs("months-csv", writeCsvFiles("months", renderSheetPerMonth(g).inputs), ["--lang", "en"]));
  test("a file per organisation and month, as CSV", async () => outputs("orgs-csv", writeCsvFiles("orgs", renderPerOrganisation(g).inputs)));
  test("a sheet per month in one workbook (streamed .xlsx)", async () => outputs("months-xlsx", [await writeWorkbook("months", renderSheetPerMonth(g).inputs)]));
  test("a table of every kind of trouble over two files, with a reference list", async () => {
    const reference = path.join(tmp, "reference.csv");
    writeFileSync(reference, "Наименование ОО\nМБОУ «СОШ № 1»\nМБОУ «СОШ № 4»\nМБДОУ «Детский сад № 5»\n");
    await outputs("hostile", hostileFiles(), ["--reference", reference]);
    await outputs("hostile-plain", hostileFiles());
  });
  test("a long table of the scale benchmark", async () => {
    const file = path.join(tmp, "scale.csv");
    await writeVacanciesCsv(file, 4000);
    await outputs("scale", [file]);
  });
});
