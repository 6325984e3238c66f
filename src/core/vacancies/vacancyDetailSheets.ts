import { formatIssue } from "../issues/formatIssue";
import type { Locale, Severity, TextLocale } from "../issues/issue";
import { reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, type SheetSpec, text } from "../sheet/sheetSpec";
import { monthName, VACANCY_SHEETS } from "./sheetLabels";
import type { VacanciesReport } from "./types";
import { localizeTable } from "../../i18n";

/** Bars beyond this many are unreadable: the chart shows the positions with the most vacant rates. */
const CHART_POSITIONS = 15;

/** By position and subject, per month; a bar chart of the latest month's vacant rates by position. */
export function positionsSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const ru = locale === "ru";
  const rows = report.byPosition;
  const body: CellSpec[][] = rows.map((p) => [
    text(monthName(p.period, locale)),
    text(p.subject ? `${p.position}, ${p.subject}` : p.position, "wrap"),
    text(p.position),
    text(p.subject),
    num(p.vacancies, "integer"),
    num(p.rates, "decimal2"),
    num(p.hours, "decimal1"),
  ]);
  const header = [
    ru ? "Месяц" : "Month",
    ru ? "Вакансия" : "Vacancy",
    ru ? "Должность" : "Position",
    ru ? "Предмет" : "Subject",
    ru ? "Вакансий" : "Vacancies",
    ru ? "Вакантных ставок" : "Vacant rates",
    ru ? "Часов" : "Hours",
  ];
  const last = report.periods[report.periods.length - 1];
  const first = rows.findIndex((p) => p.period === last);
  const count = first < 0 ? 0 : Math.min(CHART_POSITIONS, rows.filter((p) => p.period === last).length);
  return reportSheet({
    name: localizeTable(VACANCY_SHEETS.positions, locale),
    title: ru ? "Вакансии по должностям и предметам" : "Vacancies by position and subject",
    subtitle,
    header,
    body,
    widths: [16, 36, 24, 22, 11, 12, 10],
    orientation: "landscape",
    tableName: "ВакансииДолжности",
    freezeCols: 2,
    charts: (l) =>
      count === 0
        ? []
        : [
            {
              kind: "bar",
              title: `${ru ? "Вакантные ставки по должностям" : "Vacant rates by position"}: ${monthName(last, locale)}`,
              categories: { top: l.firstBodyRow + first, left: 1, bottom: l.firstBodyRow + first + count - 1, right: 1 },
              series: [{ name: header[5], values: { top: l.firstBodyRow + first, left: 5, bottom: l.firstBodyRow + first + count - 1, right: 5 } }],
              anchor: { row: l.afterRow, col: 0, rows: Math.max(12, count + 4), cols: 7 },
            },
          ],
  });
}

/** Organisations that did not report, by month. */
export function missingSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const ru = locale === "ru";
  return reportSheet({
    name: localizeTable(VACANCY_SHEETS.missing, locale),
    title: ru ? "Организации, не представившие сведения о вакансиях" : "Organisations that did not report vacancies",
    subtitle,
    header: [ru ? "Месяц" : "Month", ru ? "Организация" : "Organisation"],
    body: report.missing.map((m) => [text(monthName(m.period, locale)), text(m.org, "bad")]),
    widths: [16, 60],
    tableName: "ВакансииНеСдали",
  });
}

const SEVERITY_LABEL: Readonly<Record<TextLocale, Readonly<Record<Severity, string>>>> = {
  ru: { error: "ошибка", warning: "предупреждение", info: "замечание" },
  en: { error: "error", warning: "warning", info: "note" },
};
const SEVERITY_STYLE = { error: "bad", warning: "warn", info: "muted" } as const;

/** Every issue found, where it is and what to do. */
export function issuesSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const ru = locale === "ru";
  const body: CellSpec[][] = report.issues.map((issue) => {
    const r = formatIssue(issue, locale);
    return [
      text(localizeTable(SEVERITY_LABEL, locale)[r.severity], SEVERITY_STYLE[r.severity]),
      text(r.sheet),
      num(r.row, "integer"),
      text(r.item, "wrap"),
      text(r.message, "wrap"),
      text(r.suggestion, "wrap"),
      text(r.code, "muted"),
    ];
  });
  return reportSheet({
    name: localizeTable(VACANCY_SHEETS.issues, locale),
    title: ru ? "Замечания к таблицам вакансий" : "Issues in the vacancy tables",
    subtitle,
    header: [ru ? "Важность" : "Severity", ru ? "Лист / файл" : "Sheet / file", ru ? "Строка" : "Row", ru ? "Организация" : "Organisation", ru ? "Замечание" : "Issue", ru ? "Предложение" : "Suggestion", ru ? "Код" : "Code"],
    body,
    widths: [14, 22, 8, 32, 60, 24, 22],
    orientation: "landscape",
    tableName: "ВакансииЗамечания",
  });
}
