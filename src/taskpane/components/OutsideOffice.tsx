import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../i18n";
import { ids } from "../ids";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface OutsideOfficeProps {
  readonly t: Translate;
  /** The Office application the pane was opened in, when it is not Excel; null when Office is not there at all. */
  readonly host: string | null;
}

/** What the pane shows when it cannot work: opened in a plain browser, Office.js missing, or another Office app. */
export const OutsideOffice: React.FC<OutsideOfficeProps> = ({ t, host }) => {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid={ids.outside}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("outside.title")}</MessageBarTitle>
          {host ? t("outside.wrongHost", { host }) : t("outside.noOffice")}
        </MessageBarBody>
      </MessageBar>
      <Body1>{t("outside.whatToDo")}</Body1>
    </div>
  );
};
