/**
 * How Excel turns a value written to `range.values` / `range.formulas` into cell content (OFFICEJS.md §1): en-US
 * parsing in every locale. Where Microsoft documents nothing, the fake coerces more, not less, so an adapter that
 * forgets the "@" text format is caught.
 */
import { fail } from "./officeError";
import type { CellScalar } from "./state";

export const MAX_CELL_CHARS = 32_767;
/** Longer "formula-like" strings fail with GeneralException (oj#3256). */
export const MAX_FORMULA_CHARS = 8_200;

export interface Coerced {
  readonly value: CellScalar;
  readonly formula?: string;
  /** Excel changes a General format when it recognises a date, time or percent. */
  readonly numberFormat?: string;
}

const DAY_MS = 86_400_000;

export function serialOf(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 1900) return null;
  return Math.round(t / DAY_MS) + 25569;
}

/** en-US numbers, leniently: grouping commas anywhere in the integer part ("34,4" → 344, unconfirmed), "$", "(5)". */
function parseEnNumber(s: string): { value: number; percent: boolean } | null {
  const m = /^([+-]?)\$?(\(?)(\d[\d,]*|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?(\)?)(%?)$/.exec(s);
  if (!m || (m[3] === "" && !m[4]) || m[2] !== (m[6] === ")" ? "(" : "") || m[3].endsWith(",")) return null;
  let value = Number(`${m[3].replace(/,/g, "") || "0"}${m[4] ?? ""}${m[5] ? `e${m[5]}` : ""}`);
  if (m[1] === "-" || m[2] === "(") value = -value;
  const percent = m[7] === "%";
  return Number.isFinite(value) ? { value: percent ? value / 100 : value, percent } : null;
}

/** Dates and times Excel en-US recognises: ISO, m/d/yyyy, m/d (current year), hh:mm[:ss]. */
function parseEnDate(s: string, currentYear: number): Coerced | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return asDate(serialOf(+m[1], +m[2], +m[3]));
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const year = m[3] === undefined ? currentYear : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return asDate(serialOf(year, +m[1], +m[2]), m[3] === undefined ? "d-mmm" : "m/d/yyyy");
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m && +m[1] < 24 && +m[2] < 60 && +(m[3] ?? 0) < 60) {
    return { value: (+m[1] * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400, numberFormat: "h:mm" };
  }
  return null;
}

function asDate(serial: number | null, numberFormat = "m/d/yyyy"): Coerced | null {
  return serial === null ? null : { value: serial, numberFormat };
}

/** "=1+2" and "=-5" compute; anything with names or references shows #NAME? (the fake has no formula engine). */
export function trivialValue(formula: string): CellScalar {
  const expr = formula.slice(1).replace(/\s+/g, "");
  if (!/^[\d.+\-*/()]+$/.test(expr)) return "#NAME?";
  try {
    const result = evaluate(expr);
    return Number.isFinite(result) ? result : "#DIV/0!";
  } catch {
    return "#NAME?";
  }
}

function evaluate(expr: string): number {
  let i = 0;
  const atom = (): number => {
    if (expr[i] === "+" || expr[i] === "-") return expr[i++] === "-" ? -atom() : atom();
    if (expr[i] === "(") {
      i++;
      const v = sum();
      if (expr[i++] !== ")") throw new Error("paren");
      return v;
    }
    const m = /^\d+(\.\d+)?|^\.\d+/.exec(expr.slice(i));
    if (!m) throw new Error("atom");
    i += m[0].length;
    return Number(m[0]);
  };
  const product = (): number => {
    let v = atom();
    while (expr[i] === "*" || expr[i] === "/") v = expr[i++] === "*" ? v * atom() : v / atom();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (expr[i] === "+" || expr[i] === "-") v = expr[i++] === "+" ? v + product() : v - product();
    return v;
  };
  const v = sum();
  if (i !== expr.length) throw new Error("tail");
  return v;
}

function asFormula(formula: string, location: string): Coerced {
  if (formula.length > MAX_FORMULA_CHARS) fail("GeneralException", location);
  return { value: trivialValue(formula), formula };
}

/**
 * One input cell → what Excel stores. `null` means "leave the cell unchanged" (the caller skips it).
 * `cellFormat` is the target cell's number format before the write.
 */
export function coerceInput(input: unknown, cellFormat: string, location: string, currentYear: number): Coerced | null {
  if (input === null) return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", location);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") fail("InvalidArgument", location);
  if (input.length > MAX_CELL_CHARS) fail("InvalidArgument", location);
  if (input === "" || cellFormat === "@") return { value: input };
  if (input.startsWith("=")) return asFormula(input, location);
  const trimmed = input.trim();
  const number = parseEnNumber(trimmed);
  if (input.startsWith("+") || (input.startsWith("-") && !number)) return asFormula(`=${input}`, location);
  if (number) return { value: number.value, numberFormat: number.percent && cellFormat === "General" ? percentFormat(trimmed) : undefined };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const dated = parseEnDate(trimmed, currentYear);
  if (dated) return { ...dated, numberFormat: cellFormat === "General" ? dated.numberFormat : undefined };
  return { value: input };
}

function percentFormat(text: string): string {
  const decimals = /\.(\d+)%$/.exec(text)?.[1].length ?? 0;
  return decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`;
}
