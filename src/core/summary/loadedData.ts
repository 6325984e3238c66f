import type { SourceDocument } from "../grid";
import type { Locale } from "../issues/issue";
import type { SheetSpec } from "../sheet/sheetSpec";
import { computeIndicators, indicatorSheet, type IndicatorsReport } from "../staffing";
import { findStaffingTables } from "../staffing/findStaffingTable";
import { consolidateVacancies, type VacanciesReport, vacancySheets, type VacancyInput } from "../vacancies";

/** What the summary adds from the other data the user loaded beside the plan. */
export interface LoadedData {
  readonly staffing: IndicatorsReport | null;
  readonly vacancies: VacanciesReport | null;
  /** «Показатели» and the vacancy sheets, in that order, for SummarySetOptions.extraSheets. */
  readonly sheets: readonly SheetSpec[];
}

/**
 * Sorts the documents loaded beside the plan into staff data and vacancy tables, as the CLI's --staffing and
 * --vacancies name them: a host that takes files without saying what each is (the web page) gets the same
 * summary. The plan's own document is neither; a document holding a staffing table is staff data; every other
 * one is offered to the vacancy reader, which keeps the tables it recognises. A kind found nowhere is left out.
 */
export function loadedData(inputs: readonly VacancyInput[], planDoc: SourceDocument | null, opts: { readonly locale: Locale; readonly today: string }): LoadedData {
  const others = inputs.filter((i) => i.doc !== planDoc);
  const isStaffing = others.map((i) => findStaffingTables(i.doc).length > 0);
  const staffDocs = others.filter((_, n) => isStaffing[n]).map((i) => i.doc);
  const computed = staffDocs.length ? computeIndicators(staffDocs, { today: opts.today }) : null;
  const staffing = computed?.ok ? computed.report : null;
  const consolidated = consolidateVacancies(
    others.filter((_, n) => !isStaffing[n]),
    { today: opts.today },
  );
  const vacancies = consolidated.ok ? consolidated.report : null;
  const sheetOpts = { locale: opts.locale, madeOn: opts.today };
  return {
    staffing,
    vacancies,
    sheets: [...(staffing ? [indicatorSheet(staffing, sheetOpts)] : []), ...(vacancies ? vacancySheets(vacancies, sheetOpts) : [])],
  };
}
