import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import { ids } from "../ids";

export interface NoticeProps {
  readonly intent?: "info" | "warning" | "success" | "error";
  readonly children: React.ReactNode;
}

/** A short message under a control: an info line, a warning about data, a confirmation. */
export const Notice: React.FC<NoticeProps> = ({ intent = "info", children }) => (
  <MessageBar intent={intent} layout="multiline" data-testid={ids.notice}>
    <MessageBarBody>{children}</MessageBarBody>
  </MessageBar>
);
