import type { Highlight } from "../core/plan/validate";
import { PLAN_SHEET_LAYOUT } from "../core/plan/planSheets";
import type { Severity } from "../core/issues/issue";
import { cellAddress, type SheetSpec } from "../core/sheet/sheetSpec";
import { addCellNotes, clearCellNotes } from "./cellNotes";
import { describeExcelError } from "./describeExcelError";
import type { ExcelHost } from "./excelHost";
import { clearHighlights, highlightCells } from "./highlightCells";
import { readUsedRange } from "./readUsedRange";
import { streamUsedRange } from "./streamUsedRange";
import { selectCell } from "./selectCell";
import { SheetWatchers } from "./sheetWatchers";
import { writeSheets } from "./writeSheets";
import type { PaneServices, PaneSettingsStore, WriteProgressOptions } from "../app/services";
import { loadOwnedSheets } from "./ownedSheets";

/** The parts of the Office global the pane reads (the real one, or the fake's in the browser tests). */
export interface OfficeGlobal {
  readonly context: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string; readonly bodyForegroundColor?: string; readonly isDarkTheme?: boolean };
  };
}

const SEVERITY_STYLE: Readonly<Record<Exclude<Severity, "info">, "bad" | "warn">> = { error: "bad", warning: "warn" };

/**
 * PaneServices on Excel: reads and writes through src/excel; the few extra calls are one Excel.run each. The
 * settings are the workbook's (loadWorkbookSettings), the one store the adapter uses too.
 */
export function excelServices(host: ExcelHost, office: OfficeGlobal, settings: PaneSettingsStore): PaneServices {
  const watchers = new SheetWatchers(host);
  return {
    readActiveSheet: (opts) => readUsedRange(host, { selection: opts?.selection ?? false }),
    readSheet: (name, opts) => readUsedRange(host, { sheet: name, ...opts }),
    streamSheet: (name, opts) => streamUsedRange(host, { sheet: name, ...opts }),
    listSheets: () => listSheets(host),
    ownedSheets: () => ownedSheets(host),
    writeSheets: async (specs, opts) => {
      const written = await writeAll(host, specs, opts);
      // The sheets are written; a watch that cannot follow them only costs the automatic re-check.
      await watchers.rewritten(written).catch(() => undefined);
      return written;
    },
    setCellText: (sheet, row, col, text) => setCellText(host, sheet, row, col, text),
    selectCell: (sheet, row, col) => selectCell(host, sheet, row, col),
    watchSheet: (sheet, onChange) => watchers.watch(sheet, onChange),
    watchSheetList: (onChange) => watchSheetList(host, onChange),
    highlight: (sheet, highlights) => highlight(host, sheet, highlights),
    clearHighlights: async (sheet) => void (await clearHighlights(host, sheet)),
    annotate: (sheet, highlights) => addCellNotes(host, sheet, highlights.map((h) => ({ ...planCell(h), text: h.message }))),
    clearNotes: async (sheet) => void (await clearCellNotes(host, sheet)),
    settings,
    displayLanguage: office.context.displayLanguage ?? "ru-RU",
    theme: office.context.officeTheme ?? null,
    describeError: (err, locale) => (isOfficeError(err) ? describeExcelError(err, locale) : null),
    today: () => new Date().toISOString().slice(0, 10),
  };
}

/** Excel's errors carry a string code (RichApi.Error / OfficeExtension.Error); anything else is ours or a bug. */
function isOfficeError(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: unknown; debugInfo?: unknown; name?: unknown };
  return typeof e.code === "string" || typeof e.debugInfo === "object" || e.name === "RichApi.Error" || e.name === "OfficeExtension.Error";
}

/** Watchers of the sheet list, behind one onAdded and one onDeleted registration (one registration for the pane's lifetime, as removing a handler needs the context it was added in). */
const listWatchers = new Set<() => void>();
let listWatched: Promise<void> | null = null;

async function watchSheetList(host: ExcelHost, onChange: () => void): Promise<() => void> {
  listWatched ??= host
    .run(async (context) => {
      const fire = async () => listWatchers.forEach((f) => f());
      context.workbook.worksheets.onAdded.add(fire);
      context.workbook.worksheets.onDeleted.add(fire);
      await context.sync();
    })
    .catch((err: unknown) => {
      listWatched = null;
      throw err;
    });
  await listWatched;
  listWatchers.add(onChange);
  return () => void listWatchers.delete(onChange);
}

async function ownedSheets(host: ExcelHost): Promise<string[]> {
  return host.run(async (context) => {
    const owned = loadOwnedSheets(context, host);
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    await context.sync();
    const ids = new Set(owned().map((o) => o.id));
    return sheets.items.filter((s) => ids.has(s.id)).map((s) => s.name);
  });
}

async function listSheets(host: ExcelHost): Promise<{ names: string[]; active: string }> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return { names: sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name), active: active.name };
  });
}

/** writeSheets leaves none of this call's sheets behind when it is cancelled or fails. */
async function writeAll(host: ExcelHost, specs: readonly SheetSpec[], opts: WriteProgressOptions = {}): Promise<string[]> {
  const result = await writeSheets(host, specs, { onProgress: opts.onProgress, signal: opts.signal });
  return result.sheets.map((s) => s.sheet);
}

/** One cell as text: the "@" format first, so Excel does not read "4.10" as a number or "-…" as a formula. */
async function setCellText(host: ExcelHost, sheet: string, row: number, col: number, text: string): Promise<void> {
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cellAddress(row, col));
    range.numberFormat = [["@"]];
    range.values = [[text]];
    await context.sync();
  });
}

/** Highlights come 0-based on the plan sheet (planSheet layout); the adapter wants 1-based cells and one style per call. */
/** The 1-based cell of the structured plan sheet a highlight names. */
function planCell(h: Highlight): { row: number; col: number } {
  const columns: Readonly<Record<string, number>> = PLAN_SHEET_LAYOUT.columns;
  return { row: h.row + 1, col: columns[h.column] + 1 };
}

async function highlight(host: ExcelHost, sheet: string, highlights: readonly Highlight[]): Promise<void> {
  for (const severity of ["warning", "error"] as const) {
    const cells = highlights.filter((h) => h.severity === severity).map(planCell);
    if (cells.length) await highlightCells(host, sheet, cells, SEVERITY_STYLE[severity]);
  }
}
