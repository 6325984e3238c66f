import { oneLine } from "../text/normalize";
import { findMonthOnly, findPeriod, type PeriodFound, yearFor } from "./periodText";

/** What a table says about itself outside its rows: its month, report date and (for one-school files) its organisation. */
export interface TableContext {
  readonly period: PeriodFound | null;
  readonly org: string | null;
}

/** Lines that state the report date or month: searched before any other line of the title. */
const DATE_MARKERS = /(по состоянию|состояние на|на дату|(^|\s)на\s+\d|(^|\s)за\s+\p{L}+\s+\d{4}|отчетн)/iu;

/** "Организация: МБОУ «СОШ № 5»", "Наименование ОО – …". */
const ORG_LABEL = /^(организация|образовательная организация|наименование (оо|оу|доо|организации|учреждения|образовательной организации)|учреждение|оо)\s*[:–—-]\s*(.+)$/iu;
/** Organisation names begin with their legal form: МБОУ, МАДОУ, МБУ ДО, ГБПОУ, ЧОУ, АНО … */
export const ORG_FORM = /(?<!\p{L})([мгч][абк]?(доу|оу|у до|у)|ано|[мг]бпоу|гапоу)(?!\p{L})/iu;
/** Where a title stops naming the organisation. */
const ORG_TAIL = /\s+(по состоянию|на \d|за \p{L}+ \d{4}|на \d{1,2} \p{L}+|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}).*$/iu;

function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[a-z0-9]{2,5}$/i, "");
}

export function periodOf(sheet: string | null, context: readonly string[], file: string): PeriodFound | null {
  const marked = context.filter((l) => DATE_MARKERS.test(l));
  const sources = [sheet ?? "", ...marked, ...context, fileStem(file)];
  for (const s of sources) {
    const found = s ? findPeriod(s) : null;
    if (found) return found.date ? found : withReportDay(found, marked);
  }
  // A sheet or title naming a month alone takes its year from the titles or the file name ("Вакансии 2026-2027.xlsx").
  for (const s of [sheet ?? "", ...context]) {
    const monthNo = s ? findMonthOnly(s) : null;
    if (monthNo === null) continue;
    const year = [s, ...context, fileStem(file)].map((t) => yearFor(monthNo, t)).find((y) => y !== null);
    if (year) return { period: `${year}-${String(monthNo).padStart(2, "0")}`, date: null };
  }
  return null;
}

/** A sheet named "Сентябрь 2026" over a line "по состоянию на 15.09.2026": the month, reported on the 15th. */
function withReportDay(found: PeriodFound, marked: readonly string[]): PeriodFound {
  const dated = marked.map(findPeriod).find((p) => p !== null && p.date !== null && p.period === found.period);
  return dated ?? found;
}

/** The organisation a one-school file is about: a labelled line, a title naming a legal form, or the file name. */
export function orgOf(context: readonly string[], file: string): string | null {
  for (const line of context) {
    const m = ORG_LABEL.exec(oneLine(line));
    if (m) return m[3].replace(ORG_TAIL, "").trim() || null;
  }
  for (const line of context) {
    const text = oneLine(line);
    const m = ORG_FORM.exec(text);
    if (m) return text.slice(m.index).replace(ORG_TAIL, "").trim() || null;
  }
  const stem = fileStem(file).replace(ORG_TAIL, "").replace(/[\s_-]+(\d{4}[-_.]\d{2}|\d{2}[-_.]\d{4})$/, "").trim();
  return stem === "" || /^\d*$/.test(stem) ? null : stem.replace(/_/g, " ");
}

export function tableContext(sheet: string | null, context: readonly string[], file: string, hasOrgColumn: boolean): TableContext {
  return { period: periodOf(sheet, context, file), org: hasOrgColumn ? null : orgOf(context, file) };
}
