import { ValueType, type Worksheet } from "exceljs";
import ExcelJS from "exceljs";
import { type Grid, type GridRow, type Merge, sheetDocument, type SourceDocument } from "../../../src/core/grid";
import { InputError } from "../../../src/io/inputError";
import { displayText } from "./exceljsDisplayText";

/** A merged area as exceljs keeps it (1-based, inclusive). */
interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface SheetCells {
  /** Sheet row number → cell texts (index 0 = column A); only rows with some text. */
  readonly texts: Map<number, string[]>;
  readonly hidden: Set<number>;
  readonly lastRow: number;
  readonly width: number;
}

/**
 * The whole read as it was before our own reader (exceljs loading the workbook, each sheet turned into a grid), kept
 * as the reference the reader is compared with: every worksheet in exceljs's order, as documents.
 */
export async function exceljsDocuments(bytes: Buffer, name: string, maxCells = 2_000_000): Promise<SourceDocument[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations"] } as ExcelJS.XlsxReadOptions);
  const date1904 = Boolean(workbook.properties?.date1904);
  return workbook.worksheets.map((ws) => sheetDocument(name, ws.name, sheetGrid(ws, maxCells, date1904)));
}

/**
 * A worksheet as a grid: rows 1..last row with text, blank rows kept (so GridRow.row stays the sheet row),
 * columns from A to the last column with text. Only the rows present in the sheet's XML are visited, so a sheet
 * whose dimension claims a million rows costs what its content costs.
 */
export function sheetGrid(ws: Worksheet, maxCells: number, date1904: boolean): Grid {
  const cells = collectCells(ws, date1904);
  const size = cells.lastRow * cells.width;
  if (size > maxCells) throw new InputError("too_large", `${ws.name}: ${cells.lastRow} × ${cells.width} > ${maxCells}`);
  const blank: readonly string[] = Object.freeze(new Array<string>(cells.width).fill(""));
  const rows: GridRow[] = [];
  for (let r = 1; r <= cells.lastRow; r++) {
    const texts = cells.texts.get(r);
    const row: GridRow = { cells: texts ? pad(texts, cells.width) : blank, row: r, col: 1 };
    rows.push(cells.hidden.has(r) ? { ...row, hidden: true } : row);
  }
  return { rows, merges: gridMerges(mergeRanges(ws), cells.lastRow, cells.width) };
}

function collectCells(ws: Worksheet, date1904: boolean): SheetCells {
  const texts = new Map<number, string[]>();
  const hidden = new Set<number>();
  let lastRow = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // The other cells of a merged area repeat the master's value in exceljs; a user sees it once.
      if (cell.type === ValueType.Merge) return;
      const text = displayText(cell.value, cell.numFmt, date1904);
      if (text !== "") line[c - 1] = text;
    });
    if (line.length === 0) return;
    texts.set(r, line);
    lastRow = r;
    width = Math.max(width, line.length);
  });
  // findRows returns the sparse row list without creating rows: hidden blank rows count too.
  ws.findRows(1, lastRow)?.forEach((row) => row?.hidden && hidden.add(row.number));
  return { texts, hidden, lastRow, width };
}

function pad(texts: string[], width: number): string[] {
  const out = new Array<string>(width);
  for (let i = 0; i < width; i++) out[i] = texts[i] ?? "";
  return out;
}

/** Merges clipped to the grid; an area that starts outside it (below the last text row) is left out. */
function gridMerges(ranges: readonly MergeRange[], lastRow: number, width: number): Merge[] {
  return ranges
    .filter((m) => m.top <= lastRow && m.left <= width)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: Math.min(m.bottom, lastRow) - 1, right: Math.min(m.right, width) - 1 }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** exceljs keeps merges in a private map keyed by the master cell; there is no public accessor short of ws.model. */
function mergeRanges(ws: Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model: MergeRange } | undefined> })._merges ?? {};
  return Object.values(merges).flatMap((m) => (m ? [m.model] : []));
}
