/**
 * A host-neutral description of a sheet to write. The core builds SheetSpecs; the Excel adapter (Office.js)
 * and the .xlsx adapter (exceljs) both write them, so one expectation covers both hosts.
 *
 * Values are typed so that text stays text: a "text" cell is written with the "@" format before its value,
 * numbers and dates are written as numbers and serial dates with Russian display formats.
 */

export type CellValue =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format?: NumberFormat }
  /** A share as a fraction (0.667 for 66,7 %). */
  | { readonly kind: "percent"; readonly value: number }
  /** A calendar date, ISO YYYY-MM-DD; written as an Excel serial date shown as dd.mm.yyyy. */
  | { readonly kind: "date"; readonly iso: string }
  /** A link to a cell of another sheet of the same workbook. */
  | { readonly kind: "link"; readonly text: string; readonly sheet: string; readonly cell: string };

/** Display formats, as codes both hosts understand. Excel shows them in the user's locale (34,4 %). */
export const NUMBER_FORMATS = {
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
  thousands: "#,##0",
  percent1: "0.0%",
  date: "dd.mm.yyyy",
  text: "@",
} as const;
export type NumberFormat = keyof typeof NUMBER_FORMATS;

/** Named styles; each host maps them to its own formatting calls. */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "section"
  | "subtotal"
  | "total"
  | "good"
  | "bad"
  | "warn"
  | "muted"
  | "wrap";

export interface CellSpec {
  readonly value: CellValue;
  readonly style?: StyleName;
}

export interface Area {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ColumnSpec {
  /** Width in characters. */
  readonly width?: number;
  readonly wrap?: boolean;
}

export interface TableSpec {
  /** Table name, unique in the workbook: letters, digits, underscores. */
  readonly name: string;
  /** The header row and the data rows below it, 0-based inclusive. */
  readonly area: Area;
}

export type ChartKind = "column" | "bar" | "line" | "pie";

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels: one column (or row) of the same sheet. */
  readonly categories: Area;
  /** Each series: a name and one column of values of the same sheet. */
  readonly series: readonly { readonly name: string; readonly values: Area }[];
  /** Where the chart is placed: top-left cell and size in cells. */
  readonly anchor: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

export interface ValidationListSpec {
  readonly area: Area;
  readonly list: readonly string[];
}

export interface NoteSpec {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface PrintSpec {
  readonly orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /**
   * The reader's columns, 0-based inclusive: the print area. Columns outside it (machine columns kept for filtering)
   * stay in the sheet but do not print. Undefined = every column.
   */
  readonly columns?: { readonly first: number; readonly last: number };
  /** Smallest body text on paper, in points (default 8, see printLayout.ts): decides whether fitting to width is allowed. */
  readonly minFontPt?: number;
  /** Page footer in header/footer code (&P page, &N pages); default «Страница &P из &N». */
  readonly footer?: string;
  /** One page wide when that keeps the text at minFontPt or above (printLayout.ts decides); false = 100 %. */
  readonly fitToWidth: boolean;
}

export interface ConditionalFillSpec {
  readonly area: Area;
  /** Fill cells whose number is below / at least the threshold. */
  readonly rule: { readonly kind: "lessThan" | "greaterOrEqual"; readonly value: number };
  readonly style: Extract<StyleName, "good" | "bad" | "warn">;
}

export interface SheetSpec {
  /** Sheet name, already valid for Excel (see sheetName.ts). */
  readonly name: string;
  readonly rows: readonly (readonly CellSpec[])[];
  readonly columns?: readonly ColumnSpec[];
  readonly merges?: readonly Area[];
  readonly table?: TableSpec;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print?: PrintSpec;
  readonly charts?: readonly ChartSpec[];
  readonly validations?: readonly ValidationListSpec[];
  readonly notes?: readonly NoteSpec[];
  readonly conditionalFills?: readonly ConditionalFillSpec[];
}

/**
 * The one empty value every empty cell shares: a spec is never changed once made, and a large summary has tens of
 * thousands of empty cells that carry a style (each its own object before, all kept until the workbook is written).
 */
const EMPTY_VALUE: CellValue = { kind: "empty" };

export const EMPTY: CellSpec = { value: EMPTY_VALUE };

/** An empty cell with a look, one per style for the same reason. */
const EMPTY_STYLED = new Map<StyleName, CellSpec>();

function empty(style: StyleName | undefined): CellSpec {
  if (!style) return EMPTY;
  let cell = EMPTY_STYLED.get(style);
  if (cell === undefined) EMPTY_STYLED.set(style, (cell = { value: EMPTY_VALUE, style }));
  return cell;
}

export function text(s: string | null | undefined, style?: StyleName): CellSpec {
  return s === null || s === undefined || s === "" ? empty(style) : { value: { kind: "text", text: s }, style };
}

export function num(value: number | null | undefined, format?: NumberFormat, style?: StyleName): CellSpec {
  return value === null || value === undefined || !Number.isFinite(value) ? empty(style) : { value: { kind: "number", value, format }, style };
}

export function pct(fraction: number | null | undefined, style?: StyleName): CellSpec {
  return fraction === null || fraction === undefined || !Number.isFinite(fraction) ? empty(style) : { value: { kind: "percent", value: fraction }, style };
}

export function date(iso: string | null | undefined, style?: StyleName): CellSpec {
  return iso ? { value: { kind: "date", iso }, style } : empty(style);
}

/**
 * `make` (text, date) with each distinct value made once, for a column whose values repeat down a large sheet
 * (executors, deadlines, sections, dates): one shared cell instead of one per row. A cell is two objects kept until
 * the workbook is written, some 80 bytes, and a 10,000-item summary has tens of thousands of such cells; the
 * collector copied every one of them, twice, while the sheets were being made.
 */
export function sharedCells(make: (s: string | null | undefined, style?: StyleName) => CellSpec, style?: StyleName): (s: string | null | undefined) => CellSpec {
  const made = new Map<string, CellSpec>();
  return (s) => {
    if (s === null || s === undefined || s === "") return make(s, style);
    let cell = made.get(s);
    if (cell === undefined) made.set(s, (cell = make(s, style)));
    return cell;
  };
}

/** Excel serial date (1900 system) of an ISO date. */
export function excelSerial(iso: string): number {
  // Dates are written by the ten thousand: "YYYY-MM-DD" is read by character codes, without splitting it.
  const y = digitsAt(iso, 0, 4);
  const m = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (iso.length === 10 && iso[4] === "-" && iso[7] === "-" && y >= 0 && m >= 0 && d >= 0) return serialOf(y, m, d);
  const [year, month, day] = iso.split("-").map(Number);
  return serialOf(year, month, day);
}

function serialOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86400000) + 25569;
}

/** The number the decimal digits of s[from, to) make; -1 when one of them is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Column letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const r = (c - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return letters;
}

/** "A1" address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function areaAddress(a: Area): string {
  return `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
}
