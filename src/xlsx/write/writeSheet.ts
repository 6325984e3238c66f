import type { CellValue as XlsxValue, Workbook, Worksheet, WorksheetView } from "exceljs";
import { columnWidths, rowHeights } from "../../core/sheet/layoutHints";
import { printLayout, type PrintLayout } from "../../core/sheet/printLayout";
import { areaAddress, cellAddress, columnLetters, type Area, type SheetSpec } from "../../core/sheet/sheetSpec";
import { CELL_STYLES } from "./cellStyles";
import { cellValue, MAX_CELL_TEXT, type WrittenValue } from "./cellValue";
import { addConditionalFills } from "./conditionalFills";
import { addTableObject, headerText, tableColumnNames, uniqueTableName } from "./tableObject";
import type { ValidationLists } from "./validationLists";
import type { XlsxWarning } from "./xlsxWarning";

const A4 = 9;

export interface WorkbookContext {
  /** The file's name of a sheet given by its spec name (links, chart references). */
  readonly sheetName: (specName: string) => string;
  readonly tableNames: Set<string>;
  readonly lists: ValidationLists;
  readonly warn: (w: XlsxWarning) => void;
}

/** Writes one SheetSpec into a new worksheet named `name`: values, styles and every sheet feature but charts. */
export function writeSheet(wb: Workbook, spec: SheetSpec, name: string, ctx: WorkbookContext): Worksheet {
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
  spec.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const written = values[r][col];
      const cell = ws.getCell(r + 1, col + 1);
      const style = c.style ? CELL_STYLES[c.style] : undefined;
      if (style?.font) cell.font = style.font;
      if (style?.fill) cell.fill = style.fill;
      if (style?.border) cell.border = style.border;
      else if (inTable(spec, r, col)) cell.border = THIN_GRID; // printed tables keep their grid
      const wrap = spec.columns?.[col]?.wrap;
      // Every cell reads from the top, so a number stands level with the first line of its wrapped neighbours.
      cell.alignment = { vertical: "top", ...style?.alignment, ...(wrap ? { wrapText: true } : {}) };
      if (written.numFmt) cell.numFmt = written.numFmt;
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
  spec.validations?.forEach((v) => ctx.lists.apply(ws, v));
  if (spec.conditionalFills?.length) addConditionalFills(ws, spec.conditionalFills);
  return ws;
}

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const THIN_GRID = { top: THIN, left: THIN, bottom: THIN, right: THIN };

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
  addTableObject(ws, t, uniqueTableName(t.name, ctx.tableNames), names, body);
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
