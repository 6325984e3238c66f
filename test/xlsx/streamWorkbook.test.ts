import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { GridRow } from "../../src/core/grid";
import { computeIndicators, type ComputeResult } from "../../src/core/staffing";
import { SheetsIndicatorStream } from "../../src/core/staffing/sheetsIndicatorStream";
import { readInput } from "../../src/io/readInput";
import { streamWorkbook } from "../../src/xlsx/read/streamWorkbook";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { runCli } from "../helpers/runCli";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-xlsx-stream-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OPTS = { today: "2026-09-01" };
const EXAMPLE = path.join(__dirname, "..", "..", "examples", "example.xlsx");

/** The streamed path as the CLI takes it: the reader feeding the sheets stream. */
async function streamed(file: string, opts = OPTS): Promise<ComputeResult | null> {
  const stream = new SheetsIndicatorStream(path.basename(file), opts);
  const info = await streamWorkbook(file, {
    merges: true,
    sheet: (name, merges) => {
      const feed = stream.sheet(name, merges);
      return { rows: (batch) => (feed.push(batch), stream.wanted), end: () => feed.end() };
    },
  });
  return info.complete ? stream.finish() : null;
}

async function whole(file: string, opts = OPTS): Promise<ComputeResult> {
  return computeIndicators((await readInput(file)).documents, opts);
}

/** Rows of every sheet as the streaming reader gives them. */
async function streamedRows(file: string): Promise<Map<string, GridRow[]>> {
  const sheets = new Map<string, GridRow[]>();
  await streamWorkbook(file, {
    sheet: (name) => {
      const rows: GridRow[] = [];
      sheets.set(name, rows);
      return { rows: (batch) => (rows.push(...batch), true), end: () => undefined };
    },
  });
  return sheets;
}

/** A row without the empty cells sheetGrid pads it with to the sheet's width. */
function unpadded(r: GridRow): { row: number; cells: readonly string[] } {
  let end = r.cells.length;
  while (end > 0 && r.cells[end - 1] === "") end--;
  return { row: r.row, cells: r.cells.slice(0, end) };
}

const DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * A generated staff list as Excel holds one: numbers as numbers, dates as dates with a date format, a title with
 * the as-of date in a merged cell, a rate as a formula with its cached result, a position in rich text.
 */
async function writeStaffList(file: string, seed: number, extraSheets: (wb: ExcelJS.Workbook) => void = () => undefined, before = false): Promise<void> {
  const list = generatePersons({ seed, wrongSubtotals: 1 });
  const wb = new ExcelJS.Workbook();
  if (before) extraSheets(wb);
  const ws = wb.addWorksheet("Кадры");
  ws.addRow([`Сведения о педагогических работниках по состоянию на ${list.asOf.split("-").reverse().join(".")}`]);
  ws.mergeCells(1, 1, 1, 6);
  ws.addRow([]);
  list.values.forEach((values, r) => {
    const row = ws.addRow(values.map((v) => (r > 0 && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
    values.forEach((v, c) => {
      const m = DATE.exec(v);
      const cell = row.getCell(c + 1);
      if (r > 0 && m) {
        cell.value = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
        cell.numFmt = "dd.mm.yyyy";
      } else if (r > 0 && typeof cell.value === "number" && r % 7 === 0) {
        cell.value = { formula: `${cell.value}*1`, result: cell.value };
      } else if (r > 0 && r % 5 === 0 && typeof cell.value === "string" && cell.value.length > 3) {
        cell.value = { richText: [{ text: cell.value.slice(0, 2), font: { bold: true } }, { text: cell.value.slice(2) }] };
      }
    });
  });
  if (!before) extraSheets(wb);
  await wb.xlsx.writeFile(file);
}

function addSchedule(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Штатное расписание");
  ws.addRow(["Организация", "Тип", "Ставок по штату", "Занято ставок", "Вакантных ставок"]);
  ws.addRow(["МБОУ «СОШ № 1»", "ОО", 40, 36.5, 3.5]);
  ws.addRow(["МБДОУ «Детский сад № 2»", "ДОО", 25, 25, 0]);
  const pct = wb.addWorksheet("Заметки");
  pct.addRow(["Доля", 0.345]);
  pct.getCell("B1").numFmt = "0.0%";
}

describe("a .xlsx staffing workbook read as a stream", () => {
  test("the example workbook: the same report as the whole read", async () => {
    const expected = await whole(EXAMPLE);
    expect(expected.ok).toBe(true);
    expect(await streamed(EXAMPLE)).toEqual(expected);
  });

  test.each([1, 2, 3])("a generated staff list with typed cells (seed %i): the same report", async (seed) => {
    const file = path.join(tmp, `кадры-${seed}.xlsx`);
    await writeStaffList(file, seed);
    const expected = await whole(file, { today: "2030-01-01" });
    expect(expected.ok).toBe(true);
    expect(await streamed(file, { today: "2030-01-01" })).toEqual(expected);
  });

  test("a staff list with a staff schedule and a sheet of percentages after it: the same report", async () => {
    const file = path.join(tmp, "кадры-и-штаты.xlsx");
    await writeStaffList(file, 4, addSchedule);
    const expected = await whole(file);
    expect(expected.ok && expected.report.indicators.some((i) => i.id === "staffing_rate")).toBe(true);
    expect(await streamed(file)).toEqual(expected);
  });

  test("a staff schedule before the staff list cannot be read in one pass as the whole read reads it: null", async () => {
    const file = path.join(tmp, "штаты-и-кадры.xlsx");
    await writeStaffList(file, 5, addSchedule, true);
    expect(await streamed(file)).toBeNull();
  });

  test("a count table whose header is two rows under merged captions: the same report", async () => {
    const file = path.join(tmp, "свод-шапка.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Свод");
    ws.addRow(["Сведения о педагогических кадрах по состоянию на 01.09.2026"]);
    // «СПО» names a column only under its merged caption «Образование».
    ws.addRow(["Организация", "Тип", "Всего педагогов", "Образование", "", "Категория", ""]);
    ws.addRow(["", "", "", "высшее", "СПО", "высшая", "первая"]);
    for (const range of ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"]) ws.mergeCells(range);
    for (let i = 1; i <= 30; i++) ws.addRow([`МБОУ «СОШ № ${i}»`, i % 3 ? "ОО" : "ДОО", 40 + i, 25 + (i % 9), 10 + (i % 5), 10 + (i % 5), 12 + (i % 4)]);
    await wb.xlsx.writeFile(file);
    const expected = await whole(file);
    expect(expected.ok).toBe(true);
    expect(await streamed(file)).toEqual(expected);
  });

  test("a workbook with no staffing table: the whole read's refusal", async () => {
    const file = path.join(__dirname, "..", "fixtures", "plans", "official", "roadmap-2026.xlsx");
    const expected = await whole(file);
    expect(expected.ok).toBe(false);
    expect(await streamed(file)).toEqual(expected);
  });

  test("cell texts: every row of every sheet as sheetGrid reads it, but for the padding to the sheet's width", async () => {
    const typed = path.join(tmp, "типы.xlsx");
    await writeStaffList(typed, 6, addSchedule);
    for (const file of [EXAMPLE, typed]) {
      const docs = (await readInput(file)).documents;
      const rows = await streamedRows(file);
      for (const doc of docs) {
        const grid = doc.blocks.find((b) => b.kind === "table");
        const expected = grid && grid.kind === "table" ? grid.grid.rows.map(unpadded) : [];
        const got = (rows.get(doc.sheet ?? "") ?? []).map(unpadded);
        expect(got).toEqual(expected);
      }
    }
  });

  test("the CLI streams a workbook and falls back to the whole read where one pass cannot give its result", async () => {
    for (const before of [false, true]) {
      const file = path.join(tmp, `cli-${before}.xlsx`);
      await writeStaffList(file, 7, addSchedule, before);
      const run = await runCli(["indicators", file, "--json"], "2026-09-01");
      expect(run.code).toBe(0);
      const expected = await whole(file);
      if (!expected.ok) throw new Error("not staffing");
      expect(JSON.parse(run.stdout).indicators).toEqual(JSON.parse(JSON.stringify(expected.report.indicators)));
    }
  });

  test("a damaged workbook is an input error naming the file", async () => {
    const { writeFileSync, readFileSync } = await import("fs");
    const file = path.join(tmp, "битый.xlsx");
    writeFileSync(file, readFileSync(EXAMPLE).subarray(0, 3000));
    const run = await runCli(["indicators", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("битый.xlsx");
  });
});
