import type { CellValue as XlsxValue } from "exceljs";
import type { SharedStrings } from "./sharedStrings";

const FIRST_CHUNK = 1 << 14;
const LARGEST_CHUNK = 1 << 20;
/** The most bytes one cell's markup takes but for its column letters and a number's digits. */
const CELL_MARKUP = 48;

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const MARKUP = {
  open: ascii("<sheetData>"),
  close: ascii("</sheetData>"),
  row: ascii('<row r="'),
  rowEnd: ascii('">'),
  height: ascii('" ht="'),
  custom: ascii('" customHeight="1">'),
  rowClose: ascii("</row>"),
  cell: ascii('<c r="'),
  style: ascii('" s="'),
  shared: ascii('" t="s"><v>'),
  number: ascii('"><v>'),
  valueClose: ascii("</v></c>"),
  empty: ascii('"/>'),
};

/**
 * The <sheetData> element of a sheet, written straight into chunks of bytes as the cells come: every byte of it is
 * ASCII (a text is a shared string, the cell holds its index), so markup and digits are put in as bytes, with no
 * string per cell or row to build, flatten and encode (that was most of the time to write a 10,000-item summary
 * after exceljs was left out). A chunk is never copied but for the row being written when it overflows; the zip
 * deflates the chunks as they are (zipPackage).
 */
export class SheetDataWriter {
  private readonly full: Uint8Array[] = [];
  private bytes = new Uint8Array(FIRST_CHUNK);
  private at = 0;
  /** Where the open row starts in the current chunk: an empty row is taken back. */
  private rowStart = 0;
  private rowCells = 0;

  constructor(private readonly strings: SharedStrings) {
    this.put(MARKUP.open);
    this.rowStart = this.at;
  }

  /** Opens row `row` (0-based); `height` in points, when the row needs one. */
  openRow(row: number, height: number | undefined): void {
    this.rowStart = this.at;
    this.room(CELL_MARKUP + 48);
    this.put(MARKUP.row);
    this.integer(row + 1);
    if (height === undefined) {
      this.put(MARKUP.rowEnd);
      this.rowCells = 0;
    } else {
      this.put(MARKUP.height);
      this.number(height);
      this.put(MARKUP.custom);
      this.rowCells = 1;
    }
  }

  /** Closes the open row; a row with no cells and no height is not written at all. */
  closeRow(): void {
    if (this.rowCells > 0) {
      this.room(8);
      this.put(MARKUP.rowClose);
    } else this.at = this.rowStart;
    this.rowStart = this.at;
  }

  /**
   * One <c> element at `letters` (the column's, ASCII) and `row` (0-based): a text as a shared string, a number as
   * is, a link as its text (the caller records the link), nothing but the style for an empty cell. A number XML
   * cannot carry (NaN, ±Infinity) leaves the cell empty.
   */
  cell(letters: string, row: number, style: number, value: XlsxValue): void {
    this.rowCells++;
    this.room(CELL_MARKUP + letters.length + 48);
    this.put(MARKUP.cell);
    for (let i = 0; i < letters.length; i++) this.bytes[this.at++] = letters.charCodeAt(i);
    this.integer(row + 1);
    if (style) {
      this.put(MARKUP.style);
      this.integer(style);
    }
    if (typeof value === "string") this.shared(value);
    else if (typeof value === "number" && Number.isFinite(value)) {
      this.put(MARKUP.number);
      this.number(value);
      this.put(MARKUP.valueClose);
    } else if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") this.shared(value.text);
    else this.put(MARKUP.empty);
  }

  /** The element, closed, as chunks of bytes; the writer is not to be used after. */
  finish(): Uint8Array[] {
    this.room(MARKUP.close.length);
    this.put(MARKUP.close);
    return this.at ? [...this.full, this.bytes.subarray(0, this.at)] : [...this.full];
  }

  private shared(text: string): void {
    this.put(MARKUP.shared);
    this.integer(this.strings.index(text));
    this.put(MARKUP.valueClose);
  }

  /** Markup a few bytes long, a loop rather than set(): a call of set() costs more than the copy. */
  private put(markup: Uint8Array): void {
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < markup.length; i++) bytes[at++] = markup[i];
    this.at = at;
  }

  /** A number as JavaScript prints it (`${n}`): whole numbers digit by digit, others through String. */
  private number(n: number): void {
    if (Number.isInteger(n) && Math.abs(n) < 1e15) {
      if (n < 0) {
        this.bytes[this.at++] = 45; // "-"
        n = -n;
      }
      this.integer(n);
      return;
    }
    const s = String(n);
    for (let i = 0; i < s.length; i++) this.bytes[this.at++] = s.charCodeAt(i);
  }

  /** A whole number from 0 (-0 printed "0", as String prints it) below 10^15, in decimal digits. */
  private integer(n: number): void {
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    const bytes = this.bytes;
    let at = this.at + digits;
    this.at = at;
    do {
      const q = Math.floor(n / 10);
      bytes[--at] = 48 + (n - q * 10);
      n = q;
    } while (n > 0);
  }

  /**
   * Makes room for `n` more bytes: a full chunk is kept and the open row, never split between chunks (so that an
   * empty one can be taken back), is moved into the next one, twice the size of the last up to a megabyte.
   */
  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const row = this.bytes.subarray(this.rowStart, this.at);
    if (this.rowStart > 0) this.full.push(this.bytes.subarray(0, this.rowStart));
    this.bytes = new Uint8Array(Math.max(Math.min(2 * this.bytes.length, LARGEST_CHUNK), 2 * (row.length + n)));
    this.bytes.set(row);
    this.at = row.length;
    this.rowStart = 0;
  }
}
