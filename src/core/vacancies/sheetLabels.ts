import type { Locale } from "../issues/issue";
import { type CellSpec, num, text } from "../sheet/sheetSpec";
import { monthName } from "../text/monthName";

export { monthName };
import { translator } from "../../i18n";

/** Sheet names of the vacancy set, under Excel's 31 characters. */
export const VACANCY_SHEETS = {
  summary: { ru: "Вакансии — свод", en: "Vacancies — summary" },
  months: { ru: "Вакансии — по месяцам", en: "Vacancies — by month" },
  positions: { ru: "Вакансии — по должностям", en: "Vacancies — by position" },
  missing: { ru: "Вакансии — не сдали", en: "Vacancies — missing" },
  issues: { ru: "Вакансии — замечания", en: "Vacancies — issues" },
} as const;

/**
 * A change cell and its arrow: more vacancies is bad news for a methodist (▲ red), fewer is good (▼ green).
 * Null when there is no earlier month to compare with.
 */
export function changeCells(delta: number | null, format: "integer" | "decimal2"): [CellSpec, CellSpec] {
  if (delta === null) return [text(null), text(null)];
  if (delta > 0) return [num(delta, format, "bad"), text("▲", "bad")];
  if (delta < 0) return [num(delta, format, "good"), text("▼", "good")];
  return [num(0, format, "muted"), text("=", "muted")];
}

/** "Составлено 15.10.2026 · сведения за сентябрь 2026 – ноябрь 2026". */
export function vacancySubtitle(periods: readonly string[], madeOn: string | undefined, locale: Locale): string {
  const span = periods.length === 0 ? "—" : periods.length === 1 ? monthName(periods[0], locale) : `${monthName(periods[0], locale)} – ${monthName(periods[periods.length - 1], locale)}`;
  const t = translator(locale);
  return madeOn ? t("sheet.vacancySubtitleMade", { date: `${madeOn.slice(8, 10)}.${madeOn.slice(5, 7)}.${madeOn.slice(0, 4)}`, span }) : t("sheet.vacancySubtitle", { span });
}
