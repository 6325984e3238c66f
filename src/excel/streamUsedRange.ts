/**
 * Reads the used range of a sheet chunk by chunk and hands each chunk's rows on without keeping them: a staffing or
 * vacancy sheet of 200,000 rows goes through the streamed engines with only one chunk in memory. Syncs: one for the
 * extent, then one per chunk (rowChunks.ts). Values with their number formats (a percent or a date cell reads as the
 * whole read gives it, core/sheet/cellText), no merged areas and no hidden-row state: the engines use neither below
 * the header, and the pane checks the header rows with their merges first (readUsedRange with maxRows).
 */
import type { GridRow } from "../core/grid";
import type { Area } from "../core/sheet/sheetSpec";
import { DEFAULT_CHUNK_BYTES } from "./addresses";
import type { ExcelHost } from "./excelHost";
import { forEachRowChunk, NOT_HIDDEN } from "./rowChunks";

export interface StreamOptions {
  readonly sheet: string;
  /** Response budget per chunk; default 4 MB. */
  readonly chunkBytes?: number;
  readonly signal?: AbortSignal;
  /** Each chunk's rows, the rows read so far and the used range's rows; false stops the reading. */
  readonly onRows: (rows: readonly GridRow[], read: number, total: number) => boolean;
}

export interface StreamResult {
  readonly sheet: string;
  readonly address: string;
  readonly totalRows: number;
  /** False when `onRows` stopped the reading before the last row. */
  readonly complete: boolean;
}

export async function streamUsedRange(host: ExcelHost, opts: StreamOptions): Promise<StreamResult> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(opts.sheet).load("name");
    const used = sheet.getUsedRange(true).load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const area: Area = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
    // A blank sheet's used range is A1 (OFFICEJS.md §2): one empty cell, as the whole read gives it.
    const total = area.bottom - area.top + 1;
    const complete = await forEachRowChunk(context, sheet, area, NOT_HIDDEN, { budget: opts.chunkBytes ?? DEFAULT_CHUNK_BYTES, signal: opts.signal }, (rows, read) =>
      opts.onRows(rows, read, total),
    );
    return { sheet: sheet.name, address: used.address, totalRows: total, complete };
  });
}
