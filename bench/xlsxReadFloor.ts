/**
 * The floor of a streamed .xlsx read, run as its own process by xlsxStaffing.bench: going through every row of every
 * sheet, touching each row's values and nothing more, with
 *   - `exceljs`: exceljs's WorkbookReader (shared strings and styles cached), the reader the tool used before;
 *   - `ours`:    src/xlsx/read/streamWorkbook, the reader the tool uses now (texts as a user sees them).
 * Prints the number of rows read.
 */
import ExcelJS from "exceljs";
import { streamWorkbook } from "../src/xlsx/read/streamWorkbook";

async function exceljsRows(file: string): Promise<string> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  return `${rows} rows, ${cells} cell slots`;
}

async function ourRows(file: string): Promise<string> {
  let rows = 0;
  let cells = 0;
  await streamWorkbook(file, {
    sheet: () => ({
      rows: (batch) => {
        rows += batch.length;
        for (const r of batch) cells += r.cells.length;
        return true;
      },
      end: () => undefined,
    }),
  });
  return `${rows} rows, ${cells} cells`;
}

async function main(mode: string, file: string): Promise<void> {
  console.log(mode === "ours" ? await ourRows(file) : await exceljsRows(file));
}

void main(process.argv[2], process.argv[3]);
