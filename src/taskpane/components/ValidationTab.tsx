import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { PLAN_SHEET } from "../../core/plan/planSheets";
import { issueStats } from "../../core/issues/formatIssue";
import { applyFix, clearIssueHighlights, goToIssue, highlightIssues, REPORT_SHEET, rereadPlanSheet, runValidation, writeReport } from "../actions/validationActions";
import { readPlan } from "../actions/structureActions";
import { useOperation } from "../hooks/useOperation";
import { ids } from "../ids";
import { canFix } from "../logic/issueFixes";
import { filterChoices, filterIssues, groupIssues, type IssueFilter, issueViews, type IssueView, NO_FILTER } from "../logic/issueGroups";
import { usePane } from "../paneContext";
import type { PlanSession } from "../planSession";
import { IssueFilters } from "./IssueFilters";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";
import { OperationStatus } from "./OperationStatus";
import { localizeTable } from "../../i18n";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Edits come in bursts (a paste, several cells typed): wait for a pause before reading the sheet again. */
const RECHECK_DELAY_MS = 1200;

export interface ValidationTabProps {
  readonly session: PlanSession | null;
  readonly onSession: (s: PlanSession) => void;
}

/**
 * «Проверка»: issues of the plan in use, grouped and filtered; a click selects the source cell. Once run, the list
 * follows the plan (a fix, a column reassignment, changed rule settings) without another click.
 */
export const ValidationTab: React.FC<ValidationTabProps> = ({ session, onSession }) => {
  const { t, services, locale, settings } = usePane();
  const styles = useStyles();
  const op = useOperation();
  const action = useOperation();
  const [checked, setChecked] = React.useState(false);
  const [filter, setFilter] = React.useState<IssueFilter>(NO_FILTER);

  const issues = React.useMemo(() => (checked && session ? runValidation(session, settings.rules) : null), [checked, session, settings.rules]);
  const views = React.useMemo(() => (issues ? issueViews(issues, locale) : []), [issues, locale]);
  const shown = React.useMemo(() => filterIssues(views, filter), [views, filter]);
  const groups = React.useMemo(() => groupIssues(shown, locale), [shown, locale]);
  const choices = React.useMemo(() => filterChoices(views, locale), [views, locale]);

  // After edits of the structured sheet (typed or pasted: paste skips the dropdowns), check again, once things settle.
  const watched = checked ? (session?.planSheet ?? null) : null;
  const latest = React.useRef(session);
  latest.current = session;
  const report = React.useRef(onSession);
  report.current = onSession;
  React.useEffect(() => {
    if (!watched) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | null = null;
    let active = true;
    const recheck = async () => {
      const current = latest.current;
      const next = current && (await rereadPlanSheet(services, current).catch(() => null));
      if (active && next) report.current(next);
    };
    void services
      .watchSheet(watched, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void recheck(), RECHECK_DELAY_MS);
      })
      .then((s) => (active ? (stop = s) : s()))
      .catch(() => undefined); // an Excel without onChanged still re-checks on demand
    return () => {
      active = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [watched, services]);

  const check = () =>
    op.run(async (ctx) => {
      if (!session) onSession(await readPlan(services, false, ctx));
      setFilter(NO_FILTER);
      setChecked(true);
      return null;
    });
  const go = (v: IssueView) => session && action.run(async () => (await goToIssue(services, session, v.issue), null));
  const list = React.useRef<HTMLDivElement>(null);
  const fix = (v: IssueView) =>
    session &&
    action.run(async () => {
      const { session: next, done } = await applyFix(services, session, v.issue, locale);
      onSession(next);
      // The fixed issue leaves the list with the focused button: keep the keyboard in the list, not at the page top.
      setTimeout(() => list.current?.focus(), 0);
      return done;
    });

  const planSheet = session?.planSheet ?? localizeTable(PLAN_SHEET, locale);
  // Fixes and highlights go to the structured sheet: offered only once it is in the workbook.
  const writable = Boolean(session?.planSheet);
  const stats = issues ? issueStats(issues) : null;
  const busy = op.running || action.running;
  return (
    <>
      <Body1>{t("validation.intro")}</Body1>
      {session ? <Body1>{t("validation.planOf", { sheet: session.read.sheet, items: session.plan.items.length })}</Body1> : <Notice>{t("validation.noPlan")}</Notice>}
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.validationRun} disabled={busy} onClick={check}>
          {t("validation.run")}
        </Button>
        {issues && session && (
          <>
            <Button data-testid={ids.writeReport} disabled={busy} onClick={() => action.run((ctx) => writeReport(services, session, settings.rules, locale, ctx))}>
              {t("validation.writeReport", { sheet: localizeTable(REPORT_SHEET, locale) })}
            </Button>
            <Button data-testid={ids.highlight} disabled={busy || !writable} onClick={() => action.run(() => highlightIssues(services, session, issues, locale))}>
              {t("validation.highlight")}
            </Button>
            <Button data-testid={ids.clearHighlights} disabled={busy || !writable} onClick={() => action.run(() => clearIssueHighlights(services, session, locale))}>
              {t("validation.clear")}
            </Button>
          </>
        )}
      </div>
      <OperationStatus op={op} />
      <OperationStatus op={action} />
      {stats && session && (
        <>
          <Subtitle2 data-testid={ids.validationTotals}>{t("validation.totals", { error: stats.error, warning: stats.warning, info: stats.info })}</Subtitle2>
          {views.length === 0 ? (
            <Notice intent="success">{t("validation.none")}</Notice>
          ) : (
            <>
              <IssueFilters filter={filter} rules={choices.rules} columns={choices.columns} onChange={setFilter} />
              <Body1>{t("validation.shown", { shown: shown.length, total: views.length })}</Body1>
              {writable ? (
                <Body1 data-testid={ids.fixWhere}>{t("validation.fixWhere", { sheet: planSheet })}</Body1>
              ) : (
                <Notice>{t("validation.fixNeedsSheet", { sheet: planSheet })}</Notice>
              )}
              <div ref={list} tabIndex={-1} data-testid={ids.issueList}>
                <IssueList groups={groups} sheet={session.read.sheet} planSheet={planSheet} busy={busy} canFix={(v) => writable && canFix(v.issue)} onGo={go} onFix={fix} />
              </div>
            </>
          )}
        </>
      )}
    </>
  );
};
