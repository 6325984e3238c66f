/**
 * Fills problem cells and remembers each cell's previous fill in the workbook settings (ExcelApi 1.4), so
 * clearHighlights puts back exactly what was there; add-in writes cannot be undone by the user (DESIGN.md §8).
 * A cell highlighted twice keeps its first remembered fill. "No fill" is told from white by `fill.pattern`
 * (ExcelApi 1.9, api:rangefill); older hosts read both as "#FFFFFF", and such cells are cleared rather than painted white.
 */
import { cellAddress } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";
import { STATUS_COLORS } from "./styleTable";

export const HIGHLIGHTS_KEY = "plankadry.highlights";

/** Remembered fills by worksheet id, then by cell address; null = no fill. */
type Remembered = Record<string, Record<string, string | null>>;

export interface HighlightCell {
  /** 1-based, as a user sees it. */
  readonly row: number;
  readonly col: number;
}

function previousFill(fill: Excel.RangeFill, withPattern: boolean): string | null {
  if (withPattern) return fill.pattern === "None" ? null : fill.color;
  return fill.color === "#FFFFFF" ? null : fill.color;
}

function readRemembered(setting: Excel.Setting): Remembered {
  const value: unknown = setting.isNullObject ? null : setting.value;
  return typeof value === "object" && value !== null ? (value as Remembered) : {};
}

function saveRemembered(context: Excel.RequestContext, setting: Excel.Setting, remembered: Remembered): void {
  for (const id of Object.keys(remembered)) if (Object.keys(remembered[id]).length === 0) delete remembered[id];
  if (Object.keys(remembered).length) context.workbook.settings.add(HIGHLIGHTS_KEY, remembered);
  else if (!setting.isNullObject) setting.delete();
}

export async function highlightCells(host: ExcelHost, sheet: string, cells: readonly HighlightCell[], style: keyof typeof STATUS_COLORS = "warn"): Promise<void> {
  const withPattern = supports(host, "1.9");
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet).load("id");
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
    const addresses = [...new Set(cells.map((c) => cellAddress(c.row - 1, c.col - 1)))];
    const fills = addresses.map((a) => ws.getRange(a).format.fill.load(withPattern ? "color,pattern" : "color"));
    await context.sync();
    const remembered = readRemembered(setting);
    const mine = (remembered[ws.id] ??= {});
    addresses.forEach((address, i) => {
      if (!(address in mine)) mine[address] = previousFill(fills[i], withPattern);
      ws.getRange(address).format.fill.color = STATUS_COLORS[style].fill;
    });
    saveRemembered(context, setting, remembered);
    await context.sync();
  });
}

/** Restores remembered fills on one sheet (by name) or on every sheet; returns how many cells were restored. */
export async function clearHighlights(host: ExcelHost, sheet?: string): Promise<number> {
  return host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const remembered = readRemembered(setting);
    let restored = 0;
    for (const ws of sheets.items) {
      const mine = remembered[ws.id];
      if (!mine || (sheet !== undefined && ws.name !== sheet)) continue;
      for (const [address, fill] of Object.entries(mine)) {
        const f = ws.getRange(address).format.fill;
        if (fill === null) f.clear();
        else f.color = fill;
        restored++;
      }
      delete remembered[ws.id];
    }
    // Entries of deleted sheets are dropped when clearing everything.
    if (sheet === undefined) for (const id of Object.keys(remembered)) if (!sheets.items.some((w) => w.id === id)) delete remembered[id];
    saveRemembered(context, setting, remembered);
    await context.sync();
    return restored;
  });
}
