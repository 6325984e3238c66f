import { createContext, useContext } from "react";
import type { Message, PaneLocale, Translate } from "../i18n";
import type { PaneSettings } from "../app/paneSettings";
import type { PaneServices } from "../app/services";

/** What every tab needs: the injected services, the language and the settings stored in the workbook. */
export interface PaneContextValue {
  readonly services: PaneServices;
  readonly locale: PaneLocale;
  readonly t: Translate;
  /** Renders a Message kept in state (an error, a result line). */
  readonly render: (m: Message) => string;
  readonly settings: PaneSettings;
  readonly saveSettings: (s: PaneSettings) => Promise<void>;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane outside <Pane>");
  return value;
}
