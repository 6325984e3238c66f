import { PLAN_SHEET, SOURCE_SHEET } from "../../core/plan/planSheets";
import { REPORT_SHEET } from "../../core/plan/validate";
import { VACANCY_SHEETS } from "../../core/vacancies/sheetLabels";

/** Sheets the add-in writes itself: never inputs. */
const OWN_SHEETS = new Set(
  [PLAN_SHEET, SOURCE_SHEET, REPORT_SHEET, ...Object.values(VACANCY_SHEETS)].flatMap((n) => [n.ru, n.en]).map((n) => n.toLowerCase()),
);

/** Names that suggest a monthly vacancy table: the word, a month name, or a YYYY-MM / MM.YYYY period. */
const VACANCY_NAME = [/ваканс/i, /vacanc/i, /(янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)/i, /\b\d{4}[-.]\d{2}\b/, /\b\d{2}[-.]\d{4}\b/];

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name.toLowerCase());
}

/** The sheets to tick at first on the vacancies tab; the user changes the choice freely. */
export function guessVacancySheets(names: readonly string[]): string[] {
  return names.filter((n) => !isOwnSheet(n) && VACANCY_NAME.some((p) => p.test(n)));
}
