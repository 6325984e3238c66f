import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeHost } from "../excel";
import { localeFromDisplayLanguage, translator } from "../i18n";
import { OutsideOffice } from "./components/OutsideOffice";
import { Pane } from "./components/Pane";
import { excelServices } from "./excelServices";

/* global document, window, Office, Excel */

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

/**
 * Boot (STYLE §11): render only after Office.onReady, and only in Excel. Office.js missing (a plain browser, no
 * network) or another host gets a plain explanation instead of a blank pane.
 */
if (typeof Office === "undefined") {
  outside(null);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
      outside(info.host ? String(info.host) : null);
      return;
    }
    const forcedColors = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
    root?.render(<Pane services={excelServices(officeHost(Excel, Office), Office)} forcedColors={forcedColors} />);
  });
}
