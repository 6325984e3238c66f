/** What the fake workbook holds: sheets of cells, tables, charts, settings. Tests may inspect it directly. */
import type { Area } from "./address";
import type { FakeErrorCode } from "./officeError";

export type CellScalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
}

export interface Hyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface Cell {
  /** "" for an empty cell; numbers, booleans and strings as Excel keeps them. */
  value: CellScalar;
  formula?: string;
  numberFormat: string;
  format?: CellFormat;
  hyperlink?: Hyperlink;
}

export interface TableState {
  id: number;
  name: string;
  sheetId: number;
  area: Area;
  style: string;
}

export interface ChartSeriesState {
  name: string;
  values?: string;
  xValues?: string;
}

export interface ChartState {
  id: number;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  series: ChartSeriesState[];
  position?: { start: string; end?: string };
}

export interface SheetState {
  id: number;
  name: string;
  visibility: string;
  /** Sparse: rows[r][c]. */
  rows: (Cell | undefined)[][];
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  merges: Area[];
  charts: ChartState[];
  freeze?: { rows: number; cols: number };
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printArea?: string;
    leftMargin?: number;
    rightMargin?: number;
    topMargin?: number;
    bottomMargin?: number;
    footerMargin?: number;
    centerFooter?: string;
  };
  validations: { area: Area; rule: unknown }[];
  conditionalFormats: { area: Area; type: string; rule?: unknown; fill?: string; fontColor?: string }[];
  notes: { cell: string; text: string; kind: "note" | "comment" }[];
  changeHandlers: ((args: unknown) => Promise<unknown> | void)[];
}

export type SheetEventHandler = (args: unknown) => Promise<unknown> | void;

export const DEFAULT_FORMAT = "General";
export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeWorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  settings = new Map<string, string>();
  /** Set by a test: reading the settings fails with this Office error code (a damaged or locked document). */
  settingsFailure: FakeErrorCode | null = null;
  activeSheetId = 0;
  selection: { sheetId: number; area: Area } | null = null;
  /** worksheets.onAdded / onDeleted handlers (ExcelApi 1.7). */
  sheetHandlers: { added: SheetEventHandler[]; deleted: SheetEventHandler[] } = { added: [], deleted: [] };
  private nextId = 1;

  /** Fires onAdded / onDeleted after the current work, as Excel raises events asynchronously. */
  emitSheetEvent(kind: "added" | "deleted", sheet: SheetState): void {
    const args = { type: kind === "added" ? "WorksheetAdded" : "WorksheetDeleted", worksheetId: `{fake-${sheet.id}}`, source: "Local" };
    for (const handler of [...this.sheetHandlers[kind]]) setTimeout(() => void handler(args), 0);
  }

  newId(): number {
    return this.nextId++;
  }

  addSheet(name: string): SheetState {
    const sheet: SheetState = {
      id: this.newId(),
      name,
      visibility: "Visible",
      rows: [],
      columnWidths: new Map(),
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      merges: [],
      charts: [],
      pageLayout: {},
      validations: [],
      conditionalFormats: [],
      notes: [],
      changeHandlers: [],
    };
    this.sheets.push(sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Test helper: fills a sheet with values as given (no coercion), top-left at A1 unless told. */
  setValues(sheetName: string, values: readonly (readonly CellScalar[])[], top = 0, left = 0): void {
    const sheet = this.sheetByName(sheetName) ?? this.addSheet(sheetName);
    values.forEach((row, r) => row.forEach((v, c) => (cellAt(sheet, top + r, left + c).value = v)));
  }

  /** Test helper: what a cell holds ("" when never written). */
  valueAt(sheetName: string, row: number, col: number): CellScalar {
    const sheet = this.sheetByName(sheetName);
    return sheet?.rows[row]?.[col]?.value ?? "";
  }

  cellOf(sheetName: string, row: number, col: number): Cell | undefined {
    return this.sheetByName(sheetName)?.rows[row]?.[col];
  }
}

export function peekCell(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

export function cellAt(sheet: SheetState, row: number, col: number): Cell {
  const cells = (sheet.rows[row] ??= []);
  return (cells[col] ??= { value: "", numberFormat: DEFAULT_FORMAT });
}

/** Last used row and column (values only, or values and formatting), or null for a blank sheet. */
export function usedArea(sheet: SheetState, valuesOnly: boolean): Area | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell) return;
      const used = cell.value !== "" || (!valuesOnly && (cell.numberFormat !== DEFAULT_FORMAT || cell.format !== undefined));
      if (!used) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { top, left, bottom, right };
}
