import { catalogueEntry } from "../issues/catalogue";
import { issueTitle } from "../issues/catalogue/titles";
import { formatIssue } from "../issues/formatIssue";
import type { Locale, Severity, TextLocale } from "../issues/issue";
import { reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, type SheetSpec, text } from "../sheet/sheetSpec";
import { monthName, VACANCY_SHEETS } from "./sheetLabels";
import type { VacanciesReport } from "./types";
import { localize, localizeTable, translator } from "../../i18n";

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

/** Every issue found, where it is and what to do; the rules met are explained under the list. */
export function issuesSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const t = translator(locale);
  const body: CellSpec[][] = report.issues.map((issue) => {
    const r = formatIssue(issue, locale);
    return [
      text(localizeTable(SEVERITY_LABEL, locale)[r.severity], SEVERITY_STYLE[r.severity]),
      text(issueTitle(r.code, locale) ?? r.code, "wrap"),
      text(r.sheet),
      num(r.row, "integer"),
      text(r.item, "wrap"),
      text(r.message, "wrap"),
      text(r.suggestion, "wrap"),
      text(r.code, "muted"),
    ];
  });
  const legend = ruleLegend(report, locale);
  const spec = reportSheet({
    locale,
    name: localizeTable(VACANCY_SHEETS.issues, locale),
    title: t("sheet.issuesInTheVacancyTables"),
    subtitle,
    header: [t("sheet.severity"), t("sheet.rule"), t("sheet.sheetFile"), t("sheet.row"), t("sheet.organisation"), t("sheet.issue"), t("sheet.suggestion"), t("sheet.ruleCode")],
    body,
    widths: [14, 24, 18, 8, 28, 50, 22, 22],
    orientation: "landscape",
    tableName: "ВакансииЗамечания",
    footer: [[], [text(t("sheet.whatTheIssuesMean"), "subtitle")], ...legend],
  });
  // The code column is for filtering and scripts: it stays in the table but out of the print area.
  return { ...spec, print: { ...spec.print!, columns: { first: 0, last: ISSUE_CODE_COLUMN - 1 } } };
}

const ISSUE_CODE_COLUMN = 7;

/** One line per rule met: its title and why it matters (the catalogue's `why`), in the columns that print. */
function ruleLegend(report: VacanciesReport, locale: Locale): CellSpec[][] {
  const codes = [...new Set(report.issues.map((i) => i.code))];
  return codes.map((code) => [text(null), text(issueTitle(code, locale) ?? code, "wrap"), text(null), text(null), text(null), text(whyOf(code, locale), "wrap")]);
}

function whyOf(code: string, locale: Locale): string | null {
  const why = catalogueEntry(code)?.why;
  return why ? localize(why, locale) : null;
}
