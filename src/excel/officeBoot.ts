/// <reference types="office-js" />
import type { PaneServices } from "../app/services";
import { officeHost } from "./excelHost";
import { excelServices } from "./excelServices";
import { loadWorkbookSettings } from "./workbookSettingsStore";

/* global Office, Excel */

/** Where the page finds itself once Office.js has answered: in Excel, or not (a plain browser, another Office app). */
export type OfficeStart = { readonly kind: "excel"; readonly services: PaneServices } | { readonly kind: "outside"; readonly host: string | null };

/** The services on the real globals; only called once Office.onReady has said the host is Excel. */
async function realServices(): Promise<PaneServices> {
  const host = officeHost(Excel, Office);
  return excelServices(host, Office, await loadWorkbookSettings(host));
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
    else onStart({ kind: "excel", services: await realServices() });
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
