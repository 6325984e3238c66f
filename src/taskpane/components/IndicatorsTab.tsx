import { Body1, Button, Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import * as React from "react";
import { formatIssue } from "../../core/issues/formatIssue";
import { indicatorSheets, type IndicatorsReport, staffingTemplateSheets } from "../../core/staffing";
import { msg } from "../../i18n";
import { computeFromFile, computeFromSheets } from "../actions/indicatorActions";
import { writeWithProgress } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { useSheetNames } from "../hooks/useSheetNames";
import { ids } from "../ids";
import { PaneError } from "../../app/errorMessage";
import { parseRuDate } from "../logic/formatValues";
import { isOwnSheet } from "../logic/guessSheets";
import { usePane } from "../paneContext";
import { type IndicatorBreakdown, IndicatorTable } from "./IndicatorTable";
import { IssueDetails } from "./IssueDetails";
import { chosenFiles, OpenFileButton } from "./OpenFileButton";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  form: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
  templates: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  input: { minWidth: "0", width: "100%" },
});

const AUTO = "*";
const BREAKDOWNS: readonly IndicatorBreakdown[] = ["total", "type", "org"];
const BREAKDOWN_LABEL = { total: "indicators.byTotal", type: "indicators.byType", org: "indicators.byOrg" } as const;

/** «Показатели»: shares from a staffing sheet, by type or organisation; the sheet «Показатели»; template sheets. */
export const IndicatorsTab: React.FC = () => {
  const { t, services, locale, settings } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const sheets = useSheetNames();
  const [sheet, setSheet] = React.useState(AUTO);
  const [asOf, setAsOf] = React.useState("");
  const [report, setReport] = React.useState<IndicatorsReport | null>(null);
  /** The file the report was computed from, or null when it came from the workbook's sheets. */
  const [file, setFile] = React.useState<string | null>(null);
  const [by, setBy] = React.useState<IndicatorBreakdown>("type");
  const [key, setKey] = React.useState<string | null>(null);

  const asOfIso = parseRuDate(asOf);
  const compute = () =>
    op.run(async (ctx) => {
      if (asOfIso === undefined) throw new PaneError(msg("error.badDate", { text: asOf }));
      // Every sheet but the add-in's own: «Показатели по организациям» has an organisation column and shares, and must
      // not be read back as an aggregated staffing table on the next run.
      const owned = sheet === AUTO ? await services.ownedSheets() : [];
      const names = sheet === AUTO ? (await services.listSheets()).names.filter((n) => !isOwnSheet(n, owned)) : [sheet];
      setReport(await computeFromSheets(services, { sheets: names, asOf: asOfIso, configText: settings.indicatorConfig }, locale, ctx));
      setFile(null);
      setKey(null);
      return null;
    });
  const openFile = (files: readonly File[]) =>
    op.run(async (ctx) => {
      if (asOfIso === undefined) throw new PaneError(msg("error.badDate", { text: asOf }));
      const [chosen] = await chosenFiles(files.slice(0, 1));
      setReport(await computeFromFile(chosen, { asOf: asOfIso, configText: settings.indicatorConfig }, services.today(), locale, ctx));
      setFile(chosen.name);
      setKey(null);
      return null;
    });
  const sheetsToWrite = React.useMemo(() => (report ? indicatorSheets(report, { locale, madeOn: services.today() }) : []), [report, locale, services]);
  const write = () => report && op.run(async (ctx) => (await writeWithProgress(services, sheetsToWrite, ctx)).done);
  const templates = () => op.run(async (ctx) => (await writeWithProgress(services, staffingTemplateSheets(), ctx)).done);

  const keys = report ? [...new Set(report.indicators.flatMap((i) => i.groups.filter((g) => g.by === by).map((g) => g.key)))] : [];
  return (
    <>
      <Body1>{t("indicators.intro")}</Body1>
      <div className={styles.form}>
        <Field label={t("indicators.sheet")}>
          <Dropdown
            className={styles.dropdown}
            data-testid={ids.indicatorsSheet}
            value={sheet === AUTO ? t("indicators.auto") : sheet}
            selectedOptions={[sheet]}
            onOpenChange={(_, d) => d.open && void sheets.refresh()}
            onOptionSelect={(_, d) => setSheet(d.optionValue ?? AUTO)}
          >
            <Option value={AUTO}>{t("indicators.auto")}</Option>
            {sheets.names.map((n) => (
              <Option key={n} value={n}>
                {n}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("indicators.asOf")} validationState={asOfIso === undefined ? "error" : "none"} validationMessage={asOfIso === undefined ? t("error.badDate", { text: asOf }) : undefined}>
          <Input className={styles.input} data-testid={ids.indicatorsAsOf} value={asOf} onChange={(_, d) => setAsOf(d.value)} placeholder={t("indicators.datePlaceholder")} inputMode="numeric" />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.indicatorsRun} disabled={op.running} onClick={compute}>
          {t("indicators.run")}
        </Button>
        <OpenFileButton label={t("indicators.openFile")} disabled={op.running} buttonTestId={ids.indicatorsOpenFile} inputTestId={ids.indicatorsFileInput} onFiles={(files) => void openFile(files)} />
        {report && (
          <Button data-testid={ids.indicatorsWrite} disabled={op.running} onClick={write}>
            {t("indicators.write", { sheet: sheetsToWrite[0].name, matrix: sheetsToWrite[1].name })}
          </Button>
        )}
      </div>
      <OperationStatus op={op} />
      {report && (
        <>
          <Body1 data-testid={ids.indicatorsSource}>
            {t(file ? "indicators.sourceFile" : "indicators.source", {
              file: file ?? "",
              sheet: report.source.sheet ?? "—",
              rows: report.source.rows,
              kind: t(report.source.kind === "persons" ? "indicators.kindPersons" : "indicators.kindAggregated"),
            })}
          </Body1>
          <div className={styles.form}>
            <Field label={t("indicators.groupBy")}>
              <Dropdown
                className={styles.dropdown}
                data-testid={ids.indicatorsGroupBy}
                value={t(BREAKDOWN_LABEL[by])}
                selectedOptions={[by]}
                onOptionSelect={(_, d) => {
                  setBy((d.optionValue as IndicatorBreakdown | undefined) ?? "type");
                  setKey(null);
                }}
              >
                {BREAKDOWNS.map((b) => (
                  <Option key={b} value={b}>
                    {t(BREAKDOWN_LABEL[b])}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {by !== "total" && (
              <Field label={t("indicators.key")}>
                <Dropdown
                  className={styles.dropdown}
                  data-testid={ids.indicatorsKey}
                  value={key ?? t("validation.all")}
                  selectedOptions={[key ?? AUTO]}
                  onOptionSelect={(_, d) => setKey(d.optionValue === AUTO || !d.optionValue ? null : d.optionValue)}
                >
                  <Option value={AUTO}>{t("validation.all")}</Option>
                  {keys.map((k) => (
                    <Option key={k} value={k}>
                      {k}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
          </div>
          <IndicatorTable indicators={report.indicators} by={by} keyFilter={key} guessedPopulation={report.issues.some((i) => i.code === "group_assumed")} />
          {report.issues.length > 0 && <IssueDetails title={t("indicators.issues", { count: report.issues.length })} lines={report.issues.map((i) => formatIssue(i, locale).message)} />}
        </>
      )}
      <div className={styles.templates}>
        <Body1>{t("indicators.templatesHint")}</Body1>
        <div>
          <Button data-testid={ids.indicatorsTemplates} disabled={op.running} onClick={templates}>
            {t("indicators.templates")}
          </Button>
        </div>
      </div>
    </>
  );
};

