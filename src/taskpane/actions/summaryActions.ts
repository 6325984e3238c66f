import type { Period } from "../../core/plan/deadline";
import { validatePlan, type RuleConfig } from "../../core/plan/validate";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import { summarySheets } from "../../core/summary";
import { BY_EXECUTOR_SHEET } from "../../core/summary/byExecutorSheet";
import { BY_PERIOD_SHEET } from "../../core/summary/byPeriodSheet";
import { BY_SECTION_SHEET } from "../../core/summary/bySectionSheet";
import { EXECUTION_REPORT_SHEET } from "../../core/summary/executionReportSheet";
import { localize, type PaneLocale } from "../../i18n";
import type { PlanSession } from "../planSession";

/** The summary sheets a user can pick, by key, with their names in each language. */
export const SUMMARY_CHOICES = {
  section: BY_SECTION_SHEET,
  executor: BY_EXECUTOR_SHEET,
  period: BY_PERIOD_SHEET,
  execution: EXECUTION_REPORT_SHEET,
} as const;
export type SummaryKey = keyof typeof SUMMARY_CHOICES;
export const SUMMARY_KEYS = Object.keys(SUMMARY_CHOICES) as SummaryKey[];

/** The chosen summary sheets of the plan in use (to-do sheets per executor when asked). */
export function chosenSummarySheets(
  session: PlanSession,
  opts: { keys: ReadonlySet<SummaryKey>; perExecutor: boolean; reporting: Period; rules: RuleConfig; locale: PaneLocale; today: string },
): SheetSpec[] {
  const plan = session.plan;
  const all = summarySheets(plan, {
    locale: opts.locale,
    madeOn: opts.today,
    reporting: opts.reporting,
    issues: validatePlan(plan, opts.rules),
    source: session.read.sheet,
    perExecutor: opts.perExecutor,
  });
  const known = new Map(SUMMARY_KEYS.map((k) => [localize(SUMMARY_CHOICES[k], opts.locale), k]));
  return all.filter((spec) => {
    const key = known.get(spec.name);
    return key ? opts.keys.has(key) : opts.perExecutor;
  });
}
