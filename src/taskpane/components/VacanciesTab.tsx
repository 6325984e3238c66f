import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatIssue } from "../../core/issues/formatIssue";
import { vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { VACANCY_SHEETS } from "../../core/vacancies/sheetLabels";
import { consolidateSheets } from "../actions/vacancyActions";
import { writeWithProgress } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { useSheetNames } from "../hooks/useSheetNames";
import { ids } from "../ids";
import { guessVacancySheets, isOwnSheet } from "../logic/guessSheets";
import { usePane } from "../paneContext";
import { IssueDetails } from "./IssueDetails";
import { Notice } from "./Notice";
import { OperationStatus } from "./OperationStatus";
import { SheetChecklist } from "./SheetChecklist";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** «Вакансии»: check and consolidate monthly vacancy tables from the chosen sheets; write «Вакансии — свод». */
export const VacanciesTab: React.FC = () => {
  const { t, services, locale, settings } = usePane();
  const styles = useStyles();
  const op = useOperation();
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

  const missingByPeriod = new Map<string, string[]>();
  for (const m of report?.missing ?? []) missingByPeriod.set(m.period, [...(missingByPeriod.get(m.period) ?? []), m.org]);
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
            {t("vacancies.write", { sheet: VACANCY_SHEETS.summary[locale] })}
          </Button>
        )}
      </div>
      <OperationStatus op={op} />
      {report && (
        <>
          <ul className={styles.list} data-testid={ids.vacanciesTotals}>
            {report.totals.map((x) => (
              <li key={x.period}>{t("vacancies.total", { period: x.period, orgs: x.orgs, vacancies: x.vacancies, rates: x.rates, hours: x.hours })}</li>
            ))}
          </ul>
          {[...missingByPeriod].map(([period, orgs]) => (
            <Notice key={period} intent="warning">
              {t("vacancies.missing", { period, orgs: orgs.join(", ") })}
            </Notice>
          ))}
          {report.issues.length === 0 ? (
            <Notice intent="success">{t("vacancies.noIssues")}</Notice>
          ) : (
            <IssueDetails
              title={t("vacancies.issues", { count: report.issues.length })}
              lines={report.issues.map((i) => {
                const r = formatIssue(i, locale);
                return r.row ? t("vacancies.issueAt", { sheet: r.sheet ?? "", row: r.row, message: r.message }) : r.message;
              })}
            />
          )}
        </>
      )}
    </>
  );
};
