/**
 * Worksheet.onChanged (ExcelApi 1.7) for sheets watched by name. A handler belongs to one worksheet object; the
 * add-in's rewrite of a sheet replaces it (the old one is deleted, the new one renamed), so a registration is
 * remembered with the worksheet id it was made on and made again when the sheet of that name has another id.
 * Handlers are never removed: that needs the request context they were added in, which ends with Excel.run;
 * a listener set that empties keeps one quiet handler instead.
 */
import type { ExcelHost } from "./excelHost";

interface Watch {
  readonly listeners: Set<() => void>;
  /** The worksheet id the handler is on, or null before the first registration. */
  sheetId: string | null;
}

export class SheetWatchers {
  private readonly byName = new Map<string, Watch>();

  constructor(private readonly host: ExcelHost) {}

  /** Calls `onChange` after every change of the sheet's data; returns the function that stops it. */
  async watch(sheet: string, onChange: () => void): Promise<() => void> {
    const key = sheet.toLowerCase();
    const watch = this.byName.get(key) ?? { listeners: new Set<() => void>(), sheetId: null };
    this.byName.set(key, watch);
    watch.listeners.add(onChange);
    try {
      await this.register(sheet, watch);
    } catch (err) {
      watch.listeners.delete(onChange);
      throw err;
    }
    return () => void watch.listeners.delete(onChange);
  }

  /** After the add-in rewrote sheets: watched names that now stand for a new worksheet get a handler on it. */
  async rewritten(sheets: readonly string[]): Promise<void> {
    for (const sheet of sheets) {
      const watch = this.byName.get(sheet.toLowerCase());
      if (watch && watch.listeners.size > 0) await this.register(sheet, watch);
    }
  }

  private async register(sheet: string, watch: Watch): Promise<void> {
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet).load("id");
      await context.sync();
      if (watch.sheetId === ws.id) return;
      const id = ws.id;
      // Events of a replaced sheet cannot come any more; the id check keeps a stale handler quiet all the same.
      ws.onChanged.add(async () => {
        if (watch.sheetId === id) watch.listeners.forEach((f) => f());
      });
      await context.sync();
      watch.sheetId = id;
    });
  }
}
