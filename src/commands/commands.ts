import { officeHost } from "../excel";
import { excelServices } from "../taskpane/excelServices";
import { validateActiveSheet } from "./validateActiveSheet";

/* global Office, Excel */

/**
 * Ribbon commands (manifest.xml: FunctionName validateActiveSheet). They run without the pane; event.completed()
 * is called whatever happens, or Office shows the command as still running.
 */
Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", async (event: Office.AddinCommands.Event) => {
    try {
      await validateActiveSheet(excelServices(officeHost(Excel, Office), Office));
    } finally {
      event.completed();
    }
  });
});
