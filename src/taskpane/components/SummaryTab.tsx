import { Body1, Button, Checkbox, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import * as React from "react";
import { readPlan, writeWithProgress } from "../actions/structureActions";
import { chosenSummarySheets, SUMMARY_CHOICES, SUMMARY_KEYS, type SummaryKey } from "../actions/summaryActions";
import { useOperation } from "../hooks/useOperation";
import { ids } from "../ids";
import { PaneError } from "../../app/errorMessage";
import { reportingChoices } from "../logic/reportingPeriods";
import { localize, msg } from "../../i18n";
import { usePane } from "../paneContext";
import type { PlanSession } from "../planSession";
import { Notice } from "./Notice";
import { OperationStatus } from "./OperationStatus";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", border: "none", margin: "0", padding: "0", gap: tokens.spacingVerticalXXS },
  legend: { padding: "0", marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface SummaryTabProps {
  readonly session: PlanSession | null;
  readonly onSession: (s: PlanSession) => void;
}

/** «Сводные листы»: choose the sheets and the reporting period, write them from the plan in use. */
export const SummaryTab: React.FC<SummaryTabProps> = ({ session, onSession }) => {
  const { t, render, services, locale, settings } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const [keys, setKeys] = React.useState<ReadonlySet<SummaryKey>>(new Set(SUMMARY_KEYS));
  const [perExecutor, setPerExecutor] = React.useState(false);
  const periods = React.useMemo(() => reportingChoices(session?.plan.period ?? null, services.today()), [session, services]);
  const [periodKey, setPeriodKey] = React.useState<string | null>(null);
  const chosenPeriod = periods.choices.find((c) => c.key === (periodKey ?? periods.defaultKey)) ?? periods.choices[0];

  const toggle = (k: SummaryKey, on: boolean) => {
    const next = new Set(keys);
    if (on) next.add(k);
    else next.delete(k);
    setKeys(next);
  };
  const run = () =>
    op.run(async (ctx) => {
      if (keys.size === 0 && !perExecutor) throw new PaneError(msg("error.noSheetsChosen"));
      const s = session ?? (await readPlan(services, false, ctx));
      if (!session) onSession(s);
      // The period is chosen once the plan is read: before it, the list offered only the periods around today.
      const read = reportingChoices(s.plan.period ?? null, services.today());
      const reporting = session ? chosenPeriod : (read.choices.find((c) => c.key === (periodKey ?? read.defaultKey)) ?? read.choices.find((c) => c.key === read.defaultKey)!);
      const specs = chosenSummarySheets(s, { keys, perExecutor, reporting: reporting.period, rules: settings.rules, locale, today: services.today() });
      return (await writeWithProgress(services, specs, ctx)).done;
    });

  return (
    <>
      <Body1>{t("summary.intro")}</Body1>
      {session ? <Body1>{t("summary.planOf", { sheet: session.read.sheet, items: session.plan.items.length })}</Body1> : <Notice>{t("summary.noPlan")}</Notice>}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("summary.sheets")}</legend>
        {SUMMARY_KEYS.map((k) => (
          <Checkbox key={k} label={localize(SUMMARY_CHOICES[k], locale)} checked={keys.has(k)} data-testid={ids.summarySheet(k)} onChange={(_, d) => toggle(k, Boolean(d.checked))} />
        ))}
        <Checkbox label={t("summary.perExecutor")} checked={perExecutor} data-testid={ids.summarySheet("perExecutor")} onChange={(_, d) => setPerExecutor(Boolean(d.checked))} />
      </fieldset>
      <Field label={t("summary.period")}>
        <Dropdown
          className={styles.dropdown}
          data-testid={ids.summaryPeriod}
          value={render(chosenPeriod.label)}
          selectedOptions={[chosenPeriod.key]}
          onOptionSelect={(_, d) => d.optionValue && setPeriodKey(d.optionValue)}
        >
          {periods.choices.map((c) => (
            <Option key={c.key} value={c.key}>
              {render(c.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button appearance="primary" data-testid={ids.summaryRun} disabled={op.running} onClick={run}>
          {t("summary.run")}
        </Button>
      </div>
      <OperationStatus op={op} />
    </>
  );
};
