import type { CellValue } from "exceljs";
import { numberFormatKind, type FormatKind } from "./numberFormatKind";

/** Excel serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86400000;

/**
 * The text a user sees in a cell, in a neutral form the core parses: strings as they are, rich text joined,
 * formulas by their cached result, errors by their code (#N/A), links by their text, dates as dd.mm.yyyy,
 * percentages as "34,4%" (decimals from the format), other numbers in full precision ("1234.5": rounding to
 * the displayed digits would change sums).
 */
export function displayText(value: CellValue, numFmt: string | undefined, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numberFormatKind(numFmt), date1904);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value, numberFormatKind(numFmt));
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return displayText(value.text as CellValue, numFmt, date1904);
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) return displayText((value.result ?? null) as CellValue, numFmt, date1904);
  return "";
}

function numberText(n: number, kind: FormatKind, date1904: boolean): string {
  switch (kind.kind) {
    case "percent":
      return `${(n * 100).toFixed(kind.decimals).replace(".", ",")}%`;
    case "date":
    case "time": {
      const serial = n + (date1904 ? DATE1904_OFFSET : 0);
      return dateText(new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY)), kind);
    }
    case "general":
      return generalNumber(n);
  }
}

/** Excel keeps 15 significant digits; 0.1 + 0.2 is shown as 0.3, not 0.30000000000000004. */
function generalNumber(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** Dates as dd.mm.yyyy; the time of day is added only when the format shows it and it is not midnight. */
function dateText(d: Date, kind: FormatKind): string {
  if (Number.isNaN(d.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  if (kind.kind === "time") return time;
  const day = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const showTime = kind.kind === "date" && kind.time && (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0);
  return showTime ? `${day} ${time}` : day;
}
