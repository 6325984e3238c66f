import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Operation } from "../hooks/useOperation";
import { ids } from "../ids";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  // The button is pinned to the top and the bar centred on it by padding, so a progress message that wraps to more
  // lines grows the status downwards and never moves the button under the user's pointer.
  running: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1, paddingTop: "14px" },
});

export interface OperationStatusProps {
  readonly op: Operation;
}

/** Progress and a Cancel button while an operation runs; then its result, error or cancellation. */
export const OperationStatus: React.FC<OperationStatusProps> = ({ op }) => {
  const { t, render } = usePane();
  const styles = useStyles();
  const s = op.state;
  switch (s.status) {
    case "idle":
      return null;
    case "running":
      return (
        <div className={styles.running} data-testid={ids.opProgress}>
          <Field className={styles.bar} validationMessage={s.progress ? render(s.progress) : t("boot.loading")} validationState="none">
            <ProgressBar value={s.fraction ?? undefined} thickness="large" />
          </Field>
          <Button data-testid={ids.opCancel} onClick={op.cancel} disabled={s.cancelling}>
            {s.cancelling ? t("op.cancelling") : t("op.cancel")}
          </Button>
        </div>
      );
    case "done":
      return s.result || s.cancelTooLate ? (
        <MessageBar intent="success" data-testid={ids.opDone} layout="multiline">
          <MessageBarBody>
            {s.result && render(s.result)}
            {s.cancelTooLate && <div data-testid={ids.opCancelTooLate}>{t("op.cancelTooLate")}</div>}
          </MessageBarBody>
        </MessageBar>
      ) : null;
    case "cancelled":
      return (
        <MessageBar intent="warning" data-testid={ids.opCancelled}>
          <MessageBarBody>{t("op.cancelled")}</MessageBarBody>
        </MessageBar>
      );
    case "error":
      return (
        <MessageBar intent="error" data-testid={ids.opError} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("op.errorTitle")}</MessageBarTitle>
            {render(s.error)}
          </MessageBarBody>
        </MessageBar>
      );
  }
};
