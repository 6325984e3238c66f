import { MONTH_SOURCE, monthNumber } from "../plan/deadline/months";
import { isoDate, isValidDate, lastDayOfMonth } from "../plan/deadline/isoDate";
import { fixLookalikes, oneLine } from "../text/normalize";

/** A reporting month (YYYY-MM) and, when the text names a day, that day (the "по состоянию на" date). */
export interface PeriodFound {
  readonly period: string;
  readonly date: string | null;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const year4 = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 29 Feb 1900, so day 0 is 1899-12-30. */
const EXCEL_EPOCH_DAYS = -25569;
/** Serials of 2000-01-01 … 2099-12-31: a whole cell of this size in a date column is a date, not a count. */
const SERIAL_RANGE = [36526, 73415] as const;

export function fromExcelSerial(serial: number): string {
  const d = new Date((Math.floor(serial) + EXCEL_EPOCH_DAYS) * 86400000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

type Reader = (m: RegExpExecArray) => PeriodFound | null;

function day(y: number, mo: number, d: number): PeriodFound | null {
  return isValidDate(y, mo, d) ? { period: `${y}-${pad2(mo)}`, date: isoDate(y, mo, d) } : null;
}
function month(y: number, mo: number): PeriodFound | null {
  return y >= 1900 && y <= 2199 && mo >= 1 && mo <= 12 ? { period: `${y}-${pad2(mo)}`, date: null } : null;
}

const NOT_DIGIT_BEFORE = "(?<![\\d.,/-])";
const NOT_DIGIT_AFTER = "(?![\\d]|[.,/-]\\d)";

/**
 * Date and month expressions, most specific first. Each reader checks the calendar, so "2026-2027" (a school year)
 * or "13.2026" is no month.
 */
const PATTERNS: readonly (readonly [RegExp, Reader])[] = [
  [new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})-(\\d{1,2})-(\\d{1,2})${NOT_DIGIT_AFTER}`, "u"), (m) => day(+m[1], +m[2], +m[3])],
  [new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})${NOT_DIGIT_AFTER}`, "u"), (m) => day(year4(m[3]), +m[2], +m[1])],
  [new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s+(${MONTH_SOURCE})\\s*(\\d{4})`, "u"), (m) => day(+m[3], monthNumber(m[2]) ?? 0, +m[1])],
  [new RegExp(`(?<!\\p{L})(${MONTH_SOURCE})\\s*[,-]?\\s*(\\d{4})${NOT_DIGIT_AFTER}`, "u"), (m) => month(+m[2], monthNumber(m[1]) ?? 0)],
  [new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})[./](\\d{4})${NOT_DIGIT_AFTER}`, "u"), (m) => month(+m[2], +m[1])],
  [new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})[-./](\\d{1,2})${NOT_DIGIT_AFTER}`, "u"), (m) => month(+m[1], +m[2])],
];

export function foldPeriodText(s: string): string {
  return fixLookalikes(oneLine(s)).toLowerCase().replace(/ё/g, "е").replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** The first date or month named anywhere in a text ("по состоянию на 15 сентября 2026 г.", "Вакансии 09.2026"). */
export function findPeriod(text: string): PeriodFound | null {
  const s = foldPeriodText(text);
  let best: { at: number; found: PeriodFound } | null = null;
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const found = read(m);
    if (found && (!best || m.index < best.at)) best = { at: m.index, found };
  }
  return best?.found ?? null;
}

/** A cell of a period or date column: everything findPeriod reads, plus a bare Excel serial ("46265"). */
export function readPeriodCell(cell: string): PeriodFound | null {
  const t = cell.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return null;
    const iso = fromExcelSerial(serial);
    return { period: iso.slice(0, 7), date: iso };
  }
  return findPeriod(t);
}

/** A date cell (opening, closing): only a full day counts. */
export function readDateCell(cell: string): string | null {
  return readPeriodCell(cell)?.date ?? null;
}

/** The last day of a YYYY-MM month: the report date when a table names only its month. */
export function endOfPeriod(period: string): string {
  return lastDayOfMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)));
}

/** A month named without a year ("Сентябрь"), as a sheet of a yearly workbook is often called. */
export function findMonthOnly(text: string): number | null {
  const m = new RegExp(`(?<!\\p{L})(${MONTH_SOURCE})`, "u").exec(foldPeriodText(text));
  return m ? monthNumber(m[1]) : null;
}

/**
 * The year of a month from a title or file name: a school year "2026/2027" or "2026-2027" gives the first year for
 * September–December and the second for January–August; a single year is taken as it is.
 */
export function yearFor(monthNo: number, text: string): number | null {
  const s = foldPeriodText(text);
  const school = /(?<!\d)(20\d{2})\s*[/-]\s*(20\d{2})(?!\d)/.exec(s);
  if (school && Number(school[2]) === Number(school[1]) + 1) return monthNo >= 9 ? Number(school[1]) : Number(school[2]);
  const single = /(?<!\d)(20\d{2})(?!\d)/.exec(s);
  return single ? Number(single[1]) : null;
}
