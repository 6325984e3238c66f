/**
 * Reads the used range (or the used part of the selection) of a sheet into a Grid. Syncs: one for the extent,
 * hidden-row state and merged areas, then one per row chunk (one chunk unless the sheet is huge); each chunk's
 * response is kept under ~4 MB by measuring the previous one.
 */
import { makeGrid, type Grid, type GridRow, type Merge } from "../core/grid";
import type { Area } from "../core/sheet/sheetSpec";
import { DEFAULT_CHUNK_BYTES, intersect, jsonBytes, parseArea } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";
import { readRowChunk, type RowChunk } from "./readRowChunk";

export interface ReadOptions {
  /** Sheet name; the active sheet when absent. */
  readonly sheet?: string;
  /** Read only the used part of the current selection (on the active sheet). */
  readonly selection?: boolean;
  /** Response budget per chunk; default 4 MB. */
  readonly chunkBytes?: number;
}

export interface ReadResult {
  readonly sheet: string;
  readonly address: string;
  readonly grid: Grid;
}

interface Extent {
  readonly area: Area;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

const EXTENT_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden";
/** Bytes per cell assumed before any response is measured: values + text of ~250 characters, 2 bytes each. */
const ASSUMED_CELL_BYTES = 1_000;

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
    if (!area) return { sheet: sheet.name, address, grid: makeGrid([]) };
    const extent = selected ? { ...extentOf(selected), area } : usedExtent;
    const merges = merged && !merged.isNullObject ? toMerges(merged.address, area) : [];
    const rows = await readRows(context, sheet, extent, budget);
    return { sheet: sheet.name, address, grid: makeGrid(rows, merges) };
  });
}

/** Row chunks sized from the bytes per row of the previous chunk; a chunk over the limit is halved and retried. */
async function readRows(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: Extent, budget: number): Promise<GridRow[]> {
  const { area } = extent;
  const width = area.right - area.left + 1;
  const rows: GridRow[] = [];
  let size = Math.max(1, Math.floor(budget / ASSUMED_CELL_BYTES / width));
  for (let top = area.top; top <= area.bottom; ) {
    const bottom = Math.min(area.bottom, top + size - 1);
    let chunk: RowChunk;
    try {
      chunk = await readRowChunk(context, sheet, { ...area, top, bottom }, extent);
    } catch (err) {
      if ((err as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded" || bottom === top) throw err;
      size = Math.max(1, Math.floor((bottom - top + 1) / 2));
      continue;
    }
    rows.push(...chunk.rows);
    const perRow = jsonBytes(chunk.payload) / (bottom - top + 1);
    size = Math.max(1, Math.floor((budget * 0.8) / Math.max(perRow, 1)));
    top = bottom + 1;
  }
  return rows;
}


