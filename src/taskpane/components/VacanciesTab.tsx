import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Issue } from "../../core/issues/issue";
import { vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { monthName, VACANCY_SHEETS } from "../../core/vacancies/sheetLabels";
import { consolidateFiles, consolidateSheets, type FilesConsolidated } from "../actions/vacancyActions";
import { writeWithProgress } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { useSheetNames } from "../hooks/useSheetNames";
import { ids } from "../ids";
import { guessVacancySheets, isOwnSheet } from "../logic/guessSheets";
import { usePane } from "../paneContext";
import { Notice } from "./Notice";
import { chosenFiles, OpenFileButton } from "./OpenFileButton";
import { OperationStatus } from "./OperationStatus";
import { SheetChecklist } from "./SheetChecklist";
import { VacancyIssueList } from "./VacancyIssueList";
import { localizeTable } from "../../i18n";
import { readNoteText } from "../../io/readNotes";

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
  /** The files the report was consolidated from, or null when it came from the workbook's sheets. */
  const [fromFiles, setFromFiles] = React.useState<Omit<FilesConsolidated, "report"> | null>(null);
  const chosen = checked ?? new Set(guessVacancySheets(inputs));

  const run = () =>
    op.run(async (ctx) => {
      const names = inputs.filter((n) => chosen.has(n));
      setReport(await consolidateSheets(services, names, { hoursPerRate: settings.hoursPerRate, workbook: t("vacancies.workbook"), locale }, ctx));
      setFromFiles(null);
      return null;
    });
  const openFiles = (files: readonly File[]) =>
    op.run(async (ctx) => {
      const { report: read, ...source } = await consolidateFiles(await chosenFiles(files), { hoursPerRate: settings.hoursPerRate, today: services.today(), locale }, ctx);
      setReport(read);
      setFromFiles(source);
      return null;
    });
  const write = () => report && op.run(async (ctx) => (await writeWithProgress(services, vacancySheets(report, { locale, madeOn: services.today() }), ctx)).done);

  const go = (issue: Issue) => issue.sheet && issue.row && action.run(async () => (await services.selectCell(issue.sheet!, issue.row!, 1), null));

  const missingByPeriod = new Map<string, string[]>();
  for (const m of report?.missing ?? []) missingByPeriod.set(m.period, [...(missingByPeriod.get(m.period) ?? []), m.org]);
  // A duplicate row is counted in its month's totals: the line under the totals says so, with the rows to look at.
  const duplicatesByPeriod = new Map<string, { sheet: string; row: number }[]>();
  for (const i of report?.issues ?? []) {
    const period = i.params?.period;
    if (i.code === "vacancy_duplicate" && typeof period === "string" && i.row) duplicatesByPeriod.set(period, [...(duplicatesByPeriod.get(period) ?? []), { sheet: i.sheet ?? "", row: i.row }]);
  }
  return (
    <>
      <Body1>{t("vacancies.intro")}</Body1>
      <SheetChecklist legend={t("vacancies.sheets")} names={inputs} checked={chosen} onChange={setChecked} testId={ids.vacancySheet} />
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.vacanciesRun} disabled={op.running} onClick={run}>
          {t("vacancies.run")}
        </Button>
        <OpenFileButton label={t("vacancies.openFiles")} disabled={op.running} multiple buttonTestId={ids.vacanciesOpenFiles} inputTestId={ids.vacanciesFileInput} onFiles={(files) => void openFiles(files)} />
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
          {fromFiles && (
            <div data-testid={ids.vacanciesFiles}>
              <Body1>{t("vacancies.fromFiles", { count: fromFiles.files.length, files: fromFiles.files.map((f) => `«${f}»`).join(", ") })}</Body1>
              {fromFiles.notes.map((n) => (
                <Body1 key={`${n.file}:${n.note}`}>{t("vacancies.fileNote", { file: n.file, note: readNoteText(n.note, locale) })}</Body1>
              ))}
            </div>
          )}
          <ul className={styles.list} data-testid={ids.vacanciesTotals}>
            {report.totals.map((x) => {
              const duplicates = duplicatesByPeriod.get(x.period);
              return (
                <li key={x.period}>
                  {t("vacancies.total", { period: monthName(x.period, locale), orgs: x.orgs, vacancies: x.vacancies, rates: x.rates, hours: x.hours })}
                  {duplicates && (
                    <div data-testid={ids.vacancyDuplicates(x.period)}>{t("vacancies.duplicatesCounted", { count: duplicates.length, rows: rowsText(duplicates, fromFiles !== null) })}</div>
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
            <VacancyIssueList issues={report.issues} busy={op.running || action.running} onGo={fromFiles ? undefined : go} />
          )}
        </>
      )}
    </>
  );
};

/**
 * The rows of a month's duplicates: the numbers alone where they are all on one sheet of the workbook (the month's),
 * else each sheet's or file's rows followed by its name — row 5 of which of three files is no address.
 */
function rowsText(at: readonly { sheet: string; row: number }[], files: boolean): string {
  const bySheet = new Map<string, number[]>();
  for (const a of at) bySheet.set(a.sheet, [...(bySheet.get(a.sheet) ?? []), a.row]);
  if (bySheet.size === 1 && !files) return at.map((a) => a.row).join(", ");
  return [...bySheet].map(([sheet, rows]) => `${rows.join(", ")} («${sheet}»)`).join("; ");
}
