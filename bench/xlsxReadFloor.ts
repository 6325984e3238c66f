/**
 * The floor of a streamed .xlsx read, run as its own process by xlsxStaffing.bench: exceljs's WorkbookReader going
 * through every row of every sheet (shared strings and styles cached, as the tool reads), touching each row's values
 * and nothing more. Prints the number of rows read.
 */
import ExcelJS from "exceljs";

async function main(file: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  console.log(`${rows} rows, ${cells} cell slots`);
}

void main(process.argv[2]);
