/**
 * The writer as it was before it rendered cells itself (issue 15): every cell, the table and the hidden list sheet
 * through exceljs, one cell object at a time. Kept as the reference the fast writer must read back the same as.
 */
import ExcelJS, { type DataValidation, type Style, type CellValue as XlsxValue, type Workbook, type Worksheet, type WorksheetView } from "exceljs";
import { columnWidths, rowHeights } from "../../../src/core/sheet/layoutHints";
import { printLayout, type PrintLayout } from "../../../src/core/sheet/printLayout";
import { safeSheetName } from "../../../src/core/sheet/sheetName";
import { areaAddress, cellAddress, columnLetters, NUMBER_FORMATS, type Area, type SheetSpec, type StyleName, type ValidationListSpec } from "../../../src/core/sheet/sheetSpec";
import { chartData } from "../../../src/xlsx/charts/chartData";
import { finishPackage } from "../../../src/xlsx/charts/finishPackage";
import { CELL_STYLES } from "../../../src/xlsx/write/cellStyles";
import { cellValue, MAX_CELL_TEXT, quoteSheet, type WrittenValue } from "../../../src/xlsx/write/cellValue";
import { addConditionalFills } from "../../../src/xlsx/write/conditionalFills";
import { headerText, tableColumnNames, uniqueTableName } from "../../../src/xlsx/write/tableObject";
import type { XlsxWarning } from "../../../src/xlsx/write/xlsxWarning";

export async function writeXlsxCellByCell(specs: readonly SheetSpec[], onWarning?: (w: XlsxWarning) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ПланКадры";
  const names: string[] = [];
  for (const spec of specs) names.push(safeSheetName(spec.name, names));
  const bySpecName = new Map<string, string>();
  specs.forEach((s, i) => bySpecName.has(s.name) || bySpecName.set(s.name, names[i]));
  const lists = new CellByCellLists(safeSheetName("Списки", names));
  const ctx = { sheetName: (n: string) => bySpecName.get(n) ?? n, tableNames: new Set<string>(), lists, warn: onWarning ?? (() => undefined) };
  specs.forEach((spec, i) => writeSheet(wb, spec, names[i], ctx));
  lists.finish(wb);
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  const charts = specs.map((spec, i) => ({ sheet: names[i], charts: (spec.charts ?? []).map((c) => chartData(c, spec, names[i])) }));
  return finishPackage(buffer as ArrayBuffer, charts);
}

class CellByCellLists {
  private readonly columns: (readonly string[])[] = [];

  constructor(private readonly listSheetName: string) {}

  apply(ws: Worksheet, spec: ValidationListSpec, byRange = false): void {
    if (spec.list.length === 0) return;
    const validation: DataValidation = { type: "list", allowBlank: true, formulae: [this.formula(spec.list)], showErrorMessage: true, errorStyle: "warning" };
    if (byRange) {
      const a = spec.area;
      const address = a.top === a.bottom && a.left === a.right ? cellAddress(a.top, a.left) : `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
      (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(address, validation);
      return;
    }
    for (let r = spec.area.top; r <= spec.area.bottom; r++) {
      for (let c = spec.area.left; c <= spec.area.right; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
    }
  }

  finish(wb: Workbook): void {
    if (this.columns.length === 0) return;
    const ws = wb.addWorksheet(this.listSheetName, { state: "hidden" });
    this.columns.forEach((items, c) =>
      items.forEach((item, r) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.numFmt = NUMBER_FORMATS.text;
        cell.value = item;
      }),
    );
  }

  private formula(list: readonly string[]): string {
    const inline = list.join(",");
    if (inline.length <= 255 && !list.some((i) => i.includes(","))) return `"${inline.replace(/"/g, '""')}"`;
    this.columns.push(list);
    const col = cellAddress(0, this.columns.length - 1).replace(/\d+$/, "");
    return `${quoteSheet(this.listSheetName)}!$${col}$1:$${col}$${list.length}`;
  }
}

const A4 = 9;

interface WorkbookContext {
  /** The file's name of a sheet given by its spec name (links, chart references). */
  readonly sheetName: (specName: string) => string;
  readonly tableNames: Set<string>;
  readonly lists: CellByCellLists;
  readonly warn: (w: XlsxWarning) => void;
}

/** Writes one SheetSpec into a new worksheet named `name`: values, styles and every sheet feature but charts. */
function writeSheet(wb: Workbook, spec: SheetSpec, name: string, ctx: WorkbookContext): Worksheet {
  const print = printLayout(spec);
  const ws = wb.addWorksheet(name, { views: freezeViews(spec), pageSetup: pageSetup(print) });
  if (print?.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  if (print?.area) ws.pageSetup.printArea = absoluteRows(print.area);
  if (print) ws.headerFooter.oddFooter = `&C${print.footer}`;
  const widths = print?.widths ?? columnWidths(spec);
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  rowHeights(spec, widths).forEach((height, r) => height !== undefined && (ws.getRow(r + 1).height = height));
  const values = spec.rows.map((row) => row.map((c) => cellValue(c.value, ctx.sheetName)));
  const headers = writeTable(ws, spec, values, ctx);
  const notes = new Map<string, string[]>();
  const addNote = (address: string, text: string) => notes.set(address, [...(notes.get(address) ?? []), text]);
  const styles = new SharedStyles();
  spec.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const written = values[r][col];
      const cell = ws.getCell(r + 1, col + 1);
      cell.style = styles.of(c.style, inTable(spec, r, col), spec.columns?.[col]?.wrap === true, written);
      cell.value = headers.get(cellAddress(r, col)) ?? written.value;
      if (written.overflow !== undefined) {
        addNote(cell.address, `Текст не поместился в ячейку (предел Excel — ${MAX_CELL_TEXT} знаков). Продолжение:\n${written.overflow}`);
        ctx.warn({ code: "cell_text_too_long", sheet: name, cell: cell.address, detail: String(written.overflow.length) });
      }
    }),
  );
  writeMerges(ws, spec, name, ctx);
  spec.notes?.forEach((n) => addNote(cellAddress(n.row, n.col), n.text));
  notes.forEach((texts, address) => (ws.getCell(address).note = texts.join("\n\n").slice(0, MAX_CELL_TEXT)));
  const validations = spec.validations ?? [];
  const apart = validations.every((v, i) => validations.every((w, j) => j <= i || !intersects(v.area, w.area)));
  validations.forEach((v) => ctx.lists.apply(ws, v, apart));
  if (spec.conditionalFills?.length) addConditionalFills(ws, spec.conditionalFills);
  return ws;
}

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const THIN_GRID = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * One style object per distinct look, shared by every cell that has it: exceljs recognises a style object it has
 * seen (by identity) and skips rebuilding and looking up its parts, which cell by cell was most of writing a large
 * sheet. Nothing may change a shared object after it is handed out (no cell.font = … on a cell afterwards).
 * The kind of value is part of the key: exceljs gives a number cell without a format the General format, and
 * remembers the first cell's choice for the object.
 */
class SharedStyles {
  private readonly cache = new Map<string, Partial<Style>>();

  of(name: StyleName | undefined, inTable: boolean, wrap: boolean, written: WrittenValue): Partial<Style> {
    const kind = written.value === null ? "0" : typeof written.value === "number" ? "n" : "v";
    const key = `${name ?? ""}|${inTable ? 1 : 0}|${wrap ? 1 : 0}|${written.numFmt ?? ""}|${written.numFmt ? "" : kind}`;
    let style = this.cache.get(key);
    if (!style) {
      const named = name ? CELL_STYLES[name] : undefined;
      style = {
        ...(named?.font ? { font: named.font } : {}),
        ...(named?.fill ? { fill: named.fill } : {}),
        // Printed tables keep their grid.
        ...(named?.border ? { border: named.border } : inTable ? { border: THIN_GRID } : {}),
        // Every cell reads from the top, so a number stands level with the first line of its wrapped neighbours.
        alignment: { vertical: "top", ...named?.alignment, ...(wrap ? { wrapText: true } : {}) },
        ...(written.numFmt ? { numFmt: written.numFmt } : {}),
      };
      this.cache.set(key, style);
    }
    return style;
  }
}

function inTable(spec: SheetSpec, r: number, c: number): boolean {
  const a = spec.table?.area;
  return a !== undefined && r > a.top && r <= a.bottom && c >= a.left && c <= a.right;
}

function freezeViews(spec: SheetSpec): Partial<WorksheetView>[] {
  const f = spec.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return [{ state: "normal" }];
  return [{ state: "frozen", xSplit: Math.max(0, f.cols), ySplit: Math.max(0, f.rows), topLeftCell: cellAddress(Math.max(0, f.rows), Math.max(0, f.cols)) }];
}

/**
 * "A$1:F$15": exceljs puts "$" before each part it is given, and LibreOffice ignores a print area of the mixed
 * form "$A1:$F15" that a plain "A1:F15" would become (it then prints every column).
 */
function absoluteRows(a: Area): string {
  return `${columnLetters(a.left)}$${a.top + 1}:${columnLetters(a.right)}$${a.bottom + 1}`;
}

/** The host-neutral page layout in exceljs terms: A4, orientation, margins, fit to width or a fixed scale. */
function pageSetup(print: PrintLayout | undefined): Partial<Worksheet["pageSetup"]> {
  const paperSize = A4 as Worksheet["pageSetup"]["paperSize"];
  if (!print) return { paperSize };
  const m = print.margins;
  const fit = print.scaling.kind === "fitToWidth";
  return {
    paperSize,
    orientation: print.orientation,
    margins: { left: m.sides, right: m.sides, top: m.top, bottom: m.bottom, header: m.footer, footer: m.footer },
    fitToPage: fit,
    ...(fit ? { fitToWidth: 1, fitToHeight: 0 } : { scale: print.scaling.kind === "scale" ? print.scaling.percent : 100 }),
  };
}

/**
 * The table object over spec.table. Returns the header cells' texts (deduplicated column names), which replace
 * the spec's header values so that the cells and the table's column names agree.
 */
function writeTable(ws: Worksheet, spec: SheetSpec, values: readonly (readonly WrittenValue[])[], ctx: WorkbookContext): Map<string, string> {
  const t = spec.table;
  const headers = new Map<string, string>();
  if (!t) return headers;
  if (t.area.bottom <= t.area.top) {
    ctx.warn({ code: "table_without_rows", sheet: ws.name, cell: areaAddress(t.area) });
    return headers;
  }
  const span = range(t.area.left, t.area.right);
  const names = tableColumnNames(span.map((c) => headerText(spec.rows[t.area.top]?.[c])));
  span.forEach((c, i) => headers.set(cellAddress(t.area.top, c), names[i]));
  const body: XlsxValue[][] = range(t.area.top + 1, t.area.bottom).map((r) => span.map((c) => values[r]?.[c]?.value ?? null));
  const tableName = uniqueTableName(t.name, ctx.tableNames);
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: cellAddress(t.area.top, t.area.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: names.map((c) => ({ name: c, filterButton: true })),
    rows: body,
  });
  return headers;
}

/** Merges, except those that would cut through the table (Excel forbids merged cells in a table) or overlap. */
function writeMerges(ws: Worksheet, spec: SheetSpec, name: string, ctx: WorkbookContext): void {
  const taken: Area[] = spec.table && spec.table.area.bottom > spec.table.area.top ? [spec.table.area] : [];
  for (const m of spec.merges ?? []) {
    if (m.bottom === m.top && m.right === m.left) continue;
    if (taken.some((a) => intersects(a, m))) {
      ctx.warn({ code: "merge_skipped", sheet: name, cell: areaAddress(m) });
      continue;
    }
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    taken.push(m);
  }
}

function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
