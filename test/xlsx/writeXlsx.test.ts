import ExcelJS from "exceljs";
import { date, num, pct, text, type CellSpec, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { writeXlsx, type XlsxWarning } from "../../src/xlsx";
import { loadWorkbook, partText } from "./helpers/buildWorkbook";

const header = (...names: string[]): CellSpec[] => names.map((n) => text(n, "header"));

/** A summary-like sheet using every SheetSpec feature but charts (charts.test.ts). */
const summary: SheetSpec = {
  name: "Свод",
  rows: [
    [text("Свод по разделам", "title")],
    header("Раздел", "Мероприятий", "Доля", "Срок"),
    [text("1. Кадры"), num(12, "integer"), pct(0.344, "bad"), date("2024-09-01")],
    [text("2. Наставничество"), num(1234.5, "thousands"), pct(0.75, "good"), date("2024-12-31")],
    [text("Итого", "total"), num(1246.5, "decimal1", "total"), pct(0.5, "total"), text("", "total")],
  ],
  columns: [{ width: 30, wrap: true }, { width: 14 }, { width: 10 }, { width: 12 }],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  table: { name: "Свод разделов", area: { top: 1, left: 0, bottom: 3, right: 3 } },
  freeze: { rows: 2, cols: 1 },
  print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 1, last: 1 } },
  validations: [{ area: { top: 2, left: 3, bottom: 3, right: 3 }, list: ["выполнено", "не выполнено"] }],
  notes: [{ row: 2, col: 0, text: "Источник: лист «План», строки 7–12" }],
  conditionalFills: [{ area: { top: 2, left: 2, bottom: 3, right: 2 }, rule: { kind: "lessThan", value: 0.6 }, style: "bad" }],
};

describe("writeXlsx", () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await writeXlsx([summary, { name: "Ссылки", rows: [[{ value: { kind: "link", text: "к своду", sheet: "Свод", cell: "B3" } }]] }]);
    wb = await loadWorkbook(bytes);
    ws = wb.getWorksheet("Свод")!;
  });

  it("writes values by kind with their formats", () => {
    expect([ws.getCell("A3").value, ws.getCell("A3").numFmt, ws.getCell("A3").type]).toEqual(["1. Кадры", "@", ExcelJS.ValueType.String]);
    expect([ws.getCell("B3").value, ws.getCell("B3").numFmt]).toEqual([12, "0"]);
    expect([ws.getCell("B4").value, ws.getCell("B4").numFmt]).toEqual([1234.5, "#,##0"]);
    expect([ws.getCell("B5").value, ws.getCell("B5").numFmt]).toEqual([1246.5, "0.0"]);
    expect([ws.getCell("C3").value, ws.getCell("C3").numFmt]).toEqual([0.344, "0.0%"]);
    // exceljs turns a number with a date format back into a Date: the serial was a real date.
    expect([ws.getCell("D4").value, ws.getCell("D4").numFmt]).toEqual([new Date(Date.UTC(2024, 11, 31)), "dd.mm.yyyy"]);
    expect(ws.getCell("D5").value).toBeNull();
  });

  it("maps named styles: header, total, good/bad fills, wrap by column", () => {
    const h = ws.getCell("B2");
    expect(h.font?.bold).toBe(true);
    expect(h.alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(h.border?.bottom?.style).toBe("thin");
    expect((h.fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect(ws.getCell("A5").border?.top?.style).toBe("double");
    expect((ws.getCell("C4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFC6EFCE");
    expect((ws.getCell("C3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(ws.getCell("A3").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B3").alignment?.wrapText).toBeFalsy();
  });

  it("sets widths, merges, frozen panes and A4 print setup with repeated header rows", () => {
    // Column B asks for 14, but its bold header word «Мероприятий» needs 16 (src/core/sheet/layoutHints.ts).
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([30, 16, 10, 12]);
    expect(ws.getCell("D1").isMerged).toBe(true);
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" });
  });

  it("adds a table object with a valid name, header row and filter buttons", () => {
    const tables = ws.getTables() as unknown as { table: { name: string; tableRef: string; headerRow: boolean; columns: { name: string; filterButton: boolean }[] } }[];
    expect(tables).toHaveLength(1);
    const t = tables[0].table;
    expect(t.name).toBe("Свод_разделов");
    expect(t.tableRef).toBe("A2:D4");
    expect(t.headerRow).toBe(true);
    expect(t.columns.map((c) => [c.name, c.filterButton])).toEqual([
      ["Раздел", true],
      ["Мероприятий", true],
      ["Доля", true],
      ["Срок", true],
    ]);
  });

  it("adds dropdown lists, notes and conditional fills", () => {
    expect(ws.getCell("D3").dataValidation).toMatchObject({ type: "list", formulae: ['"выполнено,не выполнено"'] });
    expect(ws.getCell("D4").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("D5").dataValidation).toBeUndefined();
    expect(ws.getCell("A3").note).toBe("Источник: лист «План», строки 7–12");
    // Loaded conditional formats are on the worksheet, though exceljs's typings only know the adder.
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("C3:C4");
    expect(formats[0].rules[0]).toMatchObject({ type: "expression", formulae: ["AND(ISNUMBER(C3),C3<0.6)"] });
  });

  it("writes links to cells of the workbook as Excel does: a location, no external relationship", async () => {
    const xml = await partText(bytes, "xl/worksheets/sheet2.xml");
    expect(xml).toContain(`<hyperlink ref="A1" location="&apos;Свод&apos;!B3"/>`);
    expect(await partText(bytes, "xl/worksheets/_rels/sheet2.xml.rels")).toBeNull();
    expect(wb.getWorksheet("Ссылки")!.getCell("A1").text).toBe("к своду");
  });

  it("keeps the notes drawing and the table in schema order (legacyDrawing before tableParts)", async () => {
    const xml = (await partText(bytes, "xl/worksheets/sheet1.xml"))!;
    expect(xml.indexOf("<legacyDrawing")).toBeGreaterThan(0);
    expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
  });
});

describe("writeXlsx repairs what Excel would refuse", () => {
  it("makes sheet names valid and unique and points links at the renamed sheet", async () => {
    const bytes = await writeXlsx([
      { name: "План: 2024/25", rows: [[text("a")]] },
      { name: "План: 2024/25", rows: [[{ value: { kind: "link", text: "к плану", sheet: "План: 2024/25", cell: "A1" } }]] },
    ]);
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["План 2024 25", "План 2024 25 (2)"]);
    expect(await partText(bytes, "xl/worksheets/sheet2.xml")).toContain(`location="&apos;План 2024 25&apos;!A1"`);
  });

  it("dedupes table column names and writes the same names into the header cells", async () => {
    const bytes = await writeXlsx([
      {
        name: "Т",
        rows: [header("Срок", "срок", "", "Ответственные\nисполнители"), [text("a"), text("b"), text("c"), text("d")]],
        table: { name: "1 таблица", area: { top: 0, left: 0, bottom: 1, right: 3 } },
      },
    ]);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Т")!;
    const t = (ws.getTables()[0] as unknown as { table: { name: string; columns: { name: string }[] } }).table;
    const expected = ["Срок", "срок 2", "Столбец 3", "Ответственные исполнители"];
    expect(t.columns.map((c) => c.name)).toEqual(expected);
    expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual(expected);
    expect(t.name).toBe("T_1_таблица");
  });

  it("cuts a text over 32,767 characters, keeps the rest in a note and warns", async () => {
    const long = "а".repeat(32000) + "б".repeat(8000);
    const warnings: XlsxWarning[] = [];
    const bytes = await writeXlsx([{ name: "Длинный", rows: [[text(long)]] }], { onWarning: (w) => warnings.push(w) });
    const cell = (await loadWorkbook(bytes)).getWorksheet("Длинный")!.getCell("A1");
    const value = cell.value as string;
    expect(value.length).toBe(32767);
    expect(value.endsWith("…")).toBe(true);
    expect(long.startsWith(value.slice(0, -1))).toBe(true);
    const rest = long.slice(32766);
    expect(String(cell.note).endsWith(rest)).toBe(true);
    expect(warnings).toEqual([{ code: "cell_text_too_long", sheet: "Длинный", cell: "A1", detail: String(rest.length) }]);
  });

  it("leaves out a merge that cuts through the table, with a warning", async () => {
    const warnings: XlsxWarning[] = [];
    const bytes = await writeXlsx(
      [
        {
          name: "Т",
          rows: [header("a", "b"), [text("1"), text("2")], [text("3"), text("4")]],
          table: { name: "T", area: { top: 0, left: 0, bottom: 2, right: 1 } },
          merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
        },
      ],
      { onWarning: (w) => warnings.push(w) },
    );
    expect((await loadWorkbook(bytes)).getWorksheet("Т")!.getCell("B2").isMerged).toBe(false);
    expect(warnings.map((w) => [w.code, w.cell])).toEqual([["merge_skipped", "A2:B2"]]);
  });

  it("puts a list with commas into a hidden sheet the validation refers to", async () => {
    const list = ["да, в срок", "нет"];
    const bytes = await writeXlsx([{ name: "Статус", rows: [[text("x")]], validations: [{ area: { top: 0, left: 0, bottom: 0, right: 0 }, list }] }]);
    const wb = await loadWorkbook(bytes);
    const hidden = wb.getWorksheet("Списки")!;
    expect(hidden.state).toBe("hidden");
    expect([hidden.getCell("A1").value, hidden.getCell("A2").value]).toEqual(list);
    expect(wb.getWorksheet("Статус")!.getCell("A1").dataValidation.formulae).toEqual(["'Списки'!$A$1:$A$2"]);
  });
});
