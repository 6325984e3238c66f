import type { Grid, GridRow } from "../core/grid";
import type { Highlight } from "../core/plan/validate";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import type { PaneLocale } from "../i18n";

/** A range read from the workbook: the sheet, its A1 address and the cells as a Grid (rows are sheet rows). */
export interface SheetRead {
  readonly sheet: string;
  readonly address: string;
  readonly grid: Grid;
  /** Rows of the whole range, also when only its first rows were read (`maxRows`). */
  readonly totalRows: number;
}

export interface ReadSheetOptions {
  /** Read only this many rows from the top (a sheet's head: title and header, with their merged cells). */
  readonly maxRows?: number;
  /** After every chunk of rows: rows read so far of the rows to read. */
  readonly onProgress?: (read: number, total: number) => void;
  /** A cancelled read stops between chunks (AbortError). */
  readonly signal?: AbortSignal;
}

/** A sheet read chunk by chunk, its rows handed on and dropped (streamSheet). */
export interface SheetStreamed {
  readonly sheet: string;
  readonly totalRows: number;
  /** False when the reader stopped before the last row. */
  readonly complete: boolean;
}

export interface StreamSheetOptions {
  /** Each chunk's rows (sheet rows with their number formats applied, no merges, no hidden marks), the rows read so
   *  far and the sheet's rows; false stops the reading. */
  readonly onRows: (rows: readonly GridRow[], read: number, total: number) => boolean;
  readonly signal?: AbortSignal;
}

export interface WriteProgressOptions {
  /** `done` may be fractional (sheets written so far, with the current sheet's share of chunks written). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Document settings stored with the workbook (Office.context.document.settings). */
export interface PaneSettingsStore {
  get(key: string): string | null;
  /** Sets in memory (null removes); `save` persists them all with the document. */
  set(key: string, value: string | null): void;
  save(): Promise<void>;
}

/** What Office says about its theme, reduced to what the pane needs. */
export interface HostTheme {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/**
 * Everything the pane does to the host, injected (STYLE §11): components never touch Office or Excel, so the pane
 * runs against real Excel (src/excel/excelServices.ts) or anything else that keeps this contract.
 */
export interface PaneServices {
  /** The used range of the active sheet, or the selection. */
  readActiveSheet(opts?: { readonly selection?: boolean }): Promise<SheetRead>;
  /** The used range of a named sheet (or its first rows), chunk by chunk with progress. */
  readSheet(name: string, opts?: ReadSheetOptions): Promise<SheetRead>;
  /** The used range of a named sheet chunk by chunk, each chunk handed on and not kept: big tables in flat memory. */
  streamSheet(name: string, opts: StreamSheetOptions): Promise<SheetStreamed>;
  /** Visible sheet names in workbook order, and the active one. */
  listSheets(): Promise<{ readonly names: readonly string[]; readonly active: string }>;
  /** Names of the sheets the add-in wrote (kept in the workbook's settings), whatever they are called now. */
  ownedSheets(): Promise<readonly string[]>;
  /**
   * Writes whole sheets (replacing the add-in's earlier ones, never a user's sheet); a cancelled or failed write
   * leaves no sheet behind. Returns the names the sheets got (a free variant when a user's sheet has the name).
   */
  writeSheets(specs: readonly SheetSpec[], opts?: WriteProgressOptions): Promise<readonly string[]>;
  /** Puts text into one cell (0-based), as text: the fixes of the validation tab. Fails when the sheet is missing. */
  setCellText(sheet: string, row: number, col: number, text: string): Promise<void>;
  /** Selects a cell (1-based row and column) and activates its sheet. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /**
   * Calls `onChange` after every edit of the sheet (Worksheet.onChanged, ExcelApi 1.7). Paste bypasses dropdown
   * validation, so the pane re-checks the structured sheet after edits. Returns the function that stops watching.
   */
  watchSheet(sheet: string, onChange: () => void): Promise<() => void>;
  /** Calls `onChange` when a sheet is added or deleted (worksheets.onAdded / onDeleted, ExcelApi 1.7); returns the stop. */
  watchSheetList(onChange: () => void): Promise<() => void>;
  highlight(sheet: string, highlights: readonly Highlight[]): Promise<void>;
  clearHighlights(sheet: string): Promise<void>;
  /** Notes with the issues' messages on the highlighted cells (replacing the add-in's earlier ones); how many were written (0 where Excel has no notes). */
  annotate(sheet: string, highlights: readonly Highlight[]): Promise<number>;
  /** Removes the add-in's notes from the sheet; a user's own notes stay. */
  clearNotes(sheet: string): Promise<void>;
  readonly settings: PaneSettingsStore;
  /** Office's display language tag ("ru-RU"). */
  readonly displayLanguage: string;
  readonly theme: HostTheme | null;
  /** Plain-language text for a host error, with what to do next. */
  describeError(err: unknown, locale: PaneLocale): string | null;
  /** Today as ISO YYYY-MM-DD (the core reads no clock). */
  today(): string;
}
