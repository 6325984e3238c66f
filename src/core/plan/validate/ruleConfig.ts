import { z } from "zod";
import type { Issue, Locale, Severity } from "../../issues/issue";
import { ruleByCode, RULE_CODES } from "./rules";

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** Only for rules that have one (docs/rules.md): a share from 0 to 1. */
  threshold?: number;
}

/** Rule settings as stored with the workbook (document settings) or given to `plankadry validate --config`. */
export interface RuleConfig {
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
}

const ruleSettingSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(["error", "warning", "info"]).optional(),
  threshold: z.number().min(0).max(1).optional(),
});

/** Strict on purpose: a misspelt key or rule code is an error, never a check silently left on or off. */
export const ruleConfigSchema: z.ZodType<RuleConfig> = z
  .strictObject({
    $schema: z.string().optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    locale: z.enum(["ru", "en"]).optional(),
  })
  .superRefine((config, ctx) => {
    for (const [code, setting] of Object.entries(config.rules ?? {})) {
      if (!RULE_CODES.has(code)) ctx.addIssue({ code: "custom", path: ["rules", code], message: code, params: { ours: "config_unknown_rule" } });
      else if (setting.threshold !== undefined && !ruleByCode(code)?.threshold) {
        ctx.addIssue({ code: "custom", path: ["rules", code, "threshold"], message: code, params: { ours: "config_threshold_unsupported" } });
      }
    }
  })
  .transform(({ $schema: _ignored, ...config }) => config as RuleConfig);

/** Reads a parsed JSON value as a rule configuration; zod's issues become ours, each with its path. */
export function parseRuleConfig(json: unknown): { ok: true; config: RuleConfig } | { ok: false; issues: Issue[] } {
  const parsed = ruleConfigSchema.safeParse(json);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(toIssue) };
}

type ZodIssue = z.core.$ZodIssue;

function toIssue(issue: ZodIssue): Issue {
  const path = issue.path.map(String).join(".") || "$";
  const [code, detail] = ours(issue);
  return { code, severity: "error", item: null, row: null, column: null, params: { path, detail } };
}

/** Our code and a short detail for a zod issue. */
function ours(issue: ZodIssue): [string, string] {
  switch (issue.code) {
    case "invalid_type":
      return ["config_invalid_type", String(issue.expected)];
    case "invalid_value":
      return ["config_invalid_value", issue.values.map(String).join(", ")];
    case "unrecognized_keys":
      return ["config_unknown_key", issue.keys.join(", ")];
    case "too_small":
      return ["config_out_of_range", `≥ ${String(issue.minimum)}`];
    case "too_big":
      return ["config_out_of_range", `≤ ${String(issue.maximum)}`];
    case "custom": {
      const mine = (issue.params as { ours?: string } | undefined)?.ours;
      return [mine ?? "config_invalid", issue.message];
    }
    default:
      return ["config_invalid", issue.message];
  }
}
