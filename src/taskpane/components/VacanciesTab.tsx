import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Issue } from "../../core/issues/issue";
import { vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { monthName, VACANCY_SHEETS } from "../../core/vacancies/sheetLabels";
import { consolidateSheets } from "../actions/vacancyActions";
import { writeWithProgress } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { useSheetNames } from "../hooks/useSheetNames";
import { ids } from "../ids";
import { guessVacancySheets, isOwnSheet } from "../logic/guessSheets";
import { usePane } from "../paneContext";
import { Notice } from "./Notice";
import { OperationStatus } from "./OperationStatus";
import { SheetChecklist } from "./SheetChecklist";
import { VacancyIssueList } from "./VacancyIssueList";
import { localizeTable } from "../../i18n";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** «Вакансии»: check and consolidate monthly vacancy tables from the chosen sheets; write «Вакансии — свод». */
export const VacanciesTab: React.FC = () => {
  const { t, services, locale, settings } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const action = useOperation();
  const sheets = useSheetNames();
  const inputs = sheets.names.filter((n) => !isOwnSheet(n));
  const [checked, setChecked] = React.useState<ReadonlySet<string> | null>(null);
  const [report, setReport] = React.useState<VacanciesReport | null>(null);
  const chosen = checked ?? new Set(guessVacancySheets(inputs));

  const run = () =>
    op.run(async (ctx) => {
      const names = inputs.filter((n) => chosen.has(n));
      setReport(await consolidateSheets(services, names, { hoursPerRate: settings.hoursPerRate, workbook: t("vacancies.workbook"), locale }, ctx));
      return null;
    });
  const write = () => report && op.run(async (ctx) => (await writeWithProgress(services, vacancySheets(report, { locale, madeOn: services.today() }), ctx)).done);

  const go = (issue: Issue) => issue.sheet && issue.row && action.run(async () => (await services.selectCell(issue.sheet!, issue.row!, 1), null));

  const missingByPeriod = new Map<string, string[]>();
  for (const m of report?.missing ?? []) missingByPeriod.set(m.period, [...(missingByPeriod.get(m.period) ?? []), m.org]);
  // A duplicate row is counted in its month's totals: the line under the totals says so, with the rows to look at.
  const duplicatesByPeriod = new Map<string, number[]>();
  for (const i of report?.issues ?? []) {
    const period = i.params?.period;
    if (i.code === "vacancy_duplicate" && typeof period === "string" && i.row) duplicatesByPeriod.set(period, [...(duplicatesByPeriod.get(period) ?? []), i.row]);
  }
  return (
    <>
      <Body1>{t("vacancies.intro")}</Body1>
      <SheetChecklist legend={t("vacancies.sheets")} names={inputs} checked={chosen} onChange={setChecked} testId={ids.vacancySheet} />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.vacanciesRun} disabled={op.running} onClick={run}>
          {t("vacancies.run")}
        </Button>
        {report && (
          <Button data-testid={ids.vacanciesWrite} disabled={op.running} onClick={write}>
            {t("vacancies.write", { sheet: localizeTable(VACANCY_SHEETS.summary, locale) })}
          </Button>
        )}
      </div>
      <OperationStatus op={op} />
      <OperationStatus op={action} />
      {report && (
        <>
          <ul className={styles.list} data-testid={ids.vacanciesTotals}>
            {report.totals.map((x) => {
              const duplicates = duplicatesByPeriod.get(x.period);
              return (
                <li key={x.period}>
                  {t("vacancies.total", { period: monthName(x.period, locale), orgs: x.orgs, vacancies: x.vacancies, rates: x.rates, hours: x.hours })}
                  {duplicates && (
                    <div data-testid={ids.vacancyDuplicates(x.period)}>{t("vacancies.duplicatesCounted", { count: duplicates.length, rows: duplicates.join(", ") })}</div>
                  )}
                </li>
              );
            })}
          </ul>
          {[...missingByPeriod].map(([period, orgs]) => (
            <Notice key={period} intent="warning">
              {t("vacancies.missing", { period: monthName(period, locale), orgs: orgs.join(", ") })}
            </Notice>
          ))}
          {report.issues.length === 0 ? (
            <Notice intent="success">{t("vacancies.noIssues")}</Notice>
          ) : (
            <VacancyIssueList issues={report.issues} busy={op.running || action.running} onGo={go} />
          )}
        </>
      )}
    </>
  );
};
