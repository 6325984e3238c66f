import { MONTH_SOURCE, monthNumber } from "../plan/deadline/months";
import { isValidDate } from "../plan/deadline/isoDate";
import { fixLookalikes, oneLine } from "../text/normalize";

/**
 * Dates of staff lists as yyyymmdd integers: compact in typed arrays, ordered like dates, and full years between two
 * dates are floor((to − from) / 10000) with no calendar arithmetic. 0 means no date.
 */
export type Ymd = number;

export function ymd(y: number, m: number, d: number): Ymd {
  return y * 10000 + m * 100 + d;
}

export function isoToYmd(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m && isValidDate(+m[1], +m[2], +m[3]) ? ymd(+m[1], +m[2], +m[3]) : null;
}

export function ymdToIso(v: Ymd): string {
  const s = String(v);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

export function ymdToRu(v: Ymd): string {
  const s = String(v);
  return `${s.slice(6, 8)}.${s.slice(4, 6)}.${s.slice(0, 4)}`;
}

/** Whole years from one date to another (an age, a time since training). */
export function fullYears(from: Ymd, to: Ymd): number {
  return Math.floor((to - from) / 10000);
}

/** Excel's 1900 date system: day 0 is 1899-12-30 (it counts a phantom 29 Feb 1900). */
const EXCEL_DAY0 = Date.UTC(1899, 11, 30);
/** Largest serial Excel shows as a date (31.12.9999). */
const MAX_SERIAL = 2958465;

export function fromExcelSerial(serial: number): Ymd {
  const d = new Date(EXCEL_DAY0 + Math.floor(serial) * 86400000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const year4 = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(\s*г\.?)?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?$/;
const WORD_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTH_SOURCE})\\s*(\\d{4})\\s*(г\\.?|года)?$`, "u");

function checked(y: number, m: number, d: number): Ymd | "invalid" {
  return isValidDate(y, m, d) ? ymd(y, m, d) : "invalid";
}

/**
 * A date cell: dd.mm.yyyy (as the readers write dates), ISO, "1 сентября 2026 г.", an Excel serial number (a cell
 * holding 45536 in a date column), or a bare year of birth (taken as 1 July, the middle of the year).
 * null for a blank cell, "invalid" for text that is no date.
 */
export function readDateCell(cell: string): Ymd | null | "invalid" {
  const t = cell.trim();
  if (t === "" || t === "-" || t === "—") return null;
  let m = NUMERIC_DATE.exec(t);
  if (m) return checked(year4(m[3]), +m[2], +m[1]);
  m = ISO_DATE.exec(t);
  if (m) return checked(+m[1], +m[2], +m[3]);
  if (/^\d{4}$/.test(t) && +t >= 1900 && +t <= 2100) return ymd(+t, 7, 1);
  if (/^\d{1,7}(\.\d+)?$/.test(t)) {
    const serial = Number(t);
    return serial >= 1 && serial <= MAX_SERIAL ? fromExcelSerial(serial) : "invalid";
  }
  m = WORD_DATE.exec(fixLookalikes(oneLine(t)).toLowerCase().replace(/ё/g, "е"));
  if (m) return checked(+m[3], monthNumber(m[2]) ?? 0, +m[1]);
  return "invalid";
}

/** "по состоянию на 01.09.2026", "на 1 сентября 2026 года", "по состоянию на 01 января 2022года". */
const AS_OF_LINE = new RegExp(
  `(по состоянию|состоянию|на дату|(?:^|\\s)на)\\s*(?:на\\s*)?[:\\s]\\s*(\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTH_SOURCE})\\s*\\d{4})`,
  "u",
);

/** The as-of date a title line states, or null. */
export function asOfFromLine(line: string): Ymd | null {
  const s = fixLookalikes(oneLine(line)).toLowerCase().replace(/ё/g, "е");
  const m = AS_OF_LINE.exec(s);
  if (!m) return null;
  const text = m[2].replace(/(\d{4})(г|год)/, "$1");
  const found = readDateCell(text);
  return typeof found === "number" ? found : null;
}
