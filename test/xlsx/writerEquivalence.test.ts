/**
 * writeXlsx renders cells, links and tables itself (issue 15). The workbooks it writes must read back, in exceljs,
 * exactly as those of the writer before it, which handed every cell to exceljs (kept in helpers/cellByCellWriter.ts):
 * values, number formats, fonts, fills, borders, alignment, merges, widths and heights, tables, dropdown lists,
 * conditional fills, notes, links, print settings and charts, on the real sheets of a seed plan and its data.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { gridFromValues, sheetDocument } from "../../src/core/grid";
import { planSheet, sourceRowsSheet } from "../../src/core/plan/planSheets";
import { reportSheet, validationReport } from "../../src/core/plan/validate";
import { date, num, pct, text, type CellSpec, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { loadedData, summarySheets } from "../../src/core/summary";
import { writeXlsx, type XlsxWarning } from "../../src/xlsx";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../fixtures/vacancies/renderVacancies";
import { SEEDS, seedDocument, structureOrFail } from "../helpers/seeds";
import { writeXlsxCellByCell } from "./helpers/cellByCellWriter";
import { loadWorkbook } from "./helpers/buildWorkbook";

const today = "2026-06-01";

/** Everything a reader of the file sees, in plain data, sheet by sheet. */
async function reading(bytes: Buffer): Promise<unknown> {
  const wb = await loadWorkbook(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p))
      .sort()
      .map(async (p) => [p, await zip.file(p)!.async("string")]),
  );
  return {
    definedNames: wb.definedNames.model,
    charts,
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      state: ws.state,
      views: ws.views,
      pageSetup: ws.pageSetup,
      footer: ws.headerFooter?.oddFooter,
      widths: (ws.columns ?? []).map((c) => c.width),
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      tables: ws.getTables().map((t) => {
        const m = (t as unknown as { table: ExcelJS.TableProperties & { tableRef: string } }).table;
        return { name: m.name, ref: m.tableRef, headerRow: m.headerRow, totalsRow: !!m.totalsRow, style: m.style, columns: m.columns.map((c) => [c.name, c.filterButton]) };
      }),
      validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      conditional: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      rows: rowsOf(ws),
    })),
  };
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[] {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.push({
        address: cell.address,
        value: cell.value,
        type: cell.type,
        numFmt: cell.numFmt,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        alignment: cell.alignment,
        merged: cell.isMerged ? cell.master.address : null,
        note: cell.note ?? null,
      });
    });
    rows.push({ number: row.number, height: row.height, cells });
  });
  return rows;
}

async function expectSameReading(specs: readonly SheetSpec[]): Promise<void> {
  const warned = { fast: [] as XlsxWarning[], reference: [] as XlsxWarning[] };
  const fast = await writeXlsx(specs, { onWarning: (w) => warned.fast.push(w) });
  const reference = await writeXlsxCellByCell(specs, (w) => warned.reference.push(w));
  expect(await reading(fast)).toEqual(await reading(reference));
  // The same warnings; within a sheet, in whatever order the writer met them.
  const sorted = (ws: XlsxWarning[]) => ws.map((w) => JSON.stringify([w.sheet, w.code, w.cell, w.detail])).sort();
  expect(sorted(warned.fast)).toEqual(sorted(warned.reference));
}

const textOf = (c: CellSpec | undefined): string => (c?.value.kind === "text" || c?.value.kind === "link" ? c.value.text : c?.value.kind === "number" ? String(c.value.value) : "");

/** The execution report as a user gives it back, its status column filled in. */
function filledReport(sheets: readonly SheetSpec[]) {
  const report = sheets.find((s) => s.name === "Отчёт об исполнении")!;
  const headerRow = report.rows.findIndex((r) => r.some((c) => textOf(c) === "Статус"));
  const statusCol = report.rows[headerRow].findIndex((c) => textOf(c) === "Статус");
  const statuses = ["выполнено", "выполняется", "перенесено", "не выполнено"];
  const rows = report.rows.map((r, i) => ({ row: i + 1, cells: r.map((c, j) => (i > headerRow && j === statusCol ? statuses[i % statuses.length] : textOf(c))) }));
  return sheetDocument("отчёт.xlsx", "Отчёт", { rows, merges: [] });
}

const header = (...names: string[]): CellSpec[] => names.map((n) => text(n, "header"));

describe("writeXlsx reads back as the cell-by-cell writer did", () => {
  test("the plan, its source rows and its validation report with links into the plan (seed plan of Omsk)", async () => {
    const plan = structureOrFail(seedDocument(SEEDS.omsk));
    const report = validationReport(plan);
    const sheets = [planSheet(plan), sourceRowsSheet(plan), reportSheet(plan, report, { planSheet: planSheet(plan).name, madeOn: today })];
    expect(sheets[2].rows.some((r) => r.some((c) => c.value.kind === "link"))).toBe(true);
    await expectSameReading(sheets);
  }, 120_000);

  test("the summary workbook with indicators, vacancies and execution rates: charts, conditional fills, lists", async () => {
    const planDoc = seedDocument(SEEDS.ministry);
    const plan = structureOrFail(planDoc);
    const list = generatePersons({ seed: 5 });
    const staff = { doc: sheetDocument("кадры.xlsx", "Кадры", gridFromValues(list.values)), file: "кадры.xlsx" };
    const data = loadedData([{ doc: planDoc, file: "план.txt" }, staff, renderLongTable(generateVacancies()).inputs[0]], planDoc, { locale: "ru", today });
    const opts = { madeOn: today, reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "план.txt", issues: validationReport(plan).issues };
    const sheets = summarySheets(plan, { ...opts, perExecutor: true, extraSheets: data.sheets, filledReport: filledReport(summarySheets(plan, opts)) });
    expect(sheets.some((s) => s.charts?.length)).toBe(true);
    expect(sheets.some((s) => s.conditionalFills?.length)).toBe(true);
    await expectSameReading(sheets);
  }, 120_000);

  test("what the writer repairs or keeps aside: long texts, control characters, merges over the table, lists with commas, odd values", async () => {
    const long = "а".repeat(32000) + "б".repeat(8000);
    await expectSameReading([
      {
        name: "Свод: 2026/27",
        rows: [
          [text("Заголовок над всей шириной", "title")],
          header("Срок", "срок", "", "Ответственные\nисполнители"),
          [text(long), num(1234.5, "thousands", "good"), pct(0.25, "bad"), date("2026-02-30")],
          [text("  пробелы по краям  "), num(-0, "decimal2"), pct(1.5, "warn"), date("2026-12-31", "muted")],
          [text("=СУММ(A1)\r\nвторая строка\u0007"), num(1e21), text("\uD800одинокая половина"), { value: { kind: "link", text: "к началу", sheet: "Свод: 2026/27", cell: "A1" } }],
          [text("Итого", "total"), num(3, "integer", "total"), text("", "total")],
          [],
          [text("под таблицей", "section"), text("объединено", "subtotal")],
        ],
        columns: [{ width: 40, wrap: true }, { width: 12 }, { width: 10, wrap: true }],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 5 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 7, left: 0, bottom: 8, right: 2 },
          { top: 7, left: 2, bottom: 7, right: 3 },
        ],
        table: { name: "1 таблица", area: { top: 1, left: 0, bottom: 5, right: 3 } },
        freeze: { rows: 2, cols: 1 },
        print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 1, last: 1 } },
        validations: [
          { area: { top: 2, left: 3, bottom: 4, right: 3 }, list: ["да, в срок", "нет"] },
          { area: { top: 3, left: 3, bottom: 5, right: 3 }, list: ["выполнено", "не выполнено"] },
        ],
        notes: [{ row: 2, col: 0, text: "Источник: строки 7–12" }],
        conditionalFills: [{ area: { top: 2, left: 2, bottom: 4, right: 2 }, rule: { kind: "greaterOrEqual", value: 0.9 }, style: "good" }],
      },
      { name: "Свод: 2026/27", rows: [[{ value: { kind: "link", text: "к первому", sheet: "Свод: 2026/27", cell: "B3" } }]] },
      { name: "Пустой", rows: [] },
      { name: "Без строк", rows: [header("a", "b")], table: { name: "T", area: { top: 0, left: 0, bottom: 0, right: 1 } } },
    ]);
  }, 120_000);
});
