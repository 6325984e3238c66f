import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { localeFromDisplayLanguage } from "../i18n";
import { WebApp } from "./WebApp";

/* global document, navigator */

const root = document.getElementById("container");
// Russian unless the browser asks for another language; ?lang=en or ?lang=ru overrides.
const asked = new URLSearchParams(document.location.search).get("lang") ?? navigator.language;
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp locale={localeFromDisplayLanguage(asked)} />
    </FluentProvider>,
  );
}
