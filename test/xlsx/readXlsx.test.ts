import { readXlsx } from "../../src/xlsx";
import { buildWorkbook, editPart, partText } from "./helpers/buildWorkbook";

/** Grid texts of a document's only block. */
function texts(doc: Awaited<ReturnType<typeof readXlsx>>[number]) {
  const block = doc.blocks[0];
  if (!block || block.kind !== "table") throw new Error("no table block");
  return block.grid;
}

describe("readXlsx", () => {
  it("reads what a user sees: merged section, hidden row, dates, percents, formulas, rich text, links, errors", async () => {
    const bytes = await buildWorkbook((wb) => {
      const ws = wb.addWorksheet("План");
      ws.getCell("A1").value = { richText: [{ text: "План " }, { font: { bold: true }, text: "мероприятий" }] };
      ws.getRow(2).values = ["№", "Мероприятие", "Срок", "Доля"];
      ws.getCell("A3").value = "1. Кадры";
      ws.mergeCells("A3:D3");
      ws.getCell("A4").value = 1;
      ws.getCell("B4").value = { text: "Сайт", hyperlink: "https://example.org" };
      ws.getCell("C4").value = new Date(Date.UTC(2024, 8, 1));
      ws.getCell("C4").numFmt = "dd.mm.yyyy";
      ws.getCell("D4").value = 0.344;
      ws.getCell("D4").numFmt = "0.0%";
      ws.getCell("A5").value = 2;
      ws.getCell("B5").value = "Скрытая";
      ws.getCell("C5").value = 45657; // serial of 31.12.2024
      ws.getCell("C5").numFmt = "[$-419]d mmmm yyyy";
      ws.getCell("D5").value = { formula: "D4*2", result: 0.688 };
      ws.getCell("D5").numFmt = "0.0%";
      ws.getRow(5).hidden = true;
      ws.getCell("A7").value = 1234.5;
      ws.getCell("B7").value = 0.1 + 0.2;
      ws.getCell("C7").value = { formula: "NA()", result: { error: "#N/A" } };
      ws.getCell("D7").value = true;
      ws.getCell("A8").value = { formula: "SUM(A4:A5)", result: 3 };
      ws.getCell("B8").value = 0.5;
      ws.getCell("B8").numFmt = "h:mm";
      ws.getCell("C8").value = "  текст  ";
      wb.addWorksheet("Пусто");
    });
    const docs = await readXlsx(bytes, "plan.xlsx");
    expect(docs.map((d) => [d.name, d.sheet])).toEqual([
      ["plan.xlsx", "План"],
      ["plan.xlsx", "Пусто"],
    ]);
    const grid = texts(docs[0]);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["План мероприятий", "", "", ""],
      ["№", "Мероприятие", "Срок", "Доля"],
      ["1. Кадры", "", "", ""],
      ["1", "Сайт", "01.09.2024", "34,4%"],
      ["2", "Скрытая", "31.12.2024", "68,8%"],
      ["", "", "", ""],
      ["1234.5", "0.3", "#N/A", "TRUE"],
      ["3", "12:00", "  текст  ", ""],
    ]);
    expect(grid.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(grid.rows.every((r) => r.col === 1)).toBe(true);
    expect(grid.rows.filter((r) => r.hidden).map((r) => r.row)).toEqual([5]);
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 3 }]);
    expect(texts(docs[1]).rows).toEqual([]);
  });

  it("starts the grid at column A and row 1 even when the table starts lower and to the right", async () => {
    const bytes = await buildWorkbook((wb) => {
      const ws = wb.addWorksheet("Лист1");
      ws.getCell("C3").value = "Срок";
      ws.getCell("D4").value = "до 20 декабря";
    });
    const grid = texts((await readXlsx(bytes, "a.xlsx"))[0]);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "Срок", ""],
      ["", "", "", "до 20 декабря"],
    ]);
  });

  it("clips a merged area reaching below the last text row to the grid", async () => {
    const bytes = await buildWorkbook((wb) => {
      const ws = wb.addWorksheet("Лист1");
      ws.getCell("A1").value = "Раздел";
      ws.mergeCells("A1:B10");
      ws.getCell("C2").value = "x";
    });
    expect(texts((await readXlsx(bytes, "a.xlsx"))[0]).merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("reads a sheet whose dimension and last row element claim a million rows without materialising them", async () => {
    const plain = await buildWorkbook((wb) => {
      const ws = wb.addWorksheet("Лист1");
      ws.getCell("A1").value = "Наименование";
      ws.getCell("B2").value = "Срок";
    });
    const bytes = await editPart(plain, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:E1048576"/>')
        .replace("</sheetData>", '<row r="1048576" ht="20" customHeight="1" hidden="1"><c r="A1048576" s="0"/></row></sheetData>'),
    );
    expect(await partText(bytes, "xl/worksheets/sheet1.xml")).toContain('<row r="1048576"');
    const grid = texts((await readXlsx(bytes, "big.xlsx"))[0]);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["Наименование", ""],
      ["", "Срок"],
    ]);
  });
});
