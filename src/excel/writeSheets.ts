/** Several sheets, one after another; progress counts sheets, and the first sheet is the one left active. */
import type { SheetSpec } from "../core/sheet/sheetSpec";
import type { ExcelHost } from "./excelHost";
import { abortError, writeSheet, type WriteOptions, type WriteResult } from "./writeSheet";

export interface WriteSheetsResult {
  readonly syncs: number;
  readonly chunks: number;
  readonly sheets: readonly WriteResult[];
}

/**
 * A cancelled or failed call leaves none of its sheets: writeSheet removes the one it was building, and the sheets
 * this call finished before go too — by id, so a user's hidden sheet or a sheet a co-author added meanwhile stays.
 */
export async function writeSheets(host: ExcelHost, specs: readonly SheetSpec[], opts: WriteOptions = {}): Promise<WriteSheetsResult> {
  const sheets: WriteResult[] = [];
  try {
    for (const [i, spec] of specs.entries()) {
      const onProgress = opts.onProgress && ((done: number, total: number) => opts.onProgress!(i + done / total, specs.length));
      // Each sheet activates itself unless told not to; writing in reverse order would flicker less but
      // would change sheet order, so the first sheet is re-activated at the end instead.
      sheets.push(await writeSheet(host, spec, { ...opts, onProgress, activate: false }));
    }
    // A Cancel pressed while the last sheet was finished still takes them all away: the pane says «cancelled».
    if (opts.signal?.aborted) throw abortError(opts.signal);
    if (opts.activate !== false && sheets.length > 0) {
      await host.run(async (context) => {
        context.workbook.worksheets.getItem(sheets[0].id).activate();
        await context.sync();
      });
    }
  } catch (err) {
    await deleteSheetsById(host, sheets.map((s) => s.id)).catch(() => undefined);
    throw err;
  }
  const extra = opts.activate !== false && sheets.length > 0 ? 1 : 0;
  return {
    syncs: sheets.reduce((n, s) => n + s.syncs, extra),
    chunks: sheets.reduce((n, s) => n + s.chunks, 0),
    sheets,
  };
}

/** Deletes the sheets with these ids that still exist (a user may have deleted one already). */
async function deleteSheetsById(host: ExcelHost, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.id));
    for (const id of ids) if (present.has(id)) context.workbook.worksheets.getItem(id).delete();
    await context.sync();
  });
}
