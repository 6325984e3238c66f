import ExcelJS from "exceljs";

/**
 * A sheet of every cell type a spreadsheet stores, with what a staffing table has: a merged caption, a hidden row, a
 * formula's error. Saved by Calc and by Gnumeric in older formats, it must read as this .xlsx reads.
 */
export async function typedSheet(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Показатели");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "Сведения об укомплектованности\nна 01.09.2026";
  ws.addRow([]);
  ws.addRow(["Организация", "Ставок", "Доля", "Дата", "Время", "Есть вакансии"]);
  const rows: ExcelJS.CellValue[][] = [
    ["МБОУ «СОШ № 1»", 12.25, 0.344, new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(1899, 11, 30, 8, 30)), true],
    ["МБДОУ «Детский сад № 7»", 0.1 + 0.2, 1, new Date(Date.UTC(2025, 11, 31, 14, 5)), new Date(Date.UTC(1899, 11, 30, 17, 0)), false],
    ["  два  пробела ", -3, 0.5, "не дата", "", { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue],
  ];
  for (const r of rows) ws.addRow(r);
  for (let r = 4; r <= 6; r++) {
    ws.getCell(r, 3).numFmt = r === 4 ? "0.0%" : "0%";
    ws.getCell(r, 4).numFmt = r === 5 ? "dd.mm.yyyy hh:mm" : "dd.mm.yyyy";
    ws.getCell(r, 5).numFmt = "hh:mm";
  }
  ws.getRow(5).hidden = true;
  ws.mergeCells("A8:B9");
  ws.getCell("A8").value = "Итого";
  ws.getCell("C8").value = 3;
  ws.getCell("A10").value = "Исполнитель: Иванова И.И.";
  await wb.xlsx.writeFile(file);
}
