import ExcelJS from "exceljs";
import * as path from "path";
import type { SourceDocument } from "../../src/core/grid";

const DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** A cell's text as a typed value, as a user's workbook stores it: numbers as numbers, dd.mm.yyyy as dates. */
export function typedValue(text: string): ExcelJS.CellValue {
  const d = DATE.exec(text);
  if (d) return new Date(Date.UTC(Number(d[3]), Number(d[2]) - 1, Number(d[1])));
  return /^\d+(\.\d+)?$/.test(text) && String(Number(text)) === text ? Number(text) : text;
}

/**
 * Documents written as .xlsx workbooks into `dir` with typed cells, one workbook per input file (its name with
 * .xlsx), a sheet per document: text lines and table rows at their rows. Returns the files written, in order.
 */
export async function writeTypedWorkbooks(inputs: ReadonlyArray<{ doc: SourceDocument; file: string }>, dir: string): Promise<string[]> {
  const books = new Map<string, ExcelJS.Workbook>();
  for (const input of inputs) {
    const file = path.join(dir, path.basename(input.file, path.extname(input.file)) + ".xlsx");
    const wb = books.get(file) ?? new ExcelJS.Workbook();
    books.set(file, wb);
    const ws = wb.addWorksheet(input.doc.sheet ?? "Лист1");
    for (const block of input.doc.blocks) {
      if (block.kind === "text") ws.getCell(block.row, 1).value = block.text;
      else if (block.kind === "table") {
        for (const row of block.grid.rows) {
          row.cells.forEach((text, c) => {
            if (text === "") return;
            const cell = ws.getCell(row.row, c + 1);
            cell.value = typedValue(text);
            if (cell.value instanceof Date) cell.numFmt = "dd.mm.yyyy";
          });
        }
      }
    }
  }
  for (const [file, wb] of books) await wb.xlsx.writeFile(file);
  return [...books.keys()];
}
