import { formatIssue } from "../../../src/core/issues/formatIssue";
import { parseRuleConfig, RULES } from "../../../src/core/plan/validate";

function problems(json: unknown) {
  const r = parseRuleConfig(json);
  if (r.ok) throw new Error("expected the config to be refused");
  return r.issues.map((i) => [i.code, i.params?.path, i.severity]);
}

describe("parseRuleConfig", () => {
  test("a valid configuration is read as given", () => {
    const json = { $schema: "./rules.schema.json", rules: { deadline_vague: { enabled: false }, result_restates_name: { severity: "info", threshold: 0.9 } }, locale: "en" };
    expect(parseRuleConfig(json)).toEqual({ ok: true, config: { rules: { deadline_vague: { enabled: false }, result_restates_name: { severity: "info", threshold: 0.9 } }, locale: "en" } });
    expect(parseRuleConfig({})).toEqual({ ok: true, config: {} });
  });

  test("each kind of mistake has its own code and keeps its path", () => {
    expect(problems({ rules: { deadline_vague: { enabled: "нет" } } })).toEqual([["config_invalid_type", "rules.deadline_vague.enabled", "error"]]);
    expect(problems({ rules: { deadline_vague: { severity: "critical" } } })).toEqual([["config_invalid_value", "rules.deadline_vague.severity", "error"]]);
    expect(problems({ rules: { deadline_vague: { enable: false } } })).toEqual([["config_unknown_key", "rules.deadline_vague", "error"]]);
    expect(problems({ rules: { deadline_vauge: { enabled: false } } })).toEqual([["config_unknown_rule", "rules.deadline_vauge", "error"]]);
    expect(problems({ rules: { result_restates_name: { threshold: 80 } } })).toEqual([["config_out_of_range", "rules.result_restates_name.threshold", "error"]]);
    expect(problems({ rules: { deadline_vague: { threshold: 0.5 } } })).toEqual([["config_threshold_unsupported", "rules.deadline_vague.threshold", "error"]]);
    expect(problems([])).toEqual([["config_invalid_type", "$", "error"]]);
    expect(problems({ locale: "de" })).toEqual([["config_invalid_value", "locale", "error"]]);
  });

  test("every mistake renders as a Russian and an English sentence naming the path", () => {
    const r = parseRuleConfig({ rules: { deadline_vauge: {} } });
    if (r.ok) throw new Error("refused expected");
    expect(formatIssue(r.issues[0], "ru").message).toBe("Настройки правил, rules.deadline_vauge: нет правила с кодом «deadline_vauge»");
    expect(formatIssue(r.issues[0], "en").message).toBe('Rule settings, rules.deadline_vauge: no rule has the code "deadline_vauge"');
  });

  test("every rule code is accepted in a configuration", () => {
    const rules = Object.fromEntries(RULES.map((r) => [r.code, { enabled: true, severity: "info" }]));
    expect(parseRuleConfig({ rules }).ok).toBe(true);
  });
});
