/**
 * `range.text`: what the user sees, in the display locale of the fake. Covers the number formats the add-in
 * writes (General, 0, 0.0, 0.00, #,##0, percents, dates); other codes display as General.
 */
import type { CellScalar } from "./state";

export type DisplayLocale = "ru-RU" | "en-US";

interface LocaleParts {
  readonly decimal: string;
  readonly group: string;
  readonly bool: readonly [string, string];
  /** How the regional short date (format code m/d/yyyy, built-in format 14) is shown. */
  readonly shortDate: string;
}

const LOCALES: Record<DisplayLocale, LocaleParts> = {
  "ru-RU": { decimal: ",", group: "\u00a0", bool: ["ИСТИНА", "ЛОЖЬ"], shortDate: "dd.mm.yyyy" },
  "en-US": { decimal: ".", group: ",", bool: ["TRUE", "FALSE"], shortDate: "m/d/yyyy" },
};

function general(value: number, p: LocaleParts): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  const text = abs !== 0 && (abs >= 1e11 || abs < 1e-9) ? value.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+") : String(Number(value.toPrecision(10)));
  return text.replace(".", p.decimal);
}

function fixed(value: number, decimals: number, grouped: boolean, p: LocaleParts): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split(".");
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, p.group) : int;
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? "-" : "";
  return sign + intText + (frac ? p.decimal + frac : "");
}

function dateParts(serial: number): { y: number; m: number; d: number } {
  const date = new Date((Math.floor(serial) - 25569) * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function formatDate(serial: number, code: string): string {
  const { y, m, d } = dateParts(serial);
  const two = (n: number) => String(n).padStart(2, "0");
  return code
    .replace(/yyyy/g, String(y))
    .replace(/dd/g, two(d))
    .replace(/mm/g, two(m))
    .replace(/(^|[^a-z])m(?=[^a-z]|$)/g, `$1${m}`)
    .replace(/(^|[^a-z])d(?=[^a-z]|$)/g, `$1${d}`);
}

const NUMERIC = /^(#,##)?0(?:\.(0+))?(%?)$/;

export function displayText(value: CellScalar, numberFormat: string, locale: DisplayLocale): string {
  const p = LOCALES[locale];
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? p.bool[0] : p.bool[1];
  const numeric = NUMERIC.exec(numberFormat);
  if (numeric) {
    const percent = numeric[3] === "%";
    return fixed(percent ? value * 100 : value, numeric[2]?.length ?? 0, !!numeric[1], p) + (percent ? "%" : "");
  }
  if (numberFormat === "m/d/yyyy") return formatDate(value, p.shortDate);
  if (/^[dmy./-]+$/.test(numberFormat) && /y/.test(numberFormat)) return formatDate(value, numberFormat);
  return general(value, p);
}
