import type { Issue } from "../../issues/issue";
import type { Plan } from "../types";
import type { RuleConfig } from "./ruleConfig";
import { RULE_CODES, RULES } from "./rules";
import { ValidationRun } from "./validationRun";

/** The rules a configuration leaves on, with the severity and threshold it gives them. */
export function activeRules(config: RuleConfig = {}) {
  return RULES.flatMap((rule) => {
    const setting = config.rules?.[rule.code] ?? {};
    if (!(setting.enabled ?? rule.enabledByDefault)) return [];
    return [{ rule, severity: setting.severity ?? rule.severity, threshold: setting.threshold ?? rule.threshold?.default ?? null }];
  });
}

/**
 * Every issue of a plan: the rules' findings and what structuring reported, with the configuration applied. Issues
 * structuring reported under a code no rule owns pass as they are, so nothing found is lost. Sorted by source row
 * (plan-wide issues first), then by the order of the rules.
 */
export function validatePlan(plan: Plan, config: RuleConfig = {}): Issue[] {
  const out: { issue: Issue; order: number }[] = [];
  const run = new ValidationRun(plan);
  activeRules(config).forEach(({ rule, severity, threshold }, order) => {
    for (const f of rule.check(plan, { threshold, run })) out.push({ issue: { ...f, code: rule.code, severity, sheet: f.sheet ?? plan.meta.sheet }, order });
  });
  for (const issue of plan.issues) if (!RULE_CODES.has(issue.code)) out.push({ issue, order: RULES.length });
  return out
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.order - b.order || a.i - b.i)
    .map((x) => x.issue);
}
