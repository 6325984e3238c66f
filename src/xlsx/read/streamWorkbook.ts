import { createReadStream } from "fs";
import { stat } from "fs/promises";
import ExcelJS from "exceljs";
import type { GridRow } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { displayText } from "./displayText";

/** How far a streamed read has got, for a progress line (the same shape as the CSV stream's). */
export interface WorkbookProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

/** What the caller does with the rows of one sheet; `false` from `rows` stops the whole read. */
export interface SheetRows {
  rows(batch: readonly GridRow[]): boolean;
  end(): void;
}

export interface WorkbookStreamOptions {
  /** Called once per sheet, in the order the sheets arrive; null skips the sheet's rows (they are still inflated). */
  readonly sheet: (name: string) => SheetRows | null;
  readonly onProgress?: (progress: WorkbookProgress) => void;
}

export interface WorkbookStreamInfo {
  /** False when the read was stopped by the caller. */
  readonly complete: boolean;
  /**
   * The styles part came after a worksheet in the archive: that sheet's cells were read without their number
   * formats (dates as serial numbers), so its texts may differ from the whole-workbook reader's.
   */
  readonly stylesLate: boolean;
}

/** Rows handed over at a time: large enough to cost nothing, small enough that nothing piles up. */
const BATCH = 1024;

/**
 * Reads a .xlsx file sheet by sheet and row by row with exceljs's streaming reader: nothing of a sheet is kept, so
 * memory stays flat whatever the number of rows (shared strings are held: exceljs needs them to resolve cells).
 * Rows are what sheetGrid makes of the same sheet (texts as a user sees them, blank rows kept so that a row's index
 * is its sheet row − 1, `row` = the sheet row), except that merged areas are not known (they follow the cells in
 * the file) and rows are not padded to the sheet's width. Sheets arrive in archive order, which is workbook order
 * for files Excel and exceljs write. Throws InputError("truncated") on a damaged file.
 */
export async function streamWorkbook(file: string, opts: WorkbookStreamOptions): Promise<WorkbookStreamInfo> {
  const totalBytes = (await stat(file)).size;
  const input = createReadStream(file);
  let bytes = 0;
  input.on("data", (chunk) => (bytes += chunk.length));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" });
  let sheetsSeen = 0;
  let stylesLate = false;
  // exceljs parses the styles part when it reaches it in the archive; a sheet parsed before that has no formats.
  (reader as unknown as NodeJS.EventEmitter).on("entry", (e: { type: string }) => {
    if (e.type === "worksheet") sheetsSeen++;
    if (e.type === "styles" && sheetsSeen > 0) stylesLate = true;
  });
  let rowsRead = 0;
  try {
    for await (const ws of reader) {
      const sheet = opts.sheet((ws as unknown as { name?: string }).name ?? "");
      if (!sheet) continue;
      const date1904 = Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
      let next = 1;
      let batch: GridRow[] = [];
      let go = true;
      const flush = () => {
        if (batch.length > 0) go = sheet.rows(batch);
        batch = [];
        opts.onProgress?.({ rows: rowsRead, bytes, totalBytes });
      };
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        const cells = rowTexts(row, date1904);
        if (cells.length === 0) continue;
        // Blank rows between text rows stay, as in sheetGrid; those after the last text row do not.
        for (; next < row.number; next++) {
          batch.push({ cells: [], row: next, col: 1 });
          if (batch.length >= BATCH) flush();
        }
        batch.push({ cells, row: row.number, col: 1 });
        next = row.number + 1;
        rowsRead++;
        if (batch.length >= BATCH) flush();
        if (!go) break;
      }
      if (go) flush();
      if (!go) {
        input.destroy();
        return { complete: false, stylesLate };
      }
      sheet.end();
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError("truncated", err instanceof Error ? err.message.split("\n")[0].slice(0, 200) : undefined);
  }
  return { complete: true, stylesLate };
}

/** The texts of a row's cells (index 0 = column A), as sheetGrid reads them; [] for a row without text. */
function rowTexts(row: ExcelJS.Row, date1904: boolean): string[] {
  const line: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    const text = displayText(cell.value, cell.numFmt, date1904);
    if (text !== "") line[c - 1] = text;
  });
  for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = "";
  return line;
}
