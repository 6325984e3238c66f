import { PLAN_SHEET, SOURCE_SHEET } from "../../core/plan/planSheets";
import { REPORT_SHEET } from "../../core/plan/validate";
import { SHEET_NAME as INDICATOR_SHEET } from "../../core/staffing/indicatorSheet";
import { INDICATOR_MATRIX_SHEET } from "../../core/staffing/indicatorMatrixSheet";
import { BY_EXECUTOR_SHEET } from "../../core/summary/byExecutorSheet";
import { BY_PERIOD_SHEET } from "../../core/summary/byPeriodSheet";
import { BY_SECTION_SHEET } from "../../core/summary/bySectionSheet";
import { EXECUTION_REPORT_SHEET } from "../../core/summary/executionReportSheet";
import { EXECUTION_SUMMARY_SHEET } from "../../core/summary/executionSummary";
import { VACANCY_SHEETS } from "../../core/vacancies/sheetLabels";

/** Names of the sheets the add-in writes itself: never inputs. */
const OWN_SHEETS = new Set(
  [PLAN_SHEET, SOURCE_SHEET, REPORT_SHEET, BY_SECTION_SHEET, BY_EXECUTOR_SHEET, BY_PERIOD_SHEET, EXECUTION_REPORT_SHEET, EXECUTION_SUMMARY_SHEET, INDICATOR_MATRIX_SHEET, { ru: INDICATOR_SHEET, en: INDICATOR_SHEET }, ...Object.values(VACANCY_SHEETS)]
    .flatMap((n) => [n.ru, n.en])
    .map((n) => n.toLowerCase()),
);

/** Names that suggest a monthly vacancy table: the word, a month name, or a YYYY-MM / MM.YYYY period. */
const VACANCY_NAME = [/ваканс/i, /vacanc/i, /(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)/i, /\b\d{4}[-.]\d{2}\b/, /\b\d{2}[-.]\d{4}\b/];

/**
 * Whether a sheet is the add-in's: recorded as written by it (`owned`, from the workbook's settings: survives a
 * rename), or named as one of its sheets, also with the " (2)" Excel adds when the name was taken.
 */
export function isOwnSheet(name: string, owned: readonly string[] = []): boolean {
  const key = name.toLowerCase();
  return owned.some((o) => o.toLowerCase() === key) || OWN_SHEETS.has(key.replace(/ \(\d+\)$/, ""));
}

/** The sheets to tick at first on the vacancies tab; the user changes the choice freely. */
export function guessVacancySheets(names: readonly string[]): string[] {
  return names.filter((n) => !isOwnSheet(n) && VACANCY_NAME.some((p) => p.test(n)));
}
