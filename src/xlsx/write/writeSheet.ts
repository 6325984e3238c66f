import type { Workbook, Worksheet, WorksheetView } from "exceljs";
import { columnWidths, headerWidths, rowHeights } from "../../core/sheet/layoutHints";
import { printLayout, type PrintLayout } from "../../core/sheet/printLayout";
import { areaAddress, cellAddress, columnLetters, NUMBER_FORMATS, type Area, type SheetSpec, type StyleName } from "../../core/sheet/sheetSpec";
import { CELL_STYLES } from "./cellStyles";
import { cellValue, MAX_CELL_TEXT, plainText } from "./cellValue";
import { addConditionalFills } from "./conditionalFills";
import type { SharedStrings } from "./sharedStrings";
import type { CellLink, SheetBody, TablePart } from "./sheetBody";
import { SheetDataWriter } from "./sheetDataWriter";
import type { StyleSheet } from "./styleSheet";
import { headerText, tableColumnNames, uniqueTableName } from "./tableObject";
import type { ValidationLists } from "./validationLists";
import type { XlsxWarning } from "./xlsxWarning";

const A4 = 9;

export interface WorkbookContext {
  /** The file's name of a sheet given by its spec name (links, chart references). */
  readonly sheetName: (specName: string) => string;
  readonly tableNames: Set<string>;
  readonly lists: ValidationLists;
  readonly styles: StyleSheet;
  readonly strings: SharedStrings;
  readonly warn: (w: XlsxWarning) => void;
}

/**
 * Writes one SheetSpec: exceljs gets a new worksheet named `name` with every sheet feature but cells, table and
 * charts (views, page setup, widths, merges, notes, lists, conditional fills); the cells and the table come back as
 * the SheetBody that finishPackage puts into exceljs's worksheet part.
 */
export function writeSheet(wb: Workbook, spec: SheetSpec, name: string, ctx: WorkbookContext): SheetBody {
  // The headers' words read once for the print fitting and the widths (a pass over every cell of the sheet).
  const headers = headerWidths(spec);
  const print = printLayout(spec, headers);
  const ws = wb.addWorksheet(name, { views: freezeViews(spec), pageSetup: pageSetup(print) });
  if (print?.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  if (print?.area) ws.pageSetup.printArea = absoluteRows(print.area);
  if (print) ws.headerFooter.oddFooter = `&C${print.footer}`;
  const widths = print?.widths ?? columnWidths(spec, headers);
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const heights = rowHeights(spec, widths);
  const notes = new Map<string, string[]>();
  const addNote = (address: string, text: string) => notes.set(address, [...(notes.get(address) ?? []), text]);
  const looks = new CellLooks(ctx.styles);
  const merges = writeMerges(ws, spec, name, ctx);
  const covered = coveredCells(spec, merges, looks, ctx);
  const table = tablePart(spec, ws.name, ctx);
  const headerRow = table ? spec.table!.area.top : -1;
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnLetters(c));
  const wraps: boolean[] = [];
  const wrapped = (c: number) => wraps[c] ?? (wraps[c] = spec.columns?.[c]?.wrap === true);
  // The look of a column's cells mostly repeats down the column: the last one found per column is tried first.
  const lastLook: { name: StyleName | undefined; inTable: boolean; numFmt: string | undefined; id: number }[] = [];
  const lookOf = (c: number, name: StyleName | undefined, inTable: boolean, numFmt: string | undefined): number => {
    const last = lastLook[c];
    if (last !== undefined && last.name === name && last.inTable === inTable && last.numFmt === numFmt) return last.id;
    const id = looks.of(name, inTable, wrapped(c), numFmt);
    if (last === undefined) lastLook[c] = { name, inTable, numFmt, id };
    else {
      last.name = name;
      last.inTable = inTable;
      last.numFmt = numFmt;
      last.id = id;
    }
    return id;
  };
  const links: CellLink[] = [];
  const sheetData = new SheetDataWriter(ctx.strings);
  const box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  const area = spec.table?.area;
  // A merge may reach below the last row of the spec: its covered cells are written all the same.
  const rowCount = Math.max(spec.rows.length, ...[...covered.keys()].map((r) => r + 1));
  for (let r = 0; r < rowCount; r++) {
    const row = spec.rows[r] ?? [];
    const cover = covered.get(r);
    const last = Math.max(row.length - 1, cover?.last ?? -1, r === headerRow ? area!.right : -1);
    const tableRow = area !== undefined && r > area.top && r <= area.bottom;
    let cells = 0;
    sheetData.openRow(r, heights[r]);
    for (let c = 0; c <= last; c++) {
      const spanned = cover?.styles.get(c);
      const cell = row[c];
      const v = cell?.value;
      // Most cells are text that needs no repair: written as it is, without the object cellValue would make.
      const plain = v?.kind === "text" && plainText(v.text);
      const written = cell && !plain ? cellValue(cell.value, ctx.sheetName) : undefined;
      if (written?.overflow !== undefined) {
        const ref = letter(c) + (r + 1);
        addNote(ref, `Текст не поместился в ячейку (предел Excel — ${MAX_CELL_TEXT} знаков). Продолжение:\n${written.overflow}`);
        ctx.warn({ code: "cell_text_too_long", sheet: name, cell: ref, detail: String(written.overflow.length) });
      }
      const numFmt = plain ? NUMBER_FORMATS.text : written?.numFmt;
      // A cell a merge covers keeps only the look of the merge's first cell, as Excel and exceljs keep it.
      if (spanned !== undefined) {
        if (!spanned) continue;
        sheetData.cell(letter(c), r, spanned, null);
      } else if (r === headerRow && c >= area!.left && c <= area!.right) {
        sheetData.cell(letter(c), r, lookOf(c, cell?.style, false, numFmt), table!.columns[c - area!.left]);
      } else if (plain) {
        sheetData.cell(letter(c), r, lookOf(c, cell.style, tableRow && c >= area.left && c <= area.right, numFmt), v.text);
      } else if (cell && written) {
        sheetData.cell(letter(c), r, lookOf(c, cell.style, tableRow && c >= area!.left && c <= area!.right, numFmt), written.value);
        const link = written.value as { hyperlink?: unknown } | null;
        if (typeof link?.hyperlink === "string") links.push({ ref: letter(c) + (r + 1), location: link.hyperlink.replace(/^#/, "") });
      } else continue;
      cells++;
      if (c < box.left) box.left = c;
      if (c > box.right) box.right = c;
    }
    sheetData.closeRow();
    if (cells) [box.top, box.bottom] = [Math.min(box.top, r), r];
  }
  spec.notes?.forEach((n) => addNote(cellAddress(n.row, n.col), n.text));
  notes.forEach((texts, address) => (ws.getCell(address).note = texts.join("\n\n").slice(0, MAX_CELL_TEXT)));
  const validations = spec.validations ?? [];
  const apart = validations.every((v, i) => validations.every((w, j) => j <= i || !intersects(v.area, w.area)));
  validations.forEach((v) => ctx.lists.apply(ws, v, apart));
  if (spec.conditionalFills?.length) addConditionalFills(ws, spec.conditionalFills);
  return {
    sheetData: sheetData.finish(),
    dimension: box.bottom < 0 ? "A1" : areaAddress(box),
    links,
    ...(table ? { table } : {}),
  };
}

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const THIN_GRID = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The cell format index of each distinct look of a sheet: a named style, inside the table or not, wrapped by its
 * column or not, with the number format of the value.
 */
class CellLooks {
  // Style name → number format → [plain, wrapped, in the table, in the table wrapped]: a look is found per cell
  // without building a key string (a large summary has hundreds of thousands of cells).
  private readonly cache = new Map<StyleName | undefined, Map<string | undefined, number[]>>();

  constructor(private readonly styles: StyleSheet) {}

  of(name: StyleName | undefined, inTable: boolean, wrap: boolean, numFmt: string | undefined): number {
    let byFormat = this.cache.get(name);
    if (!byFormat) this.cache.set(name, (byFormat = new Map()));
    let ids = byFormat.get(numFmt);
    if (!ids) byFormat.set(numFmt, (ids = []));
    const slot = (inTable ? 2 : 0) + (wrap ? 1 : 0);
    let id = ids[slot];
    if (id === undefined) {
      const named = name ? CELL_STYLES[name] : undefined;
      id = this.styles.id({
        ...(named?.font ? { font: named.font } : {}),
        ...(named?.fill ? { fill: named.fill } : {}),
        // Printed tables keep their grid.
        ...(named?.border ? { border: named.border } : inTable ? { border: THIN_GRID } : {}),
        // Every cell reads from the top, so a number stands level with the first line of its wrapped neighbours.
        alignment: { vertical: "top", ...named?.alignment, ...(wrap ? { wrapText: true } : {}) },
        ...(numFmt ? { numFmt } : {}),
      });
      ids[slot] = id;
    }
    return id;
  }
}

/**
 * The cells merges cover (all of a merge's cells but its first), by row: each gets the look of the merge's
 * first cell (0 when that cell has none, and is then not written).
 */
function coveredCells(spec: SheetSpec, merges: readonly Area[], looks: CellLooks, ctx: WorkbookContext): Map<number, { last: number; styles: Map<number, number> }> {
  const byRow = new Map<number, { last: number; styles: Map<number, number> }>();
  for (const m of merges) {
    const first = spec.rows[m.top]?.[m.left];
    const style = first ? looks.of(first.style, inTable(spec, m.top, m.left), spec.columns?.[m.left]?.wrap === true, cellValue(first.value, ctx.sheetName).numFmt) : 0;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = byRow.get(r) ?? { last: -1, styles: new Map<number, number>() };
      for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) row.styles.set(c, style);
      row.last = Math.max(row.last, m.right);
      byRow.set(r, row);
    }
  }
  return byRow;
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

/** The table object over spec.table, its column names deduplicated (the header cells are written with them). */
function tablePart(spec: SheetSpec, sheet: string, ctx: WorkbookContext): TablePart | undefined {
  const t = spec.table;
  if (!t) return undefined;
  if (t.area.bottom <= t.area.top) {
    ctx.warn({ code: "table_without_rows", sheet, cell: areaAddress(t.area) });
    return undefined;
  }
  const span = range(t.area.left, t.area.right);
  const columns = tableColumnNames(span.map((c) => headerText(spec.rows[t.area.top]?.[c])));
  return { name: uniqueTableName(t.name, ctx.tableNames), ref: areaAddress(t.area), columns };
}

/** Merges, except those that would cut through the table (Excel forbids merged cells in a table) or overlap. */
function writeMerges(ws: Worksheet, spec: SheetSpec, name: string, ctx: WorkbookContext): Area[] {
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
  return taken.filter((a) => a !== spec.table?.area);
}

function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
