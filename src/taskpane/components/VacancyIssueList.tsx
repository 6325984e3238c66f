import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Issue } from "../../core/issues/issue";
import { formatIssue } from "../../core/issues/formatIssue";
import { ids } from "../ids";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  go: { minWidth: "0", height: "auto", justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
});

export interface VacancyIssueListProps {
  readonly issues: readonly Issue[];
  readonly busy: boolean;
  /** Selects the row of the issue on its sheet; absent where the rows are in files, not in the workbook. */
  readonly onGo?: (issue: Issue) => void;
  /** At most this many are listed (the «замечания» sheet lists them all). */
  readonly limit?: number;
}

/** Remarks about the vacancy tables, folded under their count; each one a button that selects its row, as in «Проверка». */
export const VacancyIssueList: React.FC<VacancyIssueListProps> = ({ issues, busy, onGo, limit = 100 }) => {
  const { t, locale } = usePane();
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="details">
        <AccordionHeader size="small">{t("vacancies.issues", { count: issues.length })}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {issues.slice(0, limit).map((issue, i) => {
              const r = formatIssue(issue, locale);
              const at = r.row && r.sheet ? { sheet: r.sheet, row: r.row } : null;
              return (
                <li key={i}>
                  {at && onGo ? (
                    <Button appearance="subtle" size="small" className={styles.go} disabled={busy} data-testid={ids.vacancyIssue(issue.code)} aria-label={`${t("validation.goTo", at)}. ${r.message}`} onClick={() => onGo(issue)}>
                      {t("vacancies.issueAt", { ...at, message: r.message })}
                    </Button>
                  ) : at ? (
                    t("vacancies.issueAt", { ...at, message: r.message })
                  ) : (
                    r.message
                  )}
                </li>
              );
            })}
            {issues.length > limit && <li>{t("vacancies.more", { count: issues.length - limit })}</li>}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
};
