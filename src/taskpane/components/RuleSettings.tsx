import { Caption1, Dropdown, makeStyles, Option, Switch, tokens } from "@fluentui/react-components";
import * as React from "react";
import { catalogueEntry } from "../../core/issues/catalogue";
import { SEVERITIES, type Severity } from "../../core/issues/issue";
import { RULES, type RuleConfig } from "../../core/plan/validate";
import { localize } from "../../i18n";
import { ids } from "../ids";
import { effectiveRule, withRule } from "../logic/ruleSettings";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  // The rule's name and explanation take the whole width, its switch and severity go under it: three columns side
  // by side left the name 30 px at 320 px, and every word of it was broken.
  table: { display: "grid", gridTemplateColumns: "auto minmax(10.5em, 14em)", justifyContent: "start", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground3 },
  title: { gridColumn: "1 / -1", display: "flex", flexDirection: "column", minWidth: "0", paddingTop: tokens.spacingVerticalS },
  why: { color: tokens.colorNeutralForeground3 },
  // «предупреждение» is the longest word the severity dropdown shows: the column is sized for it.
  dropdown: { minWidth: "10.5em", width: "100%" },
});

const SEVERITY_WORD = { error: "settings.severityError", warning: "settings.severityWarning", info: "settings.severityInfo" } as const;

export interface RuleSettingsProps {
  readonly config: RuleConfig;
  readonly onChange: (config: RuleConfig) => void;
}

/** Every validation rule with a switch and a severity. */
export const RuleSettings: React.FC<RuleSettingsProps> = ({ config, onChange }) => {
  const { t, locale } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.table} role="group" aria-label={t("settings.rules")}>
      <span className={styles.head}>{t("settings.enabled")}</span>
      <span className={styles.head}>{t("settings.severity")}</span>
      {RULES.map((rule) => {
        const now = effectiveRule(config, rule);
        const title = localize(rule.title, locale);
        // One line on why the rule matters, from the issue catalogue: the name alone does not say what it checks.
        const whyTexts = catalogueEntry(rule.code)?.why;
        const why = whyTexts ? localize(whyTexts, locale) : undefined;
        return (
          <React.Fragment key={rule.code}>
            <span className={styles.title}>
              <span id={`rule-${rule.code}`}>{title}</span>
              {why && <Caption1 className={styles.why}>{why}</Caption1>}
            </span>
            <Switch
              data-testid={ids.ruleEnabled(rule.code)}
              checked={now.enabled}
              aria-labelledby={`rule-${rule.code}`}
              onChange={(_, d) => onChange(withRule(config, rule, { enabled: d.checked }))}
            />
            <Dropdown
              className={styles.dropdown}
              size="small"
              disabled={!now.enabled}
              data-testid={ids.ruleSeverity(rule.code)}
              aria-label={`${t("settings.severity")}: ${title}`}
              value={t(SEVERITY_WORD[now.severity])}
              selectedOptions={[now.severity]}
              onOptionSelect={(_, d) => d.optionValue && onChange(withRule(config, rule, { severity: d.optionValue as Severity }))}
            >
              {SEVERITIES.map((s) => (
                <Option key={s} value={s}>
                  {t(SEVERITY_WORD[s])}
                </Option>
              ))}
            </Dropdown>
          </React.Fragment>
        );
      })}
    </div>
  );
};
