import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ids } from "../ids";
import type { IssueView, SeverityGroup } from "../logic/issueGroups";
import { usePane } from "../paneContext";
import { IssueItem } from "./IssueItem";
import { SEVERITY_LABEL } from "./IssueFilters";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: "0" },
  list: { listStyleType: "none", margin: "0", padding: "0", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface IssueListProps {
  readonly groups: readonly SeverityGroup[];
  readonly sheet: string;
  readonly planSheet: string;
  readonly busy: boolean;
  readonly canFix: (view: IssueView) => boolean;
  readonly onGo: (view: IssueView) => void;
  readonly onFix: (view: IssueView) => void;
}

/** Issues by severity, then by rule (each rule a collapsible group with its count, all open at first). */
export const IssueList: React.FC<IssueListProps> = ({ groups, sheet, planSheet, busy, canFix, onGo, onFix }) => {
  const { t } = usePane();
  const styles = useStyles();
  // Groups are open unless the user closed them: a rule that starts reporting later opens too.
  const [closed, setClosed] = React.useState<ReadonlySet<string>>(new Set());
  const toggle = (code: string, open: boolean) =>
    setClosed((c) => {
      const next = new Set(c);
      if (open) next.delete(code);
      else next.add(code);
      return next;
    });
  return (
    <>
      {groups.map((g) => (
        <div key={g.severity} className={styles.group} data-testid={ids.issueGroup(g.severity)}>
          <Subtitle2 as="h3" className={styles.heading}>{t("validation.group", { title: t(SEVERITY_LABEL[g.severity]), count: g.count })}</Subtitle2>
          <Accordion
            multiple
            collapsible
            openItems={g.rules.map((r) => r.code).filter((c) => !closed.has(c))}
            onToggle={(_, d) => toggle(String(d.value), d.openItems.includes(d.value))}
          >
            {g.rules.map((r) => (
              <AccordionItem key={r.code} value={r.code} data-testid={ids.ruleGroup(r.code)}>
                <AccordionHeader size="small">{t("validation.group", { title: r.title, count: r.issues.length })}</AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {r.issues.map((v) => (
                      <IssueItem key={v.key} view={v} sheet={sheet} planSheet={planSheet} busy={busy} canFix={canFix(v)} onGo={onGo} onFix={onFix} />
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      ))}
    </>
  );
};
