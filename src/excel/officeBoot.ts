/// <reference types="office-js" />
import type { PaneServices } from "../app/services";
import type { PaneLocale } from "../i18n";
import { officeHost } from "./excelHost";
import { excelServices } from "./excelServices";
import { describeExcelError } from "./describeExcelError";
import { loadWorkbookSettings, unreadWorkbookSettings } from "./workbookSettingsStore";

/* global Office, Excel */

/**
 * Where the page finds itself once Office.js has answered: in Excel, in Excel but unable to read the workbook's
 * settings (the pane says why and offers to retry or go on with defaults), or not in Excel (a plain browser,
 * another Office app).
 */
export type OfficeStart =
  | { readonly kind: "excel"; readonly services: PaneServices }
  | {
      readonly kind: "settingsUnread";
      readonly displayLanguage: string;
      readonly reason: (locale: PaneLocale) => string;
      readonly retry: () => Promise<OfficeStart>;
      readonly withDefaults: () => PaneServices;
    }
  | { readonly kind: "outside"; readonly host: string | null };

/** The services on the real globals; only called once Office.onReady has said the host is Excel. */
async function realServices(): Promise<PaneServices> {
  const host = officeHost(Excel, Office);
  return excelServices(host, Office, await loadWorkbookSettings(host));
}

/** The pane's start in Excel: the services over the workbook's settings, or why those could not be read. */
async function excelStart(): Promise<OfficeStart> {
  const host = officeHost(Excel, Office);
  try {
    return { kind: "excel", services: excelServices(host, Office, await loadWorkbookSettings(host)) };
  } catch (error) {
    return {
      kind: "settingsUnread",
      displayLanguage: Office.context.displayLanguage,
      reason: (locale) => describeExcelError(error, locale),
      retry: excelStart,
      withDefaults: () => excelServices(host, Office, unreadWorkbookSettings(host)),
    };
  }
}

/**
 * Boot (STYLE §11): waits for Office.onReady and says whether the page runs in Excel. Office.js missing (a plain
 * browser, no network) or another host is reported, so the pane can explain instead of staying blank.
 */
export function officeStart(onStart: (start: OfficeStart) => void): void {
  if (typeof Office === "undefined") {
    onStart({ kind: "outside", host: null });
    return;
  }
  void Office.onReady(async (info) => {
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") onStart({ kind: "outside", host: info.host ? String(info.host) : null });
    else onStart(await excelStart());
  });
}

/**
 * A ribbon command (manifest.xml FunctionName), associated at the top level of the commands page as Microsoft's
 * template does — not inside onReady, which may resolve after Office looks the function up. event.completed() is
 * called whatever happens, or Office shows the command as still running.
 */
export function associateCommand(name: string, command: (services: PaneServices) => Promise<void>): void {
  Office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
    try {
      await Office.onReady();
      await command(await realServices());
    } finally {
      event.completed();
    }
  });
}
