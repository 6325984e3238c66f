import { formatIssue, type IssueStats, issueStats } from "../../issues/formatIssue";
import type { Locale, RenderedIssue } from "../../issues/issue";
import type { Plan } from "../types";
import type { RuleConfig } from "./ruleConfig";
import { activeRules, validatePlan } from "./validatePlan";

/** The CLI's `validate --json` document (contract/issues.schema.json). */
export interface ValidationReport {
  items: number;
  issues: RenderedIssue[];
  stats: IssueStats;
}

/**
 * Validation rendered for people and programs. `stats.byCode` lists every rule that ran, with 0 when it found
 * nothing, so a reader can tell «checked, nothing found» from «not checked».
 */
export function validationReport(plan: Plan, config: RuleConfig = {}, locale: Locale = config.locale ?? "ru"): ValidationReport {
  const issues = validatePlan(plan, config);
  const stats = issueStats(issues);
  const byCode: Record<string, number> = {};
  for (const { rule } of activeRules(config)) byCode[rule.code] = 0;
  Object.assign(byCode, stats.byCode);
  return { items: plan.items.length, issues: issues.map((i) => formatIssue(i, locale)), stats: { ...stats, byCode } };
}
