/**
 * The add-in's one settings store: the workbook's settings (ExcelApi 1.4), which the adapter also uses for the
 * sheets it owns, its highlights and its notes. Office.context.document.settings is the same storage seen through
 * an in-memory copy whose saveAsync writes the whole copy back, so mixing the two lets a save of the pane's
 * settings wipe what the adapter wrote since (issue 14, defect 5). Here a save writes only the keys changed.
 */
import type { PaneSettingsStore } from "../app/services";
import type { ExcelHost } from "./excelHost";

/** Reads every setting once (one Excel.run); `get` then answers from that copy, `save` writes the changes. */
export async function loadWorkbookSettings(host: ExcelHost): Promise<PaneSettingsStore> {
  const copy = await host.run(async (context) => {
    const items = context.workbook.settings.load("items/key,items/value");
    await context.sync();
    return new Map(items.items.map((s) => [s.key, asText(s.value)]));
  });
  return workbookSettings(host, copy);
}

/**
 * The store when the settings could not be read: every setting reads as unset (defaults), and a save still writes
 * only the keys the user changed, so what the workbook holds is not wiped.
 */
export function unreadWorkbookSettings(host: ExcelHost): PaneSettingsStore {
  return workbookSettings(host, new Map());
}

function workbookSettings(host: ExcelHost, copy: Map<string, string | null>): PaneSettingsStore {
  const changed = new Map<string, string | null>();
  return {
    get: (key) => (changed.has(key) ? changed.get(key)! : (copy.get(key) ?? null)),
    set: (key, value) => void changed.set(key, value),
    save: async () => {
      if (changed.size === 0) return;
      const pending = new Map(changed);
      await host.run(async (context) => {
        const settings = context.workbook.settings;
        const removed = [...pending].filter(([, v]) => v === null).map(([key]) => settings.getItemOrNullObject(key));
        for (const [key, value] of pending) if (value !== null) settings.add(key, value);
        await context.sync();
        for (const s of removed) if (!s.isNullObject) s.delete();
        await context.sync();
      });
      for (const [key, value] of pending) {
        if (value === null) copy.delete(key);
        else copy.set(key, value);
        if (changed.get(key) === value) changed.delete(key);
      }
    },
  };
}

/** Values are kept as text so JSON stays as the user typed it; a value stored as JSON by an older version is shown as JSON. */
function asText(value: unknown): string | null {
  return typeof value === "string" ? value : value === null || value === undefined ? null : JSON.stringify(value);
}
