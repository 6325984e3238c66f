import { Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SEVERITIES, type Severity } from "../../core/issues/issue";
import type { MessageId } from "../../i18n";
import { ids } from "../ids";
import type { IssueFilter } from "../logic/issueGroups";
import { usePane } from "../paneContext";
import { MEANING_LABEL } from "./ColumnPreview";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
});

export const SEVERITY_LABEL = { error: "severity.error", warning: "severity.warning", info: "severity.info" } as const satisfies Record<Severity, MessageId>;
const ALL = "*";

export interface IssueFiltersProps {
  readonly filter: IssueFilter;
  readonly rules: readonly { code: string; title: string; count: number }[];
  readonly columns: readonly string[];
  readonly onChange: (f: IssueFilter) => void;
}

/** Severity, rule and column filters; each offers only what the issues contain. */
export const IssueFilters: React.FC<IssueFiltersProps> = ({ filter, rules, columns, onChange }) => {
  const { t } = usePane();
  const styles = useStyles();
  const columnLabel = (c: string) => (c in MEANING_LABEL ? t(MEANING_LABEL[c as keyof typeof MEANING_LABEL]) : c);
  const pick = (value: string | undefined) => (value === undefined || value === ALL ? null : value);
  return (
    <div className={styles.row}>
      <Field label={t("validation.filterSeverity")}>
        <Dropdown
          className={styles.dropdown}
          data-testid={ids.filterSeverity}
          value={filter.severity ? t(SEVERITY_LABEL[filter.severity]) : t("validation.all")}
          selectedOptions={[filter.severity ?? ALL]}
          onOptionSelect={(_, d) => onChange({ ...filter, severity: pick(d.optionValue) as Severity | null })}
        >
          <Option value={ALL}>{t("validation.all")}</Option>
          {SEVERITIES.map((s) => (
            <Option key={s} value={s}>
              {t(SEVERITY_LABEL[s])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("validation.filterRule")}>
        <Dropdown
          className={styles.dropdown}
          data-testid={ids.filterRule}
          value={rules.find((r) => r.code === filter.rule)?.title ?? t("validation.all")}
          selectedOptions={[filter.rule ?? ALL]}
          onOptionSelect={(_, d) => onChange({ ...filter, rule: pick(d.optionValue) })}
        >
          <Option value={ALL}>{t("validation.all")}</Option>
          {rules.map((r) => (
            <Option key={r.code} value={r.code} text={r.title}>
              {`${r.title} (${r.count})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("validation.filterColumn")}>
        <Dropdown
          className={styles.dropdown}
          data-testid={ids.filterColumn}
          value={filter.column ? columnLabel(filter.column) : t("validation.all")}
          selectedOptions={[filter.column ?? ALL]}
          onOptionSelect={(_, d) => onChange({ ...filter, column: pick(d.optionValue) })}
        >
          <Option value={ALL}>{t("validation.all")}</Option>
          {columns.map((c) => (
            <Option key={c} value={c} text={columnLabel(c)}>
              {columnLabel(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
};
