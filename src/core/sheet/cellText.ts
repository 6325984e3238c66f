/**
 * The neutral text of a spreadsheet cell that the core parses, the same from every host (an .xlsx file, Excel
 * through Office.js): strings as they are, dates as dd.mm.yyyy, percentages as "34,4%" (decimals from the format),
 * other numbers in full precision with a point ("0.5": the displayed "0,5" of a Russian Excel would read as a number
 * typed as text, and rounding to the displayed digits would change sums), booleans as TRUE/FALSE.
 */
import { type FormatKind, numberFormatKind } from "./numberFormatKind";

/** Excel serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86400000;

/** A cell value as a host returns it (Office.js `values`: string, number or boolean; "" when empty). */
export function cellText(value: string | number | boolean | null | undefined, numberFormat: string | undefined, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return numberText(value, numberFormatKind(numberFormat), date1904);
}

export function numberText(n: number, kind: FormatKind, date1904 = false): string {
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
export function dateText(d: Date, kind: FormatKind): string {
  if (Number.isNaN(d.getTime())) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  if (kind.kind === "time") return time;
  const day = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const showTime = kind.kind === "date" && kind.time && (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0);
  return showTime ? `${day} ${time}` : day;
}
