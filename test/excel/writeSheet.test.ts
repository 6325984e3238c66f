/** Writing SheetSpecs through the adapter into the strict fake, and reading them back. */
import { date, num, pct, text, type CellSpec, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { readUsedRange, TEMP_PREFIX, writeSheet } from "../../src/excel";
import { fakeHost } from "./fakeHost";
import { forgetfulHost } from "./forgetfulHost";

/** Item numbers 1.1 … 4.16 (4.10 among them) and texts Excel would turn into numbers, dates or formulas. */
const ITEMS = [1, 2, 3, 4].flatMap((s) => Array.from({ length: 16 }, (_, i) => `${s}.${i + 1}`));
const TRICKY = ["- пункт", "=СУММ", "+7", "34,4%", "2018-12-31", "007", "1,234", "TRUE"];
const ROW_410 = 1 + ITEMS.indexOf("4.10"); // 0-based sheet row under the header

function textSheet(name: string): SheetSpec {
  const rows: CellSpec[][] = [[text("№", "header"), text("Текст", "header")]];
  ITEMS.forEach((n, i) => rows.push([text(n), text(TRICKY[i % TRICKY.length])]));
  return { name, rows };
}

test("item numbers and formula-like texts round-trip unchanged as text", async () => {
  const { host, fake } = fakeHost();
  const result = await writeSheet(host, textSheet("План"));
  expect(result).toMatchObject({ sheet: "План", chunks: 1, skipped: [] });
  const back = await readUsedRange(host, { sheet: "План" });
  expect(back.grid.rows.slice(1).map((r) => r.cells)).toEqual(ITEMS.map((n, i) => [n, TRICKY[i % TRICKY.length]]));
  expect(fake.workbook.cellOf("План", ROW_410, 0)).toMatchObject({ value: "4.10", numberFormat: "@" });
});

test("without the '@' step the fake coerces the same texts (the tests catch an adapter that forgets)", async () => {
  const { host, fake } = fakeHost();
  await writeSheet(forgetfulHost(host), textSheet("План"));
  const cell = (r: number, c: number) => fake.workbook.valueAt("План", r, c);
  expect(cell(ROW_410, 0)).toBe(4.1); // "4.10"
  expect(cell(1, 1)).toBe("#NAME?"); // "- пункт"
  expect(fake.workbook.cellOf("План", 2, 1)?.formula).toBe("=СУММ");
  expect(cell(3, 1)).toBe(7); // "+7"
  expect(cell(5, 1)).toBe(43465); // "2018-12-31"
  const back = await readUsedRange(host, { sheet: "План" });
  // Read back as the number it became (neutral text, as from an .xlsx file), not the item number "4.10".
  expect(back.grid.rows[ROW_410].cells[0]).toBe("4.1");
});

test("numbers, percents and dates are written as numbers with Russian display formats", async () => {
  const { host, fake } = fakeHost();
  await writeSheet(host, { name: "Показатели", rows: [[num(1234.5, "thousands"), pct(0.667), date("2024-09-01"), num(2.25, "decimal1")]] });
  expect([0, 1, 2, 3].map((c) => fake.workbook.cellOf("Показатели", 0, c))).toMatchObject([
    { value: 1234.5, numberFormat: "#,##0" },
    { value: 0.667, numberFormat: "0.0%" },
    { value: 45536, numberFormat: "dd.mm.yyyy" }, // 1 Jan 2024 = 45292, + 244 days
    { value: 2.25, numberFormat: "0.0" },
  ]);
  const back = await readUsedRange(host, { sheet: "Показатели" });
  // Read back as values with formats: full precision (not the displayed "1 235" and "2,3"), percent and date as shown.
  expect(back.grid.rows[0].cells).toEqual(["1234.5", "66,7%", "01.09.2024", "2.25"]);
});

test("formats, merges, table, freeze panes, validation, notes, print setup and charts reach the sheet", async () => {
  const { host, fake } = fakeHost();
  const spec: SheetSpec = {
    name: "Свод",
    rows: [
      [text("Свод по разделам", "title"), text(""), text("")],
      [text("Раздел", "header"), text("Мероприятий", "header"), text("Статус", "header")],
      [text("1"), num(3, "integer"), text("в работе")],
      [text("2"), num(5, "integer"), text("выполнено")],
    ],
    columns: [{ width: 10 }, { width: 14, wrap: true }],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    table: { name: "Свод_разделы", area: { top: 1, left: 0, bottom: 3, right: 2 } },
    freeze: { rows: 2, cols: 0 },
    validations: [{ area: { top: 2, left: 2, bottom: 3, right: 2 }, list: ["в работе", "выполнено"] }],
    notes: [{ row: 2, col: 1, text: "из плана" }],
    print: { orientation: "landscape", repeatRows: { first: 1, last: 1 }, fitToWidth: true },
    charts: [{ kind: "column", title: "Мероприятия", categories: { top: 2, left: 0, bottom: 3, right: 0 }, series: [{ name: "Мероприятий", values: { top: 2, left: 1, bottom: 3, right: 1 } }], anchor: { row: 5, col: 0, rows: 10, cols: 5 } }],
    conditionalFills: [{ area: { top: 2, left: 1, bottom: 3, right: 1 }, rule: { kind: "lessThan", value: 4 }, style: "bad" }],
  };
  const result = await writeSheet(host, spec);
  expect(result.skipped).toEqual([]);
  const ws = fake.workbook.sheetByName("Свод")!;
  expect(ws.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(fake.workbook.tables).toMatchObject([{ name: "Свод_разделы", sheetId: ws.id, area: { top: 1, left: 0, bottom: 3, right: 2 } }]);
  expect(ws.rows[1][0]?.format).toMatchObject({ bold: true, fill: "#D9E1F2" });
  expect(ws.columnWidths.get(0)).toBeCloseTo((10 * 7 + 5) * 0.75, 5);
  expect(ws.rows[3][1]?.format?.wrap).toBe(true);
  expect(ws.freeze).toEqual({ rows: 2, cols: 0 });
  expect(ws.validations).toEqual([{ area: { top: 2, left: 2, bottom: 3, right: 2 }, rule: { list: { inCellDropDown: true, source: "в работе,выполнено" } } }]);
  expect(ws.notes).toEqual([{ cell: "B3", text: "из плана", kind: "note" }]);
  expect(ws.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$2:$2" });
  // Both fit counts, as the .xlsx writer does (fitToWidth 1, fitToHeight 0): Excel ignored a width-only zoom (issue 14, defect 10).
  expect(ws.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(ws.charts).toMatchObject([{ type: "ColumnClustered", title: "Мероприятия", series: [{ name: "Мероприятий", values: "Свод!B3:B4", xValues: "Свод!A3:A4" }], position: { start: "A6", end: "E15" } }]);
  expect(ws.conditionalFormats).toMatchObject([{ type: "CellValue", rule: { formula1: "=4", operator: "LessThan" }, fill: "#FFC7CE" }]);
  expect(fake.workbook.activeSheetId).toBe(ws.id);
  expect(fake.workbook.sheets.some((s) => s.name.startsWith(TEMP_PREFIX))).toBe(false);
});

test("on Office 2019 (ExcelApi 1.7) later features are skipped and reported, nothing fails", async () => {
  const { host, fake } = fakeHost({ apiVersion: "1.7" });
  const spec: SheetSpec = {
    name: "Лист отчёта",
    rows: [[text("a")], [text("b")]],
    validations: [{ area: { top: 0, left: 0, bottom: 1, right: 0 }, list: ["a", "b"] }],
    notes: [{ row: 0, col: 0, text: "заметка" }],
    print: { orientation: "portrait", fitToWidth: true },
  };
  const result = await writeSheet(host, spec);
  expect(result.skipped.map((s) => [s.feature, s.reason])).toEqual([
    ["validation", "unsupported"],
    ["note", "unsupported"],
    ["print", "unsupported"],
  ]);
  expect(fake.workbook.valueAt("Лист отчёта", 1, 0)).toBe("b");
});

test("re-writing replaces the add-in's own sheet, never a user's sheet of the same name", async () => {
  const { host, fake } = fakeHost();
  fake.workbook.setValues("Свод", [["данные пользователя"]]);
  const first = await writeSheet(host, textSheet("Свод"));
  expect(first.sheet).toBe("Свод (2)");
  const second = await writeSheet(host, textSheet("Свод"));
  expect(second.sheet).toBe("Свод (2)");
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1", "Свод", "Свод (2)"]);
  expect(fake.workbook.valueAt("Свод", 0, 0)).toBe("данные пользователя");
});

test("a failure mid-write leaves no sheet behind and reports Excel's error", async () => {
  const { host, fake } = fakeHost();
  const bad: SheetSpec = { name: "Плохой", rows: [[text("a")]], columns: [{ width: 100_000 }] }; // width over Excel's maximum
  await expect(writeSheet(host, bad)).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1"]);
});

test("cancelling between chunks deletes the temporary sheet", async () => {
  const { host, fake } = fakeHost();
  const rows = Array.from({ length: 2000 }, (_, i) => [text(`пункт ${i}`), text("ж".repeat(100))]);
  const controller = new AbortController();
  const write = writeSheet(host, { name: "Большой", rows }, {
    chunkBytes: 100_000,
    signal: controller.signal,
    onProgress: (done) => done === 1 && controller.abort(),
  });
  await expect(write).rejects.toMatchObject({ name: "AbortError" });
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Лист1"]);
});

test("a text over Excel's 32,767 characters is cut and reported instead of failing the sheet", async () => {
  const { host, fake } = fakeHost();
  const result = await writeSheet(host, { name: "Длинный", rows: [[text("я".repeat(40_000))]] });
  expect(result.skipped).toEqual([{ feature: "cell", reason: "too_long", detail: "A1" }]);
  expect(String(fake.workbook.valueAt("Длинный", 0, 0)).length).toBe(32_767);
});

test("a table name already used elsewhere is reported; the sheet is still written", async () => {
  const { host, fake } = fakeHost();
  fake.workbook.setValues("Лист1", [["x"], ["1"]]);
  fake.workbook.tables.push({ id: 999, name: "Итоги", sheetId: fake.workbook.sheetByName("Лист1")!.id, area: { top: 0, left: 0, bottom: 1, right: 0 }, style: "TableStyleMedium2" });
  const result = await writeSheet(host, { name: "Итоги", rows: [[text("Заголовок")], [text("а")]], table: { name: "Итоги", area: { top: 0, left: 0, bottom: 1, right: 0 } } });
  expect(result.skipped).toEqual([{ feature: "table", reason: "conflict", detail: "Итоги" }]);
  expect(fake.workbook.tables.map((t) => t.name)).toEqual(["Итоги", "Таблица1"]);
  expect(fake.workbook.valueAt("Итоги", 1, 0)).toBe("а");
});
