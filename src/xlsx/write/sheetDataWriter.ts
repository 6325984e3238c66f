import type { CellValue as XlsxValue } from "exceljs";
import { ByteChunks } from "./byteChunks";
import type { SharedStrings } from "./sharedStrings";

/**
 * The <sheetData> element of a sheet, written into bytes row by row as the cells come. Every byte of it is ASCII
 * (a text is a shared string, the cell holds its index). A row is built as a short string (what JavaScript engines
 * build fastest) and encoded at its end into chunks of bytes (ByteChunks): one string of the whole sheet, joined
 * and encoded to UTF-8 at once, was most of the time to write a 10,000-item summary, and writing byte by byte costs
 * a call per piece of markup.
 */
export class SheetDataWriter {
  private readonly bytes = new ByteChunks();
  private row = "";
  private rowCells = 0;

  constructor(private readonly strings: SharedStrings) {
    this.bytes.write("<sheetData>");
  }

  /** Opens row `row` (0-based); `height` in points, when the row needs one. */
  openRow(row: number, height: number | undefined): void {
    this.row = height === undefined ? `<row r="${row + 1}">` : `<row r="${row + 1}" ht="${height}" customHeight="1">`;
    this.rowCells = height === undefined ? 0 : 1;
  }

  /** Closes the open row; a row with no cells and no height is not written at all. */
  closeRow(): void {
    if (this.rowCells > 0) this.bytes.write(`${this.row}</row>`);
    this.row = "";
  }

  /**
   * One <c> element at `letters` (the column's, ASCII) and `row` (0-based): a text as a shared string, a number as
   * is, a link as its text (the caller records the link), nothing but the style for an empty cell. A number XML
   * cannot carry (NaN, ±Infinity) leaves the cell empty.
   */
  cell(letters: string, row: number, style: number, value: XlsxValue): void {
    this.rowCells++;
    const s = style ? ` s="${style}"` : "";
    if (typeof value === "string") this.row += `<c r="${letters}${row + 1}"${s} t="s"><v>${this.strings.index(value)}</v></c>`;
    else if (typeof value === "number" && Number.isFinite(value)) this.row += `<c r="${letters}${row + 1}"${s}><v>${value}</v></c>`;
    else if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") {
      this.row += `<c r="${letters}${row + 1}"${s} t="s"><v>${this.strings.index(value.text)}</v></c>`;
    } else this.row += `<c r="${letters}${row + 1}"${s}/>`;
  }

  /** The element, closed, as chunks of bytes; the writer is not to be used after. */
  finish(): Uint8Array[] {
    this.bytes.write("</sheetData>");
    return this.bytes.finish();
  }
}
