import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeStart } from "../excel/officeBoot";
import { localeFromDisplayLanguage, translator } from "../i18n";
import { OutsideOffice } from "./components/OutsideOffice";
import { Pane } from "./components/Pane";

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

if (!unsupported) officeStart((start) => {
  if (start.kind === "outside") {
    outside(start.host);
    return;
  }
  const forcedColors = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  root?.render(<Pane services={start.services} forcedColors={forcedColors} />);
});
