import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface IssueDetailsProps {
  /** The header: what and how many. */
  readonly title: string;
  readonly lines: readonly string[];
  /** At most this many lines are listed (the sheets written list them all). */
  readonly limit?: number;
}

/** Remarks about the data, folded under their count: useful on demand, never a wall of text over the results. */
export const IssueDetails: React.FC<IssueDetailsProps> = ({ title, lines, limit = 50 }) => {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="details">
        <AccordionHeader size="small">{title}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {lines.slice(0, limit).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {lines.length > limit && <li>…</li>}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
};
