import type { Severity } from "../../core/issues/issue";
import type { RuleConfig, RuleDefinition, RuleSetting } from "../../core/plan/validate";

/** A rule's effective on/off and severity under a configuration. */
export function effectiveRule(config: RuleConfig, rule: RuleDefinition): { enabled: boolean; severity: Severity } {
  const s = config.rules?.[rule.code] ?? {};
  return { enabled: s.enabled ?? rule.enabledByDefault, severity: s.severity ?? rule.severity };
}

/**
 * The configuration with one rule changed. Values equal to the rule's defaults are left out, so the stored JSON
 * lists only what the user changed (and a later change of a default reaches them).
 */
export function withRule(config: RuleConfig, rule: RuleDefinition, patch: { enabled?: boolean; severity?: Severity }): RuleConfig {
  const current: RuleSetting = { ...(config.rules?.[rule.code] ?? {}), ...patch };
  const setting: RuleSetting = {};
  if (current.enabled !== undefined && current.enabled !== rule.enabledByDefault) setting.enabled = current.enabled;
  if (current.severity !== undefined && current.severity !== rule.severity) setting.severity = current.severity;
  if (current.threshold !== undefined) setting.threshold = current.threshold;
  const rules = { ...(config.rules ?? {}) };
  if (Object.keys(setting).length === 0) delete rules[rule.code];
  else rules[rule.code] = setting;
  const { rules: _old, ...rest } = config;
  return Object.keys(rules).length ? { ...rest, rules } : rest;
}
