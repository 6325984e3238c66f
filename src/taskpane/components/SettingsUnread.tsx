import { Body1, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../i18n";
import { ids } from "../ids";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SettingsUnreadProps {
  readonly t: Translate;
  /** Why reading failed, in the user's language (Excel's error code and place kept for support). */
  readonly reason: string;
  readonly onRetry: () => void;
  readonly onDefaults: () => void;
}

/**
 * Shown instead of a blank pane when the workbook's settings cannot be read at start: the reason, and two ways on —
 * read them again, or work with the default settings (a save then writes only what the user changes).
 */
export const SettingsUnread: React.FC<SettingsUnreadProps> = ({ t, reason, onRetry, onDefaults }) => {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  return (
    <div className={styles.root} data-testid={ids.settingsUnread}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("boot.settingsUnread")}</MessageBarTitle>
          {reason}
        </MessageBarBody>
      </MessageBar>
      <Body1>{t("boot.settingsUnreadWhat")}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={ids.settingsDefaults} disabled={busy} onClick={onDefaults}>
          {t("boot.withDefaults")}
        </Button>
        <Button
          data-testid={ids.settingsRetry}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onRetry();
          }}
        >
          {t("boot.retry")}
        </Button>
      </div>
    </div>
  );
};
