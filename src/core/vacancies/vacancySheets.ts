import type { Locale } from "../issues/issue";
import { reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, type SheetSpec, text } from "../sheet/sheetSpec";
import { changeCells, monthName, VACANCY_SHEETS, vacancySubtitle } from "./sheetLabels";
import type { VacanciesReport } from "./types";
import { issuesSheet, missingSheet, positionsSheet } from "./vacancyDetailSheets";
import { localizeTable, translator } from "../../i18n";

export interface VacancySheetOptions {
  readonly locale?: Locale;
  /** ISO date written in the subtitle. */
  readonly madeOn?: string;
}

/**
 * «Вакансии — свод» and its companions: per month and organisation with the change from last month, totals by
 * month with a chart of vacant rates, by position with a chart, who did not report, and the issues found.
 */
export function vacancySheets(report: VacanciesReport, opts: VacancySheetOptions = {}): SheetSpec[] {
  const locale = opts.locale ?? "ru";
  const subtitle = vacancySubtitle(report.periods, opts.madeOn, locale);
  const sheets = [summarySheet(report, locale, subtitle), monthsSheet(report, locale, subtitle), positionsSheet(report, locale, subtitle)];
  if (report.missing.length > 0) sheets.push(missingSheet(report, locale, subtitle));
  if (report.issues.length > 0) sheets.push(issuesSheet(report, locale, subtitle));
  return sheets;
}

/** Per month × organisation: vacancies, rates, hours and the change from the month before (▲▼). */
function summarySheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const t = translator(locale);
  const changes = new Map(report.changes.map((c) => [`${c.to}|${c.municipality ?? ""}|${c.org}`, c]));
  const hasMunicipality = report.byOrg.some((o) => o.municipality !== null);
  const body: CellSpec[][] = report.byOrg.map((o) => {
    const c = changes.get(`${o.period}|${o.municipality ?? ""}|${o.org}`) ?? null;
    return [
      text(monthName(o.period, locale)),
      ...(hasMunicipality ? [text(o.municipality)] : []),
      text(o.org, "wrap"),
      num(o.vacancies, "integer"),
      num(o.rates, "decimal2"),
      num(o.hours, "decimal1"),
      ...changeCells(c ? c.rates : null, "decimal2"),
      changeCells(c ? c.vacancies : null, "integer")[0],
    ];
  });
  const header = [
    t("sheet.month"),
    ...(hasMunicipality ? [t("sheet.municipality")] : []),
    t("sheet.organisation"),
    t("sheet.vacancies"),
    t("sheet.vacantRates"),
    t("sheet.hours"),
    t("sheet.changeOfRatesFromLastMonth"),
    t("sheet.trend"),
    t("sheet.changeOfVacancies"),
  ];
  return reportSheet({
    locale,
    name: localizeTable(VACANCY_SHEETS.summary, locale),
    title: t("sheet.teachingVacanciesSummaryByOrganisation"),
    subtitle,
    header,
    body,
    widths: [16, ...(hasMunicipality ? [22] : []), 44, 11, 12, 10, 16, 10, 14],
    orientation: "landscape",
    tableName: "ВакансииСвод",
    freezeCols: hasMunicipality ? 3 : 2,
  });
}

/** Totals by month with the number of organisations that reported and did not, and a line chart of vacant rates. */
function monthsSheet(report: VacanciesReport, locale: Locale, subtitle: string): SheetSpec {
  const t = translator(locale);
  const missing = (period: string) => report.missing.filter((m) => m.period === period).length;
  const body: CellSpec[][] = report.totals.map((t, i) => {
    const before = i > 0 ? report.totals[i - 1] : null;
    return [
      text(monthName(t.period, locale)),
      num(t.orgs, "integer"),
      num(missing(t.period), "integer", missing(t.period) > 0 ? "warn" : undefined),
      num(t.vacancies, "integer"),
      num(t.rates, "decimal2"),
      num(t.hours, "decimal1"),
      ...changeCells(before ? Math.round((t.rates - before.rates) * 1e6) / 1e6 : null, "decimal2"),
    ];
  });
  const header = [
    t("sheet.month"),
    t("sheet.organisationsReported"),
    t("sheet.didNotReport"),
    t("sheet.vacancies"),
    t("sheet.vacantRates"),
    t("sheet.hours"),
    t("sheet.changeOfRates"),
    t("sheet.trend"),
  ];
  return reportSheet({
    locale,
    name: localizeTable(VACANCY_SHEETS.months, locale),
    title: t("sheet.vacanciesByMonth"),
    subtitle,
    header,
    body,
    widths: [16, 14, 14, 11, 12, 10, 14, 10],
    orientation: "landscape",
    tableName: "ВакансииМесяцы",
    freezeCols: 1,
    charts: (l) =>
      body.length === 0
        ? []
        : [
            {
              kind: body.length > 1 ? "line" : "column",
              title: t("sheet.vacantRatesByMonth"),
              categories: { top: l.firstBodyRow, left: 0, bottom: l.lastBodyRow, right: 0 },
              series: [{ name: header[4], values: { top: l.firstBodyRow, left: 4, bottom: l.lastBodyRow, right: 4 } }],
              anchor: { row: l.afterRow, col: 0, rows: 16, cols: 7 },
            },
          ],
  });
}
