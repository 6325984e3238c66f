import type { CellValue } from "exceljs";
import { dateText, numberText } from "../../../src/core/sheet/cellText";
import { numberFormatKind } from "../../../src/core/sheet/numberFormatKind";

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
