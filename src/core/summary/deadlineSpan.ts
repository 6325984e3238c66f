import type { Deadline, Period } from "../plan/deadline";
import type { Locale } from "../../i18n";
import { localizeTable, translator } from "../../i18n";

/** The days a deadline covers: a due day, a span, or the plan period for what repeats or goes on all the time. */
export function deadlineSpan(d: Deadline, planPeriod: Period | null): Period | null {
  switch (d.kind) {
    case "date": {
      const end = d.end ?? d.start;
      return end ? { start: d.start ?? end, end } : null;
    }
    case "period":
      return d.start && d.end ? { start: d.start, end: d.end } : null;
    case "recurring":
    case "ongoing":
      return d.start && d.end ? { start: d.start, end: d.end } : planPeriod;
    default:
      return null;
  }
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** "YYYY-MM" of every month a span touches. */
export function monthsOf(span: Period): string[] {
  const out: string[] = [];
  let y = Number(span.start.slice(0, 4));
  let m = Number(span.start.slice(5, 7));
  const endKey = span.end.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= endKey) break;
    m++;
    if (m > 12) [m, y] = [1, y + 1];
  }
  return out;
}

const MONTHS = {
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
} as const;

export function monthLabel(key: string, locale: Locale): string {
  const m = Number(key.slice(5, 7)) - 1;
  return `${localizeTable(MONTHS, locale)[m]} ${key.slice(0, 4)}`;
}

/** The reporting half-year: the one containing `today`, kept inside the plan period. */
export function defaultReportingPeriod(today: string, planPeriod: Period | null): Period {
  let day = today;
  if (planPeriod && day > planPeriod.end) day = planPeriod.end;
  if (planPeriod && day < planPeriod.start) day = planPeriod.start;
  const y = day.slice(0, 4);
  return day.slice(5, 7) <= "06" ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
}

/** "I полугодие 2025 года", "2025 год", or "01.03.2025 – 31.05.2025". */
export function periodName(p: Period, locale: Locale): string {
  const y = p.start.slice(0, 4);
  const sameYear = y === p.end.slice(0, 4);
  const t = translator(locale);
  if (sameYear && p.start.endsWith("-01-01") && p.end.endsWith("-06-30")) return t("sheet.halfYear1", { year: y });
  if (sameYear && p.start.endsWith("-07-01") && p.end.endsWith("-12-31")) return t("sheet.halfYear2", { year: y });
  if (sameYear && p.start.endsWith("-01-01") && p.end.endsWith("-12-31")) return t("sheet.year", { year: y });
  const d = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return `${d(p.start)} – ${d(p.end)}`;
}

/** Parses "2025-H1", "2025-H2", "2025", "2025-03" or "2025-01-01..2025-06-30" into a period. */
export function parseReportingPeriod(s: string): Period | null {
  const t = s.trim();
  let m = /^(\d{4})-?H([12])$/i.exec(t);
  if (m) return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})$/.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (m && m[1] <= m[2]) return { start: m[1], end: m[2] };
  return null;
}
