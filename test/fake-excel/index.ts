/**
 * A strict fake of the Excel JavaScript API, for jest (node) and for a browser page (no Node APIs here).
 * `createFakeExcel()` returns objects shaped like the globals `Excel` and `Office`, the workbook state behind them
 * and sync statistics. What real Excel enforces, the fake enforces: see the tests in this folder.
 */
import { parseAddress } from "./address";
import { createStats, FakeRequestContext, versionAtLeast, type FakeExcelOptions, type FakeRuntime, type FakeStats } from "./context";
import { FakeRichApiError, fail } from "./officeError";
import { cellAt, FakeWorkbookState, type CellScalar } from "./state";
import { coerceInput } from "./coerce";
import { FakeDocumentSettings } from "./documentSettings";
import { changeEvent } from "./worksheetEvents";

export { FakeRichApiError } from "./officeError";
export { FakeWorkbookState } from "./state";
export type { FakeExcelOptions, FakeStats } from "./context";
export { FakeRequestContext } from "./context";
export { FakeDocumentSettings } from "./documentSettings";

export interface FakeExcel {
  readonly Excel: { run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> };
  readonly Office: {
    readonly context: {
      readonly requirements: { isSetSupported(name: string, version?: string): boolean };
      readonly displayLanguage: string;
      readonly document: { readonly settings: FakeDocumentSettings };
    };
    readonly HostType: { readonly Excel: "Excel" };
  };
  readonly OfficeExtension: { readonly Error: typeof FakeRichApiError };
  readonly workbook: FakeWorkbookState;
  readonly stats: FakeStats;
  /** A user typing into one cell: coerced like a values write, then onChanged handlers of that sheet fire. */
  simulateEdit(sheet: string, address: string, value: CellScalar): Promise<void>;
  /** A user adding a sheet (with values, as given) or deleting one: worksheets.onAdded / onDeleted handlers fire. */
  simulateAddSheet(name: string, values?: readonly (readonly CellScalar[])[]): void;
  simulateDeleteSheet(name: string): void;
}

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  const state = new FakeWorkbookState();
  state.addSheet("Лист1");
  const stats = createStats();
  const runtime: FakeRuntime = {
    state,
    stats,
    apiVersion: opts.apiVersion ?? "1.18",
    payloadLimit: opts.payloadLimit ?? 5 * 1024 * 1024,
    displayLocale: opts.displayLocale ?? "ru-RU",
    currentYear: opts.currentYear ?? new Date().getUTCFullYear(),
  };
  const run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    stats.runs++;
    const context = new FakeRequestContext(runtime);
    try {
      return await batch(context);
    } finally {
      context.close();
    }
  };
  const isSetSupported = (name: string, version = "1.1") => name === "ExcelApi" && versionAtLeast(runtime.apiVersion, version);
  return {
    Excel: { run },
    Office: { context: { requirements: { isSetSupported }, displayLanguage: runtime.displayLocale, document: { settings: new FakeDocumentSettings(state) } }, HostType: { Excel: "Excel" } },
    OfficeExtension: { Error: FakeRichApiError },
    workbook: state,
    stats,
    simulateEdit: async (sheetName, address, value) => {
      const sheet = state.sheetByName(sheetName) ?? fail("ItemNotFound", "simulateEdit");
      const parsed = parseAddress(address) ?? fail("InvalidArgument", "simulateEdit");
      const cell = cellAt(sheet, parsed.area.top, parsed.area.left);
      const before = cell.value;
      const coerced = coerceInput(value, cell.numberFormat, "simulateEdit", runtime.currentYear);
      if (coerced) [cell.value, cell.formula] = [coerced.value, coerced.formula];
      await changeEvent(sheet, address, "Unknown", { valueBefore: before, valueAfter: cell.value })();
    },
    simulateAddSheet: (name, values = []) => {
      if (state.sheetByName(name)) fail("ItemAlreadyExists", "simulateAddSheet");
      state.setValues(name, values);
      state.emitSheetEvent("added", state.sheetByName(name)!);
    },
    simulateDeleteSheet: (name) => {
      const sheet = state.sheetByName(name) ?? fail("ItemNotFound", "simulateDeleteSheet");
      state.sheets = state.sheets.filter((s) => s !== sheet);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id ?? 0;
      state.emitSheetEvent("deleted", sheet);
    },
  };
}
