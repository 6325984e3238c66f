import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { type OfficeStart, officeStart } from "../excel/officeBoot";
import type { PaneServices } from "../app/services";
import { localeFromDisplayLanguage, translator } from "../i18n";
import { OutsideOffice } from "./components/OutsideOffice";
import { Pane } from "./components/Pane";
import { SettingsUnread } from "./components/SettingsUnread";

/* global document, window */

const rootElement = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

function outside(host: string | null): void {
  const lang = typeof navigator !== "undefined" ? navigator.language : null;
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <OutsideOffice t={translator(localeFromDisplayLanguage(lang))} host={host} />
    </FluentProvider>,
  );
}

/** Set by the webview guard in taskpane.html where this bundle's features are missing: its message stays. */
const unsupported = (window as { __plankadryUnsupported?: boolean }).__plankadryUnsupported === true;

function pane(services: PaneServices): void {
  const forcedColors = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  root?.render(<Pane services={services} forcedColors={forcedColors} />);
}

/** Each answer renders anew: a retry that fails again shows the screen with its buttons enabled. */
let attempt = 0;

function start(s: OfficeStart): void {
  if (s.kind === "outside") outside(s.host);
  else if (s.kind === "excel") pane(s.services);
  else {
    const locale = localeFromDisplayLanguage(s.displayLanguage);
    root?.render(
      <FluentProvider theme={webLightTheme}>
        <SettingsUnread key={++attempt} t={translator(locale)} reason={s.reason(locale)} onRetry={() => void s.retry().then(start)} onDefaults={() => pane(s.withDefaults())} />
      </FluentProvider>,
    );
  }
}

if (!unsupported) officeStart(start);
