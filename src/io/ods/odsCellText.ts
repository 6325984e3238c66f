import { dateText, numberText } from "../../core/sheet/cellText";

/** What an OpenDocument cell stores: its value type, the typed value, and the paragraphs it shows. */
export interface OdsCell {
  /** office:value-type: float, percentage, currency, date, time, boolean, string (absent on empty cells). */
  readonly type: string | undefined;
  /** calcext:value-type: LibreOffice writes "error" for a formula's error, whose stored value is meaningless. */
  readonly calcType: string | undefined;
  /** office:value, office:date-value, office:time-value, office:boolean-value or office:string-value, by type. */
  readonly value: string | undefined;
  /** The text the cell shows (its paragraphs joined by line breaks). */
  readonly shown: string;
}

/** The attribute holding a typed cell's value. */
export const VALUE_ATTRIBUTE: Readonly<Record<string, string>> = {
  float: "office:value",
  percentage: "office:value",
  currency: "office:value",
  date: "office:date-value",
  time: "office:time-value",
  boolean: "office:boolean-value",
  string: "office:string-value",
};

const GENERAL = { kind: "general" } as const;
const BOOLEAN_SHOWN = new Set(["TRUE", "FALSE", "ИСТИНА", "ЛОЖЬ"]);
/** "PT12H30M00S", "PT36H05M", "-PT1H": the duration a time cell stores. */
const DURATION = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * A cell's text as the core reads every spreadsheet (core/sheet/cellText): typed values from what the file stores,
 * not from what a locale's format shows — numbers in full precision with a point, dates as dd.mm.yyyy, percentages
 * with the decimals shown, booleans as TRUE/FALSE — so that a table saved as .ods reads as it reads saved as .xlsx.
 * A value that does not parse falls back to the text shown, which is never lost.
 */
export function odsCellText(cell: OdsCell): string {
  if (cell.calcType === "error" || cell.value === undefined) return cell.shown;
  switch (cell.type) {
    case "float":
      // Calc's TRUE and FALSE are numbers shown with a boolean format (an .xlsx's FALSE() comes in as float 0).
      if (BOOLEAN_SHOWN.has(cell.shown.trim().toUpperCase()) && (cell.value === "1" || cell.value === "0")) return cell.value === "1" ? "TRUE" : "FALSE";
      return typedNumber(cell.value, cell.shown, (n) => numberText(n, GENERAL));
    case "currency":
      return typedNumber(cell.value, cell.shown, (n) => numberText(n, GENERAL));
    case "percentage":
      return typedNumber(cell.value, cell.shown, (n) => numberText(n, { kind: "percent", decimals: shownDecimals(cell.shown) }));
    case "date":
      return dateValue(cell.value, cell.shown);
    case "time":
      return timeValue(cell.value, cell.shown);
    case "boolean":
      return cell.value === "true" ? "TRUE" : cell.value === "false" ? "FALSE" : cell.shown;
    default:
      return cell.value;
  }
}

function typedNumber(value: string, shown: string, text: (n: number) => string): string {
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? text(n) : shown;
}

/** Digits after the decimal separator of a shown percentage ("34,4 %" → 1). */
function shownDecimals(shown: string): number {
  const m = /[.,](\d+)\s*%/.exec(shown);
  return m ? m[1].length : 0;
}

/**
 * "2026-03-01" or "2026-03-01T10:29:59.999999895": the time is shown only where the cell shows one, as Excel's format
 * decides; seconds rounded to the millisecond as the .xlsx reader rounds a serial (Calc writes 17:00 so).
 */
function dateValue(value: string, shown: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/.exec(value);
  if (!m) return shown;
  const ms = Date.parse(`${m[1]}T${m[2] ?? "00:00"}:00Z`) + Math.round(Number(m[3] ?? 0) * 1000);
  const text = dateText(new Date(ms), { kind: "date", time: /\d:\d\d/.test(shown) });
  return text === "" ? shown : text;
}

function timeValue(value: string, shown: string): string {
  const m = DURATION.exec(value.trim());
  if (!m) return shown;
  const ms = (((Number(m[2] ?? 0) * 24 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 60 + Number(m[5] ?? 0)) * 1000;
  return dateText(new Date(Math.round(m[1] ? -ms : ms)), { kind: "time" });
}
