import type { CellValue as XlsxValue } from "exceljs";
import { excelSerial, NUMBER_FORMATS, type CellValue } from "../../core/sheet/sheetSpec";

/** Excel keeps at most 32,767 characters in a cell; a longer string makes the file need repair. */
export const MAX_CELL_TEXT = 32767;

export interface WrittenValue {
  readonly value: XlsxValue;
  readonly numFmt?: string;
  /** The part of a text that did not fit into the cell (the caller keeps it in a note). */
  readonly overflow?: string;
}

/** Anything cellSafeText may have to change: a carriage return, a control character, a surrogate, a non-character. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Every empty cell's written value, shared: a large summary writes tens of thousands of them. */
const EMPTY_CELL: WrittenValue = { value: null };

/**
 * A typed spec value as exceljs should store it. Text is a string with the text format "@" (exceljs writes
 * strings as shared strings, so "=СУММ(A1)" or "4.10" stays text, never a formula or a number); numbers and
 * dates are numbers with Russian-displayed formats; links jump inside the workbook.
 * `sheetName` maps a spec's sheet name to the name it got in the file (see safeSheetName).
 */
export function cellValue(v: CellValue, sheetName: (specName: string) => string): WrittenValue {
  switch (v.kind) {
    case "empty":
      return EMPTY_CELL;
    case "text":
      return textValue(v.text);
    case "number":
      return { value: v.value, numFmt: v.format ? NUMBER_FORMATS[v.format] : undefined };
    case "percent":
      return { value: v.value, numFmt: NUMBER_FORMATS.percent1 };
    case "date":
      // A malformed date stays visible as the text it was rather than becoming a wrong day.
      return ISO_DATE.test(v.iso) ? { value: excelSerial(v.iso), numFmt: NUMBER_FORMATS.date } : textValue(v.iso);
    case "link": {
      const { value, overflow } = textValue(v.text);
      return { value: { text: value as string, hyperlink: `#${quoteSheet(sheetName(v.sheet))}!${v.cell}` }, numFmt: NUMBER_FORMATS.text, overflow };
    }
  }
}

/**
 * Text as a cell can hold it: line breaks as "\n" (XML readers turn "\r\n" into "\n" anyway), no control
 * characters (XML 1.0 cannot carry them; text copied from PDF often has some), no lone surrogate halves.
 */
export function cellSafeText(text: string): string {
  // Most texts need nothing: one test instead of three replacements (a large sheet has hundreds of thousands).
  if (!UNSAFE.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** Whether a text goes into a cell as it is: nothing to repair, nothing to cut (cellValue would keep it unchanged). */
export function plainText(text: string): boolean {
  return text.length <= MAX_CELL_TEXT && !UNSAFE.test(text);
}

function textValue(raw: string): WrittenValue {
  const text = cellSafeText(raw);
  if (text.length <= MAX_CELL_TEXT) return { value: text, numFmt: NUMBER_FORMATS.text };
  let cut = MAX_CELL_TEXT - 1;
  // Do not split a surrogate pair (an emoji or a rare character) in two.
  if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--;
  return { value: `${text.slice(0, cut)}…`, numFmt: NUMBER_FORMATS.text, overflow: text.slice(cut) };
}

/** 'Sheet name'!A1: quotes always, inner quotes doubled, as Excel writes references. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
