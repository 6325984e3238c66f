import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Severity } from "../../core/issues/issue";
import { ids } from "../ids";
import type { IssueView } from "../logic/issueGroups";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  go: {
    flexGrow: 1,
    minWidth: "0",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  // Break between words (and inside a word only when it does not fit a line at all): at 320 px «anywhere» cut words in two.
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "break-word", hyphens: "auto", minWidth: "0", whiteSpace: "pre-line" },
  where: { color: tokens.colorNeutralForeground3 },
  suggestion: { color: tokens.colorBrandForeground1 },
  fix: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
});

const SEVERITY_CLASS: Readonly<Record<Severity, "error" | "warning" | "info">> = { error: "error", warning: "warning", info: "info" };

export interface IssueItemProps {
  readonly view: IssueView;
  readonly sheet: string;
  readonly canFix: boolean;
  readonly busy: boolean;
  readonly planSheet: string;
  readonly onGo: (view: IssueView) => void;
  readonly onFix: (view: IssueView) => void;
}

/** One issue: where it is and what it says, as a button that selects its source cell; a Fix button when one applies. */
export const IssueItem: React.FC<IssueItemProps> = ({ view, sheet, canFix, busy, planSheet, onGo, onFix }) => {
  const { t } = usePane();
  const styles = useStyles();
  const r = view.rendered;
  const where = r.row === null ? t("validation.wherePlan") : r.item ? t("validation.where", { item: r.item, row: r.row }) : t("validation.whereRow", { row: r.row });
  return (
    <li className={mergeClasses(styles.row, styles[SEVERITY_CLASS[r.severity]])}>
      <Button
        appearance="subtle"
        className={styles.go}
        disabled={r.row === null || busy}
        data-testid={ids.issue(r.code)}
        aria-label={r.row === null ? undefined : `${t("validation.goTo", { sheet: r.sheet ?? sheet, row: r.row })}. ${r.message}`}
        onClick={() => onGo(view)}
      >
        <span className={styles.text}>
          <Caption1 className={styles.where}>{where}</Caption1>
          <span>{r.message}</span>
          {r.suggestion && <Caption1 className={styles.suggestion}>{t("validation.suggestion", { suggestion: r.suggestion })}</Caption1>}
        </span>
      </Button>
      {canFix && (
        <Button
          className={styles.fix}
          size="small"
          disabled={busy}
          data-testid={ids.issueFix(r.code)}
          aria-label={t("validation.fixLabel", { sheet: planSheet, suggestion: r.suggestion ?? "" })}
          onClick={() => onFix(view)}
        >
          {t("validation.fix")}
        </Button>
      )}
    </li>
  );
};
