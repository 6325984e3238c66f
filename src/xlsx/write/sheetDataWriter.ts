import type { CellValue as XlsxValue } from "exceljs";
import type { SharedStrings } from "./sharedStrings";

/**
 * The <sheetData> element of a sheet, written straight into bytes as the cells come. Every byte of it is ASCII (a
 * text is a shared string, the cell holds its index), so it needs no encoder: building it as strings, joining
 * them and encoding the megabytes to UTF-8 was most of the time to write a 10,000-item summary.
 */
export class SheetDataWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;
  /** Where the open row began, to take it back when it gets neither cells nor a height. */
  private rowStart = -1;
  private rowCells = 0;
  private rowHasHeight = false;

  constructor(private readonly strings: SharedStrings) {
    this.ascii("<sheetData>");
  }

  /** Opens row `row` (0-based); `height` in points, when the row needs one. */
  openRow(row: number, height: number | undefined): void {
    this.rowStart = this.length;
    this.rowCells = 0;
    this.rowHasHeight = height !== undefined;
    this.ascii('<row r="');
    this.int(row + 1);
    if (height === undefined) this.ascii('">');
    else {
      this.ascii('" ht="');
      this.number(height);
      this.ascii('" customHeight="1">');
    }
  }

  /** Closes the open row; a row with no cells and no height is not written at all. */
  closeRow(): void {
    if (this.rowCells === 0 && !this.rowHasHeight) this.length = this.rowStart;
    else this.ascii("</row>");
    this.rowStart = -1;
  }

  /**
   * One <c> element at `letters` (the column's, ASCII) and `row` (0-based): a text as a shared string, a number as
   * is, a link as its text (the caller records the link), nothing but the style for an empty cell. A number XML
   * cannot carry (NaN, ±Infinity) leaves the cell empty.
   */
  cell(letters: string, row: number, style: number, value: XlsxValue): void {
    this.rowCells++;
    this.ascii('<c r="');
    this.ascii(letters);
    this.int(row + 1);
    this.ascii('"');
    if (style) {
      this.ascii(' s="');
      this.int(style);
      this.ascii('"');
    }
    if (typeof value === "string") this.sharedString(value);
    else if (typeof value === "number" && Number.isFinite(value)) {
      this.ascii("><v>");
      this.number(value);
      this.ascii("</v></c>");
    } else if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") this.sharedString(value.text);
    else this.ascii("/>");
  }

  /** The element, closed, as bytes; the writer is not to be used after. */
  finish(): Uint8Array {
    this.ascii("</sheetData>");
    return this.bytes.subarray(0, this.length);
  }

  private sharedString(text: string): void {
    this.ascii(' t="s"><v>');
    this.int(this.strings.index(text));
    this.ascii("</v></c>");
  }

  /** A number as JavaScript prints it (what `${value}` gave): digits by hand for the common small integers. */
  private number(value: number): void {
    if (Number.isInteger(value) && value >= 0 && value <= 0x7fffffff) this.int(value);
    else this.ascii(String(value));
  }

  /** A non-negative integer up to 2^31 − 1. */
  private int(n: number): void {
    let digits = 1;
    for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
    this.room(digits);
    let at = this.length + digits;
    do {
      this.bytes[--at] = 48 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
    this.length += digits;
  }

  /** Text known to be ASCII: markup, column letters, a number's digits. */
  private ascii(s: string): void {
    this.room(s.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < s.length; i++) bytes[at++] = s.charCodeAt(i);
    this.length = at;
  }

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
