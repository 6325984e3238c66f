import { FluentProvider, teamsHighContrastTheme, type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { localeFromDisplayLanguage, renderMessage, translator } from "../../i18n";
import { DEFAULT_SETTINGS, loadSettings, type PaneSettings, resolveLanguage, saveSettings } from "../../app/paneSettings";
import { type ThemeKind, themeKind } from "../logic/themeKind";
import { PaneContext, type PaneContextValue } from "../paneContext";
import type { PaneServices } from "../../app/services";
import { App } from "./App";

const THEMES: Readonly<Record<ThemeKind, Theme>> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export interface PaneProps {
  readonly services: PaneServices;
  /** The browser's forced-colors (Windows high contrast) mode. */
  readonly forcedColors?: boolean;
}

/** The root: settings from the workbook, the language (Office's or the user's choice), Office's theme. */
export const Pane: React.FC<PaneProps> = ({ services, forcedColors = false }) => {
  const officeLocale = localeFromDisplayLanguage(services.displayLanguage);
  const [loaded] = React.useState(() => loadSettings(services.settings, officeLocale));
  const [settings, setSettings] = React.useState<PaneSettings>(loaded.settings ?? DEFAULT_SETTINGS);
  const locale = resolveLanguage(settings.language, officeLocale);
  const value = React.useMemo<PaneContextValue>(
    () => ({
      services,
      locale,
      t: translator(locale),
      render: (m) => renderMessage(locale, m),
      settings,
      saveSettings: async (next) => {
        await saveSettings(services.settings, next);
        setSettings(next);
      },
    }),
    [services, locale, settings],
  );
  return (
    <FluentProvider theme={THEMES[themeKind(services.theme, forcedColors)]} lang={locale}>
      <PaneContext.Provider value={value}>
        <App problems={loaded.problems} />
      </PaneContext.Provider>
    </FluentProvider>
  );
};
