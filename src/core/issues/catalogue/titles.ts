import { type Localized, localize } from "../../../i18n";
import type { Locale } from "../issue";
import type { vacanciesCatalogue } from "./vacancies";

type Title = Localized;

/**
 * Short names of the issues a printed remark shows instead of its code, for the families without validation rules
 * (a plan rule carries its own title in src/core/plan/validate/rules.ts). Typed against the family's catalogue, so a
 * new code without a title does not compile. The one-line explanation is the catalogue entry's `why`.
 */
export const VACANCY_TITLES = {
  vacancy_table_not_found: { ru: "Нет таблицы вакансий", en: "No vacancy table" },
  period_unknown: { ru: "Месяц отчёта не определён", en: "Reporting month unknown" },
  org_empty: { ru: "Нет организации", en: "No organisation" },
  org_missing: { ru: "Организация не сдала сведения", en: "Organisation did not report" },
  org_not_in_reference: { ru: "Нет в справочнике организаций", en: "Not in the reference list" },
  org_variant: { ru: "Другое написание организации", en: "Organisation spelled differently" },
  vacancy_duplicate: { ru: "Повтор вакансии", en: "Duplicate vacancy" },
  count_negative: { ru: "Отрицательное число", en: "Negative number" },
  count_missing: { ru: "Нет ставок и часов", en: "No rates or hours" },
  count_not_number: { ru: "Не число", en: "Not a number" },
  number_as_text: { ru: "Число записано текстом", en: "Number written as text" },
  rows_unread: { ru: "Строки не прочитаны", en: "Rows not read" },
  table_without_cells: { ru: "Таблица без ячеек", en: "Table without cells" },
  rates_hours_mismatch: { ru: "Ставки не сходятся с часами", en: "Rates disagree with hours" },
  closed_without_date: { ru: "Закрыта без даты", en: "Closed without a date" },
  vacancy_vanished: { ru: "Вакансия пропала без закрытия", en: "Vacancy gone without closing" },
  opened_after_report: { ru: "Открыта после даты отчёта", en: "Opened after the report date" },
  date_unreadable: { ru: "Дата не прочитана", en: "Unreadable date" },
  status_unknown: { ru: "Непонятный статус", en: "Unknown status" },
} as const satisfies Readonly<Record<keyof typeof vacanciesCatalogue, Title>>;

const TITLES: Readonly<Record<string, Title>> = VACANCY_TITLES;

/** The short name of an issue without a validation rule, or null when it has none. */
export function issueTitle(code: string, locale: Locale): string | null {
  const title = TITLES[code];
  return title ? localize(title, locale) : null;
}
