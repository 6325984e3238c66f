import type { Highlight } from "../core/plan/validate";
import { PLAN_SHEET_LAYOUT } from "../core/plan/planSheets";
import type { Severity } from "../core/issues/issue";
import { cellAddress, type SheetSpec } from "../core/sheet/sheetSpec";
import { addCellNotes, clearCellNotes, clearHighlights, describeExcelError, type ExcelHost, highlightCells, readUsedRange, selectCell, writeSheets } from "../excel";
import { loadOwnedSheets } from "../excel/ownedSheets";
import type { PaneServices, PaneSettingsStore, WriteProgressOptions } from "./services";

/** The parts of the Office global the pane reads (the real one, or the fake's in the browser tests). */
export interface OfficeGlobal {
  readonly context: {
    readonly displayLanguage?: string;
    readonly officeTheme?: { readonly bodyBackgroundColor?: string; readonly bodyForegroundColor?: string; readonly isDarkTheme?: boolean };
    readonly document: { readonly settings: { get(name: string): unknown; set(name: string, value: unknown): void; remove(name: string): void; saveAsync(callback?: (result: { status: unknown; error?: unknown }) => void): void } };
  };
}

const SEVERITY_STYLE: Readonly<Record<Exclude<Severity, "info">, "bad" | "warn">> = { error: "bad", warning: "warn" };

/** PaneServices on Excel: reads and writes through src/excel; the few extra calls are one Excel.run each. */
export function excelServices(host: ExcelHost, office: OfficeGlobal): PaneServices {
  return {
    readActiveSheet: (opts) => readUsedRange(host, { selection: opts?.selection ?? false }),
    readSheet: (name) => readUsedRange(host, { sheet: name }),
    listSheets: () => listSheets(host),
    ownedSheets: () => ownedSheets(host),
    writeSheets: (specs, opts) => writeAll(host, specs, opts),
    setCellText: (sheet, row, col, text) => setCellText(host, sheet, row, col, text),
    selectCell: (sheet, row, col) => selectCell(host, sheet, row, col),
    watchSheet: (sheet, onChange) => watchSheet(host, sheet, onChange),
    watchSheetList: (onChange) => watchSheetList(host, onChange),
    highlight: (sheet, highlights) => highlight(host, sheet, highlights),
    clearHighlights: async (sheet) => void (await clearHighlights(host, sheet)),
    annotate: (sheet, highlights) => addCellNotes(host, sheet, highlights.map((h) => ({ ...planCell(h), text: h.message }))),
    clearNotes: async (sheet) => void (await clearCellNotes(host, sheet)),
    settings: documentSettings(office),
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

/**
 * One onChanged registration per sheet for the pane's lifetime; watchers come and go in a set. (Removing an Office
 * event handler needs the context it was added in, which ends with Excel.run: keeping one quiet handler is simpler.)
 */
const watchers = new Map<string, Set<() => void>>();

async function watchSheet(host: ExcelHost, sheet: string, onChange: () => void): Promise<() => void> {
  const key = sheet.toLowerCase();
  let set = watchers.get(key);
  if (!set) {
    const created = new Set<() => void>();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).onChanged.add(async () => created.forEach((f) => f()));
      await context.sync();
    });
    watchers.set(key, (set = created));
  }
  const watching = set;
  watching.add(onChange);
  return () => void watching.delete(onChange);
}

/** Watchers of the sheet list, behind one onAdded and one onDeleted registration (as for onChanged above). */
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

/**
 * The adapter removes a sheet cancelled half-way; here the sheets this call finished before the cancellation go
 * too, when they are new: a cancelled operation leaves the workbook without any of its new sheets.
 */
async function writeAll(host: ExcelHost, specs: readonly SheetSpec[], opts: WriteProgressOptions = {}): Promise<string[]> {
  const before = new Set((await listSheets(host)).names.map((n) => n.toLowerCase()));
  try {
    const result = await writeSheets(host, specs, { onProgress: opts.onProgress, signal: opts.signal });
    return result.sheets.map((s) => s.sheet);
  } catch (err) {
    if (opts.signal?.aborted) await deleteNewSheets(host, before).catch(() => undefined);
    throw err;
  }
}

async function deleteNewSheets(host: ExcelHost, before: ReadonlySet<string>): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const fresh = sheets.items.filter((s) => !before.has(s.name.toLowerCase()));
    if (fresh.length === 0) return;
    for (const s of fresh) s.delete();
    await context.sync();
  });
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

/** Office.context.document.settings as a string store; values are kept as strings so JSON stays as the user typed it. */
function documentSettings(office: OfficeGlobal): PaneSettingsStore {
  const s = office.context.document.settings;
  return {
    get: (key) => {
      const v = s.get(key);
      return typeof v === "string" ? v : v === null || v === undefined ? null : JSON.stringify(v);
    },
    set: (key, value) => (value === null ? s.remove(key) : s.set(key, value)),
    save: () =>
      new Promise<void>((resolve, reject) =>
        s.saveAsync((r) => (r.status === "failed" || r.status === "Failed" || r.error ? reject(r.error ?? new Error("saveAsync failed")) : resolve())),
      ),
  };
}
