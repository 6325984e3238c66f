import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", border: "none", margin: "0", padding: "0", gap: tokens.spacingVerticalXXS },
  legend: { padding: "0", marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export interface SheetChecklistProps {
  readonly legend: string;
  readonly names: readonly string[];
  readonly checked: ReadonlySet<string>;
  readonly onChange: (checked: ReadonlySet<string>) => void;
  readonly testId: (name: string) => string;
}

/** A labelled group of checkboxes, one per sheet. */
export const SheetChecklist: React.FC<SheetChecklistProps> = ({ legend, names, checked, onChange, testId }) => {
  const styles = useStyles();
  const toggle = (name: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  };
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {names.map((n) => (
        <Checkbox key={n} label={n} checked={checked.has(n)} data-testid={testId(n)} onChange={(_, d) => toggle(n, Boolean(d.checked))} />
      ))}
    </fieldset>
  );
};
