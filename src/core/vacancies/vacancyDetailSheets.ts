import { formatIssue } from "../issues/formatIssue";
import type { Locale, Severity, TextLocale } from "../issues/issue";
import { reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, type SheetSpec, text } from "../sheet/sheetSpec";
import { monthName, VACANCY_SHEETS } from "./sheetLabels";
import type { VacanciesReport } from "./types";
import { localizeTable, translator } from "../../i18n";

/** Bars beyond this many are unreadable: the chart shows the positions with the most vacant rates. */
const CHART_POSITIONS = 15;

/** By position and subject, per month; a bar chart of the latest month's vacant rates by position. */
export function positionsSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const t = translator(locale);
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
    t("sheet.month"),
    t("sheet.vacancy"),
    t("sheet.position"),
    t("sheet.subject"),
    t("sheet.vacancies"),
    t("sheet.vacantRates"),
    t("sheet.hours"),
  ];
  const last = report.periods[report.periods.length - 1];
  const first = rows.findIndex((p) => p.period === last);
  const count = first < 0 ? 0 : Math.min(CHART_POSITIONS, rows.filter((p) => p.period === last).length);
  return reportSheet({
    locale,
    name: localizeTable(VACANCY_SHEETS.positions, locale),
    title: t("sheet.vacanciesByPositionAndSubject"),
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
              title: `${t("sheet.vacantRatesByPosition")}: ${monthName(last, locale)}`,
              categories: { top: l.firstBodyRow + first, left: 1, bottom: l.firstBodyRow + first + count - 1, right: 1 },
              series: [{ name: header[5], values: { top: l.firstBodyRow + first, left: 5, bottom: l.firstBodyRow + first + count - 1, right: 5 } }],
              anchor: { row: l.afterRow, col: 0, rows: Math.max(12, count + 4), cols: 7 },
            },
          ],
  });
}

/** Organisations that did not report, by month. */
export function missingSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const t = translator(locale);
  return reportSheet({
    locale,
    name: localizeTable(VACANCY_SHEETS.missing, locale),
    title: t("sheet.organisationsThatDidNotReportVacancies"),
    subtitle,
    header: [t("sheet.month"), t("sheet.organisation")],
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
  const t = translator(locale);
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
    locale,
    name: localizeTable(VACANCY_SHEETS.issues, locale),
    title: t("sheet.issuesInTheVacancyTables"),
    subtitle,
    header: [t("sheet.severity"), t("sheet.sheetFile"), t("sheet.row"), t("sheet.organisation"), t("sheet.issue"), t("sheet.suggestion"), t("sheet.code")],
    body,
    widths: [14, 22, 8, 32, 60, 24, 22],
    orientation: "landscape",
    tableName: "ВакансииЗамечания",
  });
}
