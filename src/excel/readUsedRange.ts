/**
 * Reads the used range (or the used part of the selection) of a sheet into a Grid. Syncs: one for the extent,
 * hidden-row state and merged areas, then one per row chunk (one chunk unless the sheet is huge); each chunk's
 * response is kept under ~4 MB by measuring the previous one (rowChunks.ts).
 */
import { makeGrid, type Grid, type GridRow, type Merge } from "../core/grid";
import type { Area } from "../core/sheet/sheetSpec";
import { DEFAULT_CHUNK_BYTES, intersect, parseArea } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";
import { forEachRowChunk } from "./rowChunks";

export interface ReadOptions {
  /** Sheet name; the active sheet when absent. */
  readonly sheet?: string;
  /** Read only the used part of the current selection (on the active sheet). */
  readonly selection?: boolean;
  /** Response budget per chunk; default 4 MB. */
  readonly chunkBytes?: number;
  /** Read only this many rows from the top (the head of a sheet: its title and header); all rows when absent. */
  readonly maxRows?: number;
  /** After every chunk: rows read so far of the rows to read. */
  readonly onProgress?: (read: number, total: number) => void;
  /** Checked before every chunk: a cancelled read stops between chunks with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface ReadResult {
  readonly sheet: string;
  readonly address: string;
  readonly grid: Grid;
  /** Rows of the whole used range (or used part of the selection), also when only its head was read. */
  readonly totalRows: number;
}

interface Extent {
  readonly area: Area;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

const EXTENT_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden";
function extentOf(range: Excel.Range): Extent {
  return {
    area: { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 },
    rowHidden: range.rowHidden,
    columnHidden: range.columnHidden,
  };
}

/** Merged areas (ExcelApi 1.13) as grid coordinates relative to `area`, clipped to it. */
function toMerges(address: string, area: Area): Merge[] {
  return address
    .split(",")
    .map((part) => parseArea(part.trim()))
    .map((m) => (m ? intersect(m, area) : null))
    .filter((m): m is Area => m !== null && (m.bottom > m.top || m.right > m.left))
    .map((m) => ({ top: m.top - area.top, left: m.left - area.left, bottom: m.bottom - area.top, right: m.right - area.left }));
}

export async function readUsedRange(host: ExcelHost, opts: ReadOptions = {}): Promise<ReadResult> {
  const budget = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const withMerges = supports(host, "1.13");
  return host.run(async (context) => {
    const queue = (merges: boolean) => {
      const sheets = context.workbook.worksheets;
      const sheet = opts.sheet && !opts.selection ? sheets.getItem(opts.sheet) : sheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRange(true).load(EXTENT_PROPS);
      const selected = opts.selection ? context.workbook.getSelectedRange().load(EXTENT_PROPS) : null;
      const merged = merges ? (selected ?? used).getMergedAreasOrNullObject().load("address") : null;
      return { sheet, used, selected, merged };
    };
    let queued = queue(withMerges);
    try {
      await context.sync();
    } catch (err) {
      // Over 512 merged areas the call fails (OFFICEJS.md §2): then the sheet is read without merges.
      if (!queued.merged) throw err;
      queued = queue(false);
      await context.sync();
    }
    const { sheet, used, selected, merged } = queued;
    const usedExtent = extentOf(used);
    const area = selected ? intersect(extentOf(selected).area, usedExtent.area) : usedExtent.area;
    const address = (selected ?? used).address;
    if (!area) return { sheet: sheet.name, address, grid: makeGrid([]), totalRows: 0 };
    const totalRows = area.bottom - area.top + 1;
    const read = opts.maxRows === undefined ? area : { ...area, bottom: Math.min(area.bottom, area.top + Math.max(1, opts.maxRows) - 1) };
    const extent = selected ? extentOf(selected) : usedExtent;
    const merges = merged && !merged.isNullObject ? toMerges(merged.address, read) : [];
    const rows: GridRow[] = [];
    const toRead = read.bottom - read.top + 1;
    await forEachRowChunk(context, sheet, read, extent, { budget, signal: opts.signal }, (chunk, done) => {
      for (const row of chunk) rows.push(row);
      opts.onProgress?.(done, toRead);
      return true;
    });
    return { sheet: sheet.name, address, grid: makeGrid(rows, merges), totalRows };
  });
}
